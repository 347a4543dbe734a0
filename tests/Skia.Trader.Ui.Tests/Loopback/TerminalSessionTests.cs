using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Ui.Tests.Loopback;

/// <summary>TerminalSession against the real simulator on loopback: snapshots of connection, orders and balances, and a reconnect.</summary>
public class TerminalSessionTests
{
    private static readonly ApiCredential Trader = new("trader-key", "trader-secret");
    private static readonly ApiCredential Counterparty = new("counterparty-key", "counterparty-secret");

    [Fact]
    public async Task Orders_show_pending_then_new_and_a_fill_while_offline_is_reported_after_the_reconnect()
    {
        await using var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, SyntheticMarket = false, Credentials = [Trader, Counterparty] });
        BinanceEndpoint endpoint = BinanceEndpoint.Simulator(await simulator.StartAsync());
        // A slow first retry leaves a window in which the user stream is surely down.
        var connection = new ConnectionOptions { SilenceTimeout = TimeSpan.FromHours(1), InitialBackoff = TimeSpan.FromSeconds(3), MaximumBackoff = TimeSpan.FromSeconds(3) };
        await using var session = new TerminalSession(endpoint, new ApiCredentials(Trader.ApiKey, Trader.Secret), ["BTCUSDT"], connection);
        Assert.Equal(ConnectionHealth.Connecting, session.Snapshots.Latest!.Health); // before Start: the first frame has a state
        session.Start();

        await Eventually(() => Latest(session) is { Health: ConnectionHealth.Connected, Latency: not null } s && s.Balances.Any(b => b.Asset == "USDT"), "connected with balances and a latency");
        Assert.Equal(Quantity.FromUnits(100_000), Latest(session).Balances.Single(b => b.Asset == "USDT").Free);

        // The exchange holds the order request a while: the open-orders table shows PENDING_SEND meanwhile.
        simulator.Faults.DelayNextRequests(1, TimeSpan.FromSeconds(2), pathPrefix: "/api/v3/order", method: "POST");
        var bid = new Order(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Price.Parse("60000"), Quantity.Parse("0.1"));
        Task<Order> placing = session.PlaceAsync(bid);
        Assert.Equal(OrderStatus.PendingSend, Assert.Single(Latest(session).OpenOrders).Status);
        await placing;
        await Eventually(() => Latest(session).OpenOrders is [{ Status: OrderStatus.New }], "NEW in open orders");

        // The user stream drops; while it is down the order fills.
        Assert.Equal(1, simulator.Faults.DropWebSocketApiConnections());
        await Eventually(() => Latest(session).Health == ConnectionHealth.Reconnecting, "reconnecting");
        using (var other = new BinanceRestClient(endpoint, new ApiCredentials(Counterparty.ApiKey, Counterparty.Secret)))
        {
            await other.SyncClockAsync();
            await new OrderEntry(other, new OrderTracker()).PlaceAsync(
                new Order(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Sell, OrderType.Limit, TimeInForce.Gtc, Price.Parse("60000"), Quantity.Parse("0.1")));
        }
        Assert.Equal(ConnectionHealth.Reconnecting, Latest(session).Health); // still down: the fill is not known yet
        Assert.Single(Latest(session).OpenOrders);

        await Eventually(() => Latest(session) is { Reconnects: 1, Health: ConnectionHealth.Connected }, "reconnected and reconciled");
        SessionSnapshot after = Latest(session);
        Assert.Empty(after.OpenOrders);
        OfflineChange order = Assert.Single(after.OfflineChanges, c => c.Subject == "order " + bid.ClientOrderId);
        Assert.StartsWith("NEW 0/", order.Before);
        Assert.StartsWith("FILLED 0.1/", order.After);
        Assert.Contains(after.OfflineChanges, c => c.Subject == "balance BTC");
        Assert.Contains(after.OfflineChanges, c => c.Subject == "balance USDT");
        // Nothing lost or duplicated: the exchange has exactly one order with that id, filled.
        Assert.Equal(OrderStatus.Filled, Assert.Single(simulator.Ledger.Orders(), o => o.ClientOrderId == bid.ClientOrderId).Status);
    }

    private static SessionSnapshot? _last;

    private static SessionSnapshot Latest(TerminalSession session) => _last = session.Snapshots.Latest!;

    private static async Task Eventually(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120); // generous: it only matters when broken (connecting alone took over 30 s at a load average of 60)
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what + "; last snapshot: " + _last);
            await Task.Delay(10);
        }
    }
}
