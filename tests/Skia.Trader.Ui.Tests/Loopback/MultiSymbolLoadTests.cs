using System.Text;
using Skia.Toolkit.Testing;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Ui.Tests.Loopback;

/// <summary>
/// Issue 13's load, untimed: the real simulator on loopback trading five symbols at 1,000 book-changing actions per
/// symbol and second, a session following all five (diff depth, trades, book tickers, tickers), and the default screen
/// in a headless window on the test thread (its UI thread). However much the feed receives between two frames, the
/// screen applies one book snapshot per frame, the newest, and nothing is left queued; a steady frame (its dispatcher
/// work, the snapshots applied and the render) allocates nothing on the UI thread, also when the status bar's timer ticks
/// (every second) and when a session snapshot arrives (the round trip, every 5 s). perf/terminal-load.sh measures the
/// same load for time.
/// </summary>
public sealed class MultiSymbolLoadTests : IDisposable
{
    private static readonly string[] Symbols = ["BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "ETHBTC"];
    private readonly ExchangeSimulator _simulator;
    private readonly TerminalScreen _screen = new("BTCUSDT", "SIM");
    private readonly TestWindow _window;
    private readonly TerminalSession _session;

    public MultiSymbolLoadTests()
    {
        _simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 5, DepthUpdatesPerSecond = 1000 });
        Uri rest = Block(_simulator.StartAsync());
        _window = new TestWindow(_screen.Content, 1440, 900);
        var connection = new ConnectionOptions { SilenceTimeout = TimeSpan.FromHours(1) };
        ApiCredential key = ApiCredential.DefaultLocal;
        _session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(key.ApiKey, key.Secret), Symbols, connection);
        _session.Start();
        SymbolInfo info = Block(_session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
        _screen.Attach(_window.Window, _session, info);
        RunUntil(() => _session.Feed.Symbols.All(s => s.SyncState == DepthSyncState.Synced && s.Book.Latest is not null), "all five books synced");
        RunUntil(() => _screen.Ladder?.Model.BestBid is not null && _screen.Telemetry.BooksShown > 0, "the ladder shows a book");
    }

    public void Dispose()
    {
        _screen.Dispose(); // before the session: the pump reads the session's slots
        Block(_session.DisposeAsync().AsTask());
        _window.Dispose();
        Block(_simulator.DisposeAsync().AsTask());
    }

    [Fact]
    public void However_many_depth_updates_arrive_between_two_frames_the_screen_applies_the_newest_book_once_and_nothing_queues()
    {
        SymbolFeed shown = _session.Feed.Find("BTCUSDT")!;
        Frame();
        long books = _screen.Telemetry.BooksShown;
        long slotVersion = shown.Book.Version;
        long[] depthBefore = _session.Feed.Symbols.Select(s => s.DepthUpdatesReceived).ToArray();

        // No frame for a while: every symbol's diffs keep arriving and its book is republished many times.
        WaitUntil(() => shown.Book.Version - slotVersion >= 5 && _session.Feed.Symbols.Select((s, i) => s.DepthUpdatesReceived - depthBefore[i]).Min() >= 3,
            "five book publications of BTCUSDT and three diffs of every symbol");
        _simulator.MarketPaused = true;
        OrderBookSnapshot newest = WaitForStillBook(shown);

        int applied = _window.Window.Clock.ApplySnapshots();
        Assert.InRange(applied, 1, 16); // the screen's sources, each once at most; the book among them
        _window.Window.RenderIfNeeded();
        Assert.Equal(books + 1, _screen.Telemetry.BooksShown); // one book applied for the whole burst
        Assert.Equal(newest.BestBid, _screen.Ladder!.Model.BestBid); // the newest book, not one of the older ones
        Assert.Equal(newest.BestAsk, _screen.Ladder.Model.BestAsk);
        Frame();
        Assert.Equal(books + 1, _screen.Telemetry.BooksShown); // no backlog: the next frame has no older book to catch up on
    }

    [Fact]
    public void A_steady_frame_applying_and_drawing_the_market_the_status_bar_and_the_session_allocates_nothing_while_five_symbols_update_a_thousand_times_a_second()
    {
        // The status bar's timer, as the terminal runs it: once a second it posts its update to the window's dispatcher.
        _screen.StartStatus(_window.Window);
        // Warm-up: the panels' buffers, text caches and the JIT settle (the status bar ticks, a session snapshot arrives).
        long sessionAtStart = _session.Snapshots.Version;
        RunFor(TimeSpan.FromSeconds(3));
        RunUntil(() => _session.Snapshots.Version > sessionAtStart, "a session snapshot (the round trip) during the warm-up");
        var report = new StringBuilder();
        int frames = 0, allocating = 0, tickerFrames = 0, statusFrames = 0, sessionFrames = 0;
        long booksBefore = _screen.Telemetry.BooksShown;
        long session = _session.Snapshots.Version, sessionBefore = session;
        long tickers = TickerTimes();
        // At least 6 s, and on a loaded machine (fewer frames, books and tickers in that time) until it has seen enough of
        // each; the deadline only matters when something is broken.
        DateTime end = DateTime.UtcNow + TimeSpan.FromSeconds(6), deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < end
               || (DateTime.UtcNow < deadline && (frames < 5 || _screen.Telemetry.BooksShown - booksBefore < 10 || tickerFrames < 3
                   || statusFrames < 3 || sessionFrames < 1)))
        {
            Thread.Sleep(5);
            long t0 = GC.GetAllocatedBytesForCurrentThread();
            int posted = _window.Window.Dispatcher.RunPending(); // the status bar's tick, when the timer fired
            long t1 = GC.GetAllocatedBytesForCurrentThread();
            int applied = _window.Window.Clock.ApplySnapshots();
            long t2 = GC.GetAllocatedBytesForCurrentThread();
            _window.Window.RenderIfNeeded();
            long t3 = GC.GetAllocatedBytesForCurrentThread();
            // Every frame counts: the market's, the status bar's ticks, the session snapshots (orders, balances, the round
            // trip: every 5 s; a frame that may have applied one is named in the report) and the 24 h tickers.
            long sessionNow = _session.Snapshots.Version;
            bool sessionFrame = sessionNow != session || session != sessionBefore;
            (sessionBefore, session) = (session, sessionNow);
            long tickersNow = TickerTimes();
            if (tickersNow != tickers) tickerFrames++;
            tickers = tickersNow;
            if (applied == 0 && posted == 0) continue;
            frames++;
            if (posted > 0) statusFrames++;
            if (sessionFrame && applied > 0) sessionFrames++;
            if (t3 != t0)
            {
                allocating++;
                string what = (posted > 0 ? " (status)" : "") + (sessionFrame ? " (session)" : "");
                report.Append(System.Globalization.CultureInfo.InvariantCulture, $"frame {frames}{what}: dispatcher {t1 - t0} B, apply {t2 - t1} B, render {t3 - t2} B\n");
            }
        }
        Assert.True(frames >= 5, $"only {frames} frames of market data alone");
        Assert.True(_screen.Telemetry.BooksShown - booksBefore >= 10, "the ladder's book kept changing");
        Assert.True(tickerFrames >= 3, "the 24 h tickers kept arriving");
        Assert.True(statusFrames >= 3, $"the status bar ticked in only {statusFrames} frames");
        Assert.True(sessionFrames >= 1, "no session snapshot arrived while measuring");
        Assert.StartsWith("feed ", _screen.Telemetry.FeedText, StringComparison.Ordinal);
        Assert.NotEqual("feed -", _screen.Telemetry.FeedText); // the ticks showed figures
        Assert.True(allocating == 0, $"{allocating} of {frames} frames allocated on the UI thread:\n{report}");
    }

    // Changes whenever any symbol's 24 h ticker does (the screen's ticker board is republished then).
    private long TickerTimes()
    {
        long sum = 0;
        foreach (SymbolFeed feed in _session.Feed.Symbols)
            if (feed.TryGetTicker(out TickerUpdate ticker)) sum += ticker.EventTime;
        return sum;
    }

    private void Frame()
    {
        _window.Window.Clock.ApplySnapshots();
        _window.Window.RenderIfNeeded();
    }

    // The feed has received the last diff of the paused market and published it, and the pump has handed it over.
    private static OrderBookSnapshot WaitForStillBook(SymbolFeed feed)
    {
        long version = feed.Book.Version;
        DateTime quietSince = DateTime.UtcNow, deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow - quietSince < TimeSpan.FromMilliseconds(500))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the book never stood still after the market paused");
            Thread.Sleep(20);
            if (feed.Book.Version != version)
            {
                version = feed.Book.Version;
                quietSince = DateTime.UtcNow;
            }
        }
        return feed.Book.Latest!;
    }

    private static void WaitUntil(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what);
            Thread.Sleep(10);
        }
    }

    private void RunFor(TimeSpan time)
    {
        DateTime end = DateTime.UtcNow + time;
        while (DateTime.UtcNow < end) _window.Window.RunOnce(TimeSpan.FromMilliseconds(10));
    }

    private void RunUntil(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60); // generous: it only matters when broken
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what + "\n" + _window.ToMarkup());
            _window.Window.RunOnce(TimeSpan.FromMilliseconds(10));
        }
    }

    private static T Block<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Block(Task task) => task.GetAwaiter().GetResult();
}
