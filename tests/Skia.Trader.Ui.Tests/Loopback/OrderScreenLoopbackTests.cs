using Skia.Toolkit.Testing;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Ui.Tests.Loopback;

/// <summary>
/// The terminal screen's orders against the real simulator over loopback, in a headless window driven like a user. The
/// test thread is the window's UI thread: network waits block it, widgets are only touched here.
/// </summary>
public sealed class OrderScreenLoopbackTests : IDisposable
{
    private static readonly ApiCredential Key = ApiCredential.DefaultLocal;
    private static readonly ApiCredential Counterparty = new("counterparty-key", "counterparty-secret");
    private readonly ExchangeSimulator _simulator;
    private readonly TerminalScreen _screen = new("BTCUSDT", "SIM");
    private readonly TestWindow _window;
    private readonly TerminalSession _session;

    public OrderScreenLoopbackTests()
    {
        _simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 7, Credentials = [Key, Counterparty] });
        Uri rest = Block(_simulator.StartAsync());
        _window = new TestWindow(_screen.Content, 1440, 900);
        // A slow first retry leaves a window in which the user stream is surely down (the offline test).
        var connection = new ConnectionOptions { SilenceTimeout = TimeSpan.FromHours(1), InitialBackoff = TimeSpan.FromSeconds(3), MaximumBackoff = TimeSpan.FromSeconds(3) };
        _session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(Key.ApiKey, Key.Secret), ["BTCUSDT", "ETHUSDT"], connection);
        _session.Start();
        SymbolInfo info = Block(_session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
        _screen.Attach(_window.Window, _session, info);
        RunUntil(() => _screen.Header.Connection.Text.StartsWith("connected", StringComparison.Ordinal), "connected");
        _simulator.MarketPaused = true;
    }

    public void Dispose()
    {
        _screen.Dispose(); // before the session: the pump reads the session's slots
        Block(_session.DisposeAsync().AsTask());
        _window.Dispose();
        Block(_simulator.DisposeAsync().AsTask());
    }

    [Fact]
    public void An_order_the_exchange_rejects_shows_the_exchange_s_message_in_a_toast_and_in_its_history_row()
    {
        // A LIMIT_MAKER buy at the best ask passes every filter the ticket knows; only the exchange can say it would take.
        DepthSnapshot depth = Block(_session.Rest.GetDepthAsync("BTCUSDT", 5));
        RunUntil(() => _screen.Ladder?.Model.BestAsk?.Price == depth.Asks[0].Price, "the ladder shows the still book");
        _screen.Ticket.TypeChoice.SelectedIndex = 2; // LIMIT_MAKER
        _screen.Ticket.FillPrice(depth.Asks[0].Price);
        _window.RenderFrame();
        _window.Click(_screen.Ticket.QuantityBox);
        _window.Type("0.002");
        Assert.Equal("", _screen.Ticket.Problem.Text); // valid as far as the filters go
        _window.Click(_screen.Ticket.SubmitButton);

        const string exchangeMessage = "-2010: Order would immediately match and take.";
        RunUntil(() => _screen.Content.Toasts.Any(t => t.Message == "Order rejected: " + exchangeMessage), "the reject toast");
        RunUntil(() => _screen.OrderHistory.Orders.Items.Any(o => o.Status == OrderStatus.Rejected), "the REJECTED row in the order history");
        OrderHistoryView row = Assert.Single(_screen.OrderHistory.Orders.Items, o => o.Status == OrderStatus.Rejected);
        Assert.Equal(exchangeMessage, row.RejectReason);
        Assert.Equal(OrderType.LimitMaker, row.Type);
        Assert.Empty(_screen.Orders.Orders.Items); // never shown as open
        Assert.DoesNotContain(_simulator.Ledger.OrdersOf(Key.ApiKey), o => o.ClientOrderId == row.ClientOrderId && o.Status != OrderStatus.Rejected);
    }

    [Fact]
    public void Cancel_all_cancels_only_this_symbol_s_orders_and_the_exchange_s_ledger_agrees()
    {
        DepthSnapshot btc = Block(_session.Rest.GetDepthAsync("BTCUSDT", 5));
        DepthSnapshot eth = Block(_session.Rest.GetDepthAsync("ETHUSDT", 5));
        Order[] placed =
        [
            Limit("BTCUSDT", btc.Bids[4].Price, "0.002"),
            Limit("BTCUSDT", btc.Bids[3].Price, "0.003"),
            Limit("ETHUSDT", eth.Bids[4].Price, "0.05"),
        ];
        foreach (Order order in placed) Assert.Equal(OrderStatus.New, Block(_session.PlaceAsync(order)).Status);
        RunUntil(() => _screen.Orders.Orders.Items.Count == 3 && _screen.Orders.CancelAllButton.IsEnabled, "three open orders");

        _window.Click(_screen.Orders.CancelAllButton);
        RunUntil(() => _screen.Orders.Orders.Items is [{ Symbol: "ETHUSDT" }], "only the ETHUSDT order left open");
        RunUntil(() => _screen.Content.Toasts.Any(t => t.Message == "Canceled 2 orders on BTCUSDT."), "the cancel-all toast");

        IReadOnlyList<OrderRecord> ledger = _simulator.Ledger.OrdersOf(Key.ApiKey);
        Assert.Equal(OrderStatus.Canceled, Assert.Single(ledger, o => o.ClientOrderId == placed[0].ClientOrderId).Status);
        Assert.Equal(OrderStatus.Canceled, Assert.Single(ledger, o => o.ClientOrderId == placed[1].ClientOrderId).Status);
        Assert.Equal(OrderStatus.New, Assert.Single(ledger, o => o.ClientOrderId == placed[2].ClientOrderId).Status);
        RunUntil(() => _screen.OrderHistory.Orders.Items.Count(o => o.Status == OrderStatus.Canceled) == 2, "two CANCELED rows in the history");
        Assert.False(_screen.Orders.CancelAllButton.IsEnabled); // nothing of BTCUSDT left to cancel
    }

    [Fact]
    public void After_a_reconnect_the_screen_lists_what_changed_while_offline()
    {
        // Our bid one tick above the best bid is the first a seller meets.
        DepthSnapshot depth = Block(_session.Rest.GetDepthAsync("BTCUSDT", 5));
        Price ours = Price.FromRaw(depth.Bids[0].Price.Raw + Price.Parse("0.01").Raw);
        Assert.True(ours < depth.Asks[0].Price, "the spread is wider than a tick");
        Order bid = Limit("BTCUSDT", ours, "0.002");
        Assert.Equal(OrderStatus.New, Block(_session.PlaceAsync(bid)).Status);
        RunUntil(() => _screen.Orders.Orders.Items.Count == 1, "the bid open");

        Assert.Equal(1, _simulator.Faults.DropWebSocketApiConnections());
        RunUntil(() => _session.Snapshots.Latest!.Health == ConnectionHealth.Reconnecting, "reconnecting");
        using (var other = new BinanceRestClient(_session.Rest.Endpoint, new ApiCredentials(Counterparty.ApiKey, Counterparty.Secret)))
        {
            Block(other.SyncClockAsync());
            Order sell = new(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Sell, OrderType.Limit, TimeInForce.Gtc, ours, Quantity.Parse("0.002"));
            Assert.Equal(OrderStatus.Filled, Block(new OrderEntry(other, new OrderTracker()).PlaceAsync(sell)).Status);
        }

        RunUntil(() => _screen.Content.Popups.Any(p => p.Content.Name == "offline-dialog"), "the offline-changes dialog");
        Assert.Contains(_screen.Content.Toasts, t => t.Message.StartsWith("Reconnected. Changed while offline: ", StringComparison.Ordinal));
        string markup = _window.ToMarkup();
        Assert.Contains("order " + bid.ClientOrderId + ": NEW 0/0.002 -> FILLED 0.002/0.002", markup, StringComparison.Ordinal);
        Assert.Contains("balance BTC: ", markup, StringComparison.Ordinal);
        Assert.Empty(_screen.Orders.Orders.Items);
        Assert.Equal(OrderStatus.Filled, Assert.Single(_simulator.Ledger.OrdersOf(Key.ApiKey), o => o.ClientOrderId == bid.ClientOrderId).Status);
    }

    private static Order Limit(string symbol, Price price, string quantity) =>
        new(OrderEntry.NewClientOrderId(), symbol, OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, price, Quantity.Parse(quantity));

    private static T Block<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Block(Task task) => task.GetAwaiter().GetResult();

    private void RunUntil(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120); // generous: it only matters when broken (connecting alone took over 30 s at a load average of 60)
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what + "\n" + _window.ToMarkup());
            _window.Window.RunOnce(TimeSpan.FromMilliseconds(10));
        }
    }
}
