using System.Globalization;
using System.Text;
using Skia.Toolkit.Testing;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using static Skia.Trader.Ui.Tests.Panels.MarketData;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// Issue 13's "0 B allocated per steady frame", for the whole default screen (1440 x 900, headless window, its simulated
/// clock): every frame gets a new book that drifts upwards (the ladder, the depth chart and its mid and axis labels
/// follow it), two new trades (tape, live candle, header last price, the ladder's last trade; the trades' times cross
/// into new one-minute candles), and every 60th frame a new 24 h ticker board (watchlist and header statistics) — the
/// data the 5-symbol load hands the UI thread; and the frames in which the status bar ticks (every 60th: the status
/// timer's update with new FPS and frame p99, and new data age, feed rate and last order figures) and in which a session
/// snapshot arrives (every 300th: a new round trip in the header, the orders and balances tabs). Nothing the frames
/// apply or draw allocates on the UI thread. The data is made before the measured frames; perf/terminal-load.sh
/// measures the same against the live simulator.
/// </summary>
public sealed class TerminalScreenAllocationTests
{
    private const int WarmUpRound = 40;
    private const int MaxWarmUp = 600;
    private const int Frames = 600;
    private const int Levels = 30;

    [Fact]
    public void The_default_screen_fed_a_changing_book_trades_and_tickers_every_frame_allocates_nothing_per_frame()
    {
        using var screen = new TerminalScreen("BTCUSDT", "SIM", UtcPlus2);
        using var window = new TestWindow(screen.Content, 1440, 900);
        List<Candle> klines = Klines(120);
        Price close = klines[^1].Close;
        long time = Start + (119 * 60_000) + 1_000;
        var first = new TradePrint(5_000, close, Q("0.01"), time, false);
        screen.ShowSnapshot(window.Window, Fixtures.Btc, Book(close, 0), first, Account());
        screen.ShowMarket(Fixtures.Btc, [Fixtures.Btc], Board(close, 0), [first], klines, first.TradeId);

        // All the data of the run, made before it: a book per frame, two trades per frame, a ticker board every 60th.
        var total = MaxWarmUp + Frames;
        var books = new OrderBookSnapshot[total];
        var trades = new TradePrint[total * 2];
        var boards = new TickerBoard?[total];
        var sessions = new SessionSnapshot?[total];
        for (var n = 0; n < total; n++)
        {
            Price best = Price.FromRaw(close.Raw + (n * 3_000_000L)); // three cents a frame: $21.60 over the run
            books[n] = Book(best, n);
            for (var k = 0; k < 2; k++)
            {
                time += 50; // 100 ms of trades a frame: new one-minute candles come during the run
                trades[(2 * n) + k] = new TradePrint(5_001 + (2 * n) + k, Price.FromRaw(best.Raw + ((k - 1) * 1_000_000L)),
                    Quantity.FromRaw((1 + ((n * 7) + k) % 13) * 150_000L), time, (n + k) % 3 == 0);
            }
            boards[n] = n % 60 == 59 ? Board(best, n) : null;
            sessions[n] = n % 300 == 150 ? Account(7 + n, 4.2 + (n % 7)) : null;
        }
        bool StatusTicks(int n) => n % 60 == 30;
        void Frame(int n)
        {
            screen.ApplyMarketFrame(trades.AsSpan(2 * n, 2), books[n], boards[n]);
            if (sessions[n] is { } session) screen.ApplySession(session);
            if (StatusTicks(n))
            {
                // The status timer's tick (FPS and frame p99 from the window's clock), and figures of the telemetry that change.
                screen.UpdateStatus(window.Window);
                screen.Telemetry.ShowFigures(10 + (n % 97 * 0.1), 4_000 + (n % 1_000), 3 + (n % 13 * 0.1));
            }
            window.RenderFrame();
        }

        // Warm-up: the panels' buffers and text caches fill, and the JIT settles. Tiered compilation swaps methods for
        // their optimised code some time after their 30th call, on a background thread, and a method's first run at tier
        // 1 may allocate once in the process (48 B seen here; with DOTNET_TieredCompilation=0, and in the NativeAOT
        // build, it does not happen). On a loaded machine that background thread may wait long for a core, so the
        // warm-up goes on, in rounds of frames and a pause, until a round in which the JIT compiled nothing (at least
        // three rounds; at most MaxWarmUp frames).
        int warmUp = 0;
        long compiled = -1;
        while (warmUp < MaxWarmUp)
        {
            for (var end = warmUp + WarmUpRound; warmUp < end; warmUp++) Frame(warmUp);
            Thread.Sleep(250);
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled && warmUp >= 3 * WarmUpRound) break;
            compiled = now;
        }
        var depthBefore = window.ToMarkup();
        var report = new StringBuilder();
        long repainted = 0;
        for (var n = warmUp; n < warmUp + Frames; n++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Frame(n);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            repainted += window.LastFrame.WidgetsRendered;
            string what = (boards[n] is null ? "" : " (tickers)") + (sessions[n] is null ? "" : " (session)") + (StatusTicks(n) ? " (status)" : "");
            if (bytes != 0) report.Append(CultureInfo.InvariantCulture, $"frame {n}{what}: {bytes} B; ");
        }

        // The screen showed the data: the ladder's best bid and the header's last price are the last frame's.
        int last = warmUp + Frames - 1;
        Assert.Equal(books[last].BestBid, screen.Ladder!.Model.BestBid);
        Assert.Equal(trades[(2 * last) + 1].Price, screen.Ladder.Model.LastTradePrice);
        int lastBoard = last - ((last - 59) % 60); // the last frame that brought a ticker board (every 60th)
        Assert.Equal(screen.Header.High.Text, HeaderPanel.Format(books[lastBoard].BestBid!.Value.Price.Raw + 41_000_000_000, 2));
        Assert.NotEqual(depthBefore, window.ToMarkup());
        Assert.True(repainted > Frames * 5, $"only {repainted} widgets repainted over {Frames} frames");
        // The status bar and the header show the last tick's figures and the last snapshot's round trip, as strings would.
        int lastTick = last - ((last - 30) % 60);
        Assert.Equal("data age p99 " + (10 + (lastTick % 97 * 0.1)).ToString("0.0", CultureInfo.InvariantCulture) + " ms", screen.Telemetry.DataAgeText);
        Assert.Equal("feed " + (4_000 + (lastTick % 1_000)).ToString(CultureInfo.InvariantCulture) + " msg/s", screen.Telemetry.FeedText);
        Assert.StartsWith("FPS ", screen.StatusBar.Segments[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("frame p99 ", screen.StatusBar.Segments[1].Text, StringComparison.Ordinal);
        int lastSession = last - ((last - 150) % 300);
        Assert.Contains((4.2 + (lastSession % 7)).ToString("0.0", CultureInfo.InvariantCulture), screen.Header.Connection.Text, StringComparison.Ordinal);
        Assert.True(report.Length == 0, "frames that allocated: " + report);
    }

    // Levels a side around the best bid, one cent apart at the top, sizes changing with the frame.
    private static OrderBookSnapshot Book(Price bestBid, int n)
    {
        var bids = new BookLevel[Levels];
        var asks = new BookLevel[Levels];
        for (var i = 0; i < Levels; i++)
        {
            long step = (i * 3) + (i % 4);
            bids[i] = new BookLevel(Price.FromRaw(bestBid.Raw - (step * 1_000_000)), Quantity.FromRaw((5 + ((i * 37) + n) % 29) * 2_500_000));
            asks[i] = new BookLevel(Price.FromRaw(bestBid.Raw + ((1 + step) * 1_000_000)), Quantity.FromRaw((4 + ((i * 23) + n) % 31) * 2_000_000));
        }
        return new OrderBookSnapshot("BTCUSDT", 1 + n, Start + 7_200_000 + n, bids, asks);
    }

    private static TickerBoard Board(Price last, int n) => new(["BTCUSDT"],
    [
        new TickerUpdate(Start + n, P("0"), 1.2449m + (n * 0.01m), last, last, last, Q("0"), last, Q("1"), last, Q("1"), last,
            Price.FromRaw(last.Raw + 41_000_000_000), Price.FromRaw(last.Raw - 118_000_000_000), Quantity.FromRaw(1_234_567_800_000 + (n * 100_000_000L)),
            Q("0"), Start - 86_400_000, Start, 1, 2, 2),
    ]);

    // The session hands the same balance list while the balances stay the same (TerminalSession.Publish).
    private static readonly AccountBalance[] Balances = [new AccountBalance("USDT", Q("85618.5"), Quantity.Zero)];

    private static SessionSnapshot Account(long version = 7, double latencyMs = 4.2) =>
        new(version, ConnectionHealth.Connected, TimeSpan.FromMilliseconds(latencyMs), [], Balances, [], 0);
}
