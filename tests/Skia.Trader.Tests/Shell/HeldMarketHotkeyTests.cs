using Skia.Toolkit.Input;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// A trader leaning on Ctrl+B against the real simulator on loopback: the key's auto-repeats (GLFW_REPEAT) come for
/// two seconds, far past the ticket's 500 ms repeat guard, and the simulator's ledger holds one market order.
/// </summary>
public sealed class HeldMarketHotkeyTests
{
    private static readonly ApiCredential Account = LoopbackShell.Account;

    [Fact]
    public void Holding_the_market_buy_hotkey_for_two_seconds_places_one_order()
    {
        using var shell = new LoopbackShell();
        ShellFixture f = shell.Fixture;
        ExchangeSimulator simulator = shell.Simulator;
        // The ticket shows "Available" from its first refresh, at 0 until the account's balances come (later than the book
        // on a loaded machine): a market order sized then is refused, so wait for the quote balance itself.
        f.RunUntil(() => f.Screen.Ladder?.Model.BestAsk is not null && f.Screen.Ticket.Model is { QuoteFree.Raw: > 0 }, "the book and the balances on screen");
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
}
