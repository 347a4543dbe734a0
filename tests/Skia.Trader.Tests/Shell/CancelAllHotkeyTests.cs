using Skia.Toolkit.Input;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Tests.Shell;

/// <summary>Ctrl+X against the real simulator on loopback: every open order of the symbol is cancelled on the exchange, whatever has focus.</summary>
public sealed class CancelAllHotkeyTests
{
    private static readonly ApiCredential Account = LoopbackShell.Account;

    [Fact]
    public void Ctrl_X_cancels_every_open_order_of_the_symbol_on_the_exchange()
    {
        using var shell = new LoopbackShell();
        ShellFixture f = shell.Fixture;
        ExchangeSimulator simulator = shell.Simulator;
        TerminalSession session = shell.Session;
        SymbolInfo info = shell.Info;
        simulator.MarketPaused = true;
        DepthSnapshot depth = LoopbackShell.Block(session.Rest.GetDepthAsync("BTCUSDT", 5));

        f.Window.KeyPress(Key.X, KeyModifiers.Control); // nothing open yet: said, nothing sent
        f.RunUntil(() => f.Toasts.Contains("No open orders on BTCUSDT"), "the toast saying there is nothing to cancel");

        var tick = info.PriceFilter.TickSize.Raw;
        for (var i = 1; i <= 2; i++)
        {
            var order = new Order(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc,
                Price.FromRaw(depth.Bids[0].Price.Raw - (500 * i * tick)), Quantity.FromRaw(100_000));
            LoopbackShell.Block(session.PlaceAsync(order));
        }
        f.RunUntil(() => f.Screen.Orders.Title.Text == "Open orders (2)", "two open orders on screen");
        Assert.Equal(2, simulator.Ledger.OrdersOf(Account.ApiKey).Count(o => o.Status == OrderStatus.New));

        f.Window.Click(f.Screen.Tabs); // focus in the orders tab, not on the ticket
        f.Window.KeyPress(Key.X, KeyModifiers.Control);
        Assert.Contains("Cancelling every open order on BTCUSDT", f.Toasts);
        f.RunUntil(() => simulator.Ledger.OrdersOf(Account.ApiKey).All(o => o.Status == OrderStatus.Canceled), "both orders cancelled on the exchange");
        f.RunUntil(() => f.Screen.Orders.Title.Text == "Open orders (0)", "no open order on screen");
        Assert.Equal(2, simulator.Ledger.OrdersOf(Account.ApiKey).Count); // cancelled, none added
    }
}
