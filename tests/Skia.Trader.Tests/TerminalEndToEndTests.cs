using Skia.Toolkit.Testing;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
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
/// The terminal's screen against the real simulator over loopback, in a headless window driven like a user
/// (pointer and keyboard through the toolkit's test kit). The test runs on one thread, the window's UI thread:
/// network waits block it (GetAwaiter().GetResult()) so widgets are only ever touched here.
/// </summary>
public class TerminalEndToEndTests
{
    private static readonly ApiCredential Key = ApiCredential.DefaultLocal;

    [Fact]
    public void The_screen_connects_shows_the_book_and_a_limit_order_placed_through_the_ticket_goes_pending_then_new()
    {
        using var simulator = new SyncSimulator(new ExchangeOptions { Port = 0, Seed = 7 });
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        using var window = new TestWindow(screen.Content, 1440, 900);
        // The first frame is drawn before anything connects: the "connecting" state.
        Assert.Contains("#header-connection (", window.ToMarkup(), StringComparison.Ordinal);
        Assert.Equal("connecting", screen.Header.Connection.Text);

        var session = new TerminalSession(BinanceEndpoint.Simulator(simulator.Rest), new ApiCredentials(Key.ApiKey, Key.Secret), ["BTCUSDT"]);
        try
        {
            session.Start();
            SymbolInfo info = Block(session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
            screen.Attach(window.Window, session, info);
            RunUntil(window, () => screen.Header.Connection.Text.StartsWith("connected", StringComparison.Ordinal), "the header says connected");

            // The ladder shows the simulator's book: with the market held still, its best prices are the exchange's own.
            simulator.Exchange.MarketPaused = true;
            DepthSnapshot depth = Block(session.Rest.GetDepthAsync("BTCUSDT", 5));
            LadderPanel ladder = screen.Ladder!;
            RunUntil(window, () => ladder.Model.BestBid?.Price == depth.Bids[0].Price && ladder.Model.BestAsk?.Price == depth.Asks[0].Price,
                $"the ladder's best bid/ask are the exchange's {depth.Bids[0].Price}/{depth.Asks[0].Price}");
            Assert.Contains($"bestBid={depth.Bids[0].Price}", window.ToMarkup(), StringComparison.Ordinal);

            // Click the lowest ladder row (a bid price below the market): the ticket takes that price.
            SKRect bounds = ladder.BoundsInWindow;
            var lastRow = TerminalScreen.LadderRows - 1;
            var rowPrice = ladder.Model.PriceAt(lastRow);
            Assert.True(rowPrice < depth.Bids[0].Price, "the lowest row is below the best bid");
            window.Click(new SKPoint(bounds.MidX, bounds.Top + (lastRow + 0.5f) * ladder.RowHeight));
            Assert.Equal(rowPrice.Raw / 100_000_000m, screen.Ticket.PriceBox.Value);

            // Type a quantity and submit; the exchange holds the order request a while so PENDING_SEND is visible.
            window.Click(screen.Ticket.QuantityBox);
            window.Type("0.002");
            Assert.Equal(0.002m, screen.Ticket.QuantityBox.Value);
            simulator.Exchange.Faults.DelayNextRequests(1, TimeSpan.FromSeconds(1), pathPrefix: "/api/v3/order", method: "POST");
            window.Click(screen.Ticket.SubmitButton);
            RunUntil(window, () => Status(screen) == "PENDING_SEND", "PENDING_SEND in open orders");
            Assert.Contains("Open orders (1)", window.ToMarkup(), StringComparison.Ordinal);
            RunUntil(window, () => Status(screen) == "NEW", "NEW in open orders");
            Assert.Equal("Open orders (1)", screen.Orders.Title.Text);
            RunUntil(window, () => window.ToMarkup().Contains("ownOrderRows=1", StringComparison.Ordinal), "the order marked on the ladder");
            // With its queue estimate: nobody else bids at that price in the paused market, so nothing is ahead.
            RunUntil(window, () => window.ToMarkup().Contains($"own{rowPrice}=\"0.002 ahead 0\"", StringComparison.Ordinal), "the order's queue place on the ladder");

            // Exactly one order reached the exchange, with the ticket's price and quantity.
            OrderRecord order = Assert.Single(simulator.Exchange.Ledger.OrdersOf(Key.ApiKey));
            Assert.Equal(OrderSide.Buy, order.Side);
            Assert.Equal(rowPrice, order.Price);
            Assert.Equal(OrderStatus.New, order.Status);
        }
        finally
        {
            screen.Dispose(); // before the session: the pump reads the session's slots
            Block(session.DisposeAsync().AsTask());
        }
    }

    private static string? Status(TerminalScreen screen) =>
        screen.Orders.Orders.Items is IReadOnlyList<OpenOrderView> { Count: 1 } rows ? OrderWireNames.ToWire(rows[0].Status) : null;


    private sealed class SyncSimulator : IDisposable
    {
        public SyncSimulator(ExchangeOptions options)
        {
            Exchange = new ExchangeSimulator(options);
            Rest = Exchange.StartAsync().GetAwaiter().GetResult();
        }

        public ExchangeSimulator Exchange { get; }

        public Uri Rest { get; }

        public void Dispose() => Exchange.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
