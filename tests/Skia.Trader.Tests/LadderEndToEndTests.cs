using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using SkiaSharp;
using static Skia.Trader.Tests.UiThreadWaits;

namespace Skia.Trader.Tests;

/// <summary>
/// The ladder on the terminal's screen against the real simulator over loopback, driven with the pointer: a one-click
/// order from the bid column, then a right-click on its row cancels it. One thread, the window's UI thread.
/// </summary>
public class LadderEndToEndTests
{
    private static readonly ApiCredential Key = ApiCredential.DefaultLocal;

    [Fact]
    public void One_click_on_the_bid_places_exactly_one_limit_order_there_and_a_right_click_on_its_row_cancels_it()
    {
        var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 11 });
        Uri rest = Block(simulator.StartAsync());
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new TestWindow(screen.Content, 1440, 900);
        var session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(Key.ApiKey, Key.Secret), ["BTCUSDT"]);
        try
        {
            session.Start();
            SymbolInfo info = Block(session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
            screen.Attach(window.Window, session, info);
            LadderPanel ladder = screen.Ladder!;
            RunUntil(window, () => ladder.Model.BestBid is not null, "the ladder shows the book");
            simulator.MarketPaused = true; // a still book: no synthetic taker fills our bid

            // The ticket's quantity is what one-click trades.
            window.Click(screen.Ticket.QuantityBox);
            window.Type("0.003");
            window.Click(ladder.OneClickToggle);
            Assert.True(ladder.OneClick);

            // A bid-column row well below the market: a resting buy. One press, one order.
            var row = TerminalScreen.LadderRows - 2;
            var price = ladder.Model.PriceAt(row);
            SKRect bounds = ladder.BoundsInWindow;
            var bid = new SKPoint(bounds.Left + ladder.ColumnCentre(LadderColumn.Bid), bounds.Top + ladder.RowCentre(row));
            window.Click(bid);
            RunUntil(window, () => window.ToMarkup().Contains("ownOrderRows=1", StringComparison.Ordinal), "the one-click order marked on the ladder");
            RunUntil(window, () => Single(screen)?.Status == OrderStatus.New, "the one-click order NEW in open orders");

            OrderRecord placed = Assert.Single(simulator.Ledger.OrdersOf(Key.ApiKey));
            Assert.Equal((OrderSide.Buy, OrderType.Limit, price, Core.Numerics.Quantity.Parse("0.003")), (placed.Side, placed.Type, placed.Price, placed.OrigQuantity));

            // Right-click the order's row: it is cancelled at the exchange and leaves the ladder.
            window.Click(new SKPoint(bounds.Left + ladder.ColumnCentre(LadderColumn.Orders), bounds.Top + ladder.RowCentre(ladder.Model.RowOf(ladder.Model.OwnOrders[0]))),
                PointerButton.Right);
            RunUntil(window, () => Assert.Single(simulator.Ledger.OrdersOf(Key.ApiKey)).Status == OrderStatus.Canceled, "the order CANCELED at the exchange");
            RunUntil(window, () => window.ToMarkup().Contains("ownOrderRows=0", StringComparison.Ordinal), "the order gone from the ladder");
            Assert.Single(simulator.Ledger.OrdersOf(Key.ApiKey)); // never a second order
        }
        finally
        {
            screen.Dispose(); // before the session: the pump reads the session's slots
            Block(session.DisposeAsync().AsTask());
            Block(simulator.DisposeAsync().AsTask());
        }
    }

    private static OpenOrderView? Single(TerminalScreen screen) =>
        screen.Orders.Orders.Items is IReadOnlyList<OpenOrderView> { Count: 1 } rows ? rows[0] : null;
}
