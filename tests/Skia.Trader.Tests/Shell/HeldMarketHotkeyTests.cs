using Skia.Toolkit.Input;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// A trader leaning on Ctrl+B against the real simulator on loopback: the key's auto-repeats (GLFW_REPEAT) come for
/// two seconds, far past the ticket's 500 ms repeat guard, and the simulator's ledger holds one market order.
/// </summary>
public sealed class HeldMarketHotkeyTests
{
    private static readonly ApiCredential Account = ApiCredential.DefaultLocal;

    [Fact]
    public void Holding_the_market_buy_hotkey_for_two_seconds_places_one_order()
    {
        var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 11 });
        Uri rest = Block(simulator.StartAsync());
        using var f = new ShellFixture();
        var session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(Account.ApiKey, Account.Secret), ["BTCUSDT"]);
        try
        {
            session.Start();
            SymbolInfo info = Block(session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
            f.Screen.Attach(f.Window.Window, session, info);
            // The account's 100,000 USDT, not the "Available 0.00 USDT" the ticket shows before the first balances arrive (the key
            // was held against that once, the market buy was refused as too small, and the test waited for an order in vain).
            f.RunUntil(() => f.Screen.Ladder?.Model.BestAsk is not null && f.Screen.Ticket.Available.Text.Contains("100,000", StringComparison.Ordinal), "the book and the balances on screen");
            simulator.MarketPaused = true; // a still book: the one order fills against it and nothing else trades

            var submitted = 0;
            f.Screen.Ticket.OrderSubmitted += _ => submitted++;

            // Held two seconds by the user's clock, X's usual 25 repeats a second after the first press.
            f.Window.KeyHold(Key.B, KeyModifiers.Control, repeats: 50, TimeSpan.FromMilliseconds(40));
            f.RunUntil(() => submitted > 0 && simulator.Ledger.OrdersOf(Account.ApiKey) is var orders && orders.Count >= submitted && orders.All(o => o.Status != OrderStatus.New),
                "every order the terminal sent done at the exchange");

            Assert.Equal(1, submitted);
            OrderRecord order = Assert.Single(simulator.Ledger.OrdersOf(Account.ApiKey));
            Assert.Equal((OrderSide.Buy, OrderType.Market), (order.Side, order.Type));
        }
        finally
        {
            f.Screen.Dispose(); // before the session: the pump reads the session's slots
            Block(session.DisposeAsync().AsTask());
            Block(simulator.DisposeAsync().AsTask());
        }
    }

    // Waits on the test's own thread, which is the window's UI thread (a network wait never touches a widget).
    private static T Block<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Block(Task task) => task.GetAwaiter().GetResult();
}
