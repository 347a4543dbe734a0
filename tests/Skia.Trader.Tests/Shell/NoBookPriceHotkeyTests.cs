using Skia.Toolkit.Input;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// The preset and market hotkeys against the real simulator on loopback with an empty book (no synthetic market): the
/// balances are there but no price, so nothing can be sized; each key says why in a toast and nothing reaches the exchange.
/// </summary>
public sealed class NoBookPriceHotkeyTests
{
    private static readonly ApiCredential Account = LoopbackShell.Account;

    [Fact]
    public void Presets_and_market_hotkeys_without_a_book_price_say_why_and_send_nothing()
    {
        using var shell = new LoopbackShell(syntheticMarket: false);
        ShellFixture f = shell.Fixture;
        ExchangeSimulator simulator = shell.Simulator;
        f.RunUntil(() => f.Screen.Ticket.Model is { QuoteFree.Raw: > 0 }, "the balances on screen");
        Assert.Equal(0, f.Screen.Ticket.Model!.ReferencePrice.Raw); // an empty book: no price to size a buy with
        var submitted = 0;
        f.Screen.Ticket.OrderSubmitted += _ => submitted++;

        f.Window.KeyPress(Key.D1); // 25 % of the USDT available: at what price?
        Assert.Contains("No price to size the order yet: enter a price or wait for the book.", f.Toasts);
        Assert.DoesNotContain(f.Toasts, t => t.Contains("not available now", StringComparison.Ordinal));
        Assert.Equal("", f.Screen.Ticket.QuantityBox.Text);

        f.Window.EventTime = TimeSpan.FromSeconds(10);
        f.Window.KeyPress(Key.B, KeyModifiers.Control);
        Assert.Contains("No market price yet.", f.Toasts);
        Assert.DoesNotContain(f.Toasts, t => t.Contains("not available now", StringComparison.Ordinal));

        f.Settle(); // anything the keys had sent would reach the exchange meanwhile
        Assert.Equal(0, submitted);
        Assert.Empty(simulator.Ledger.OrdersOf(Account.ApiKey));
    }
}
