using System.Diagnostics;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// ScreenTelemetry is what the screen measures about itself for the trader and for the terminal's meter
/// (<see cref="TerminalMetrics"/>), and the three status-bar segments that show it: "data age p99 N ms" (exchange
/// event time to the end of the frame that shows it, <see cref="DataAge"/>), "feed N msg/s" (market-data messages
/// accepted per second) and "last order N ms" (click or hotkey to the exchange's answer, <see cref="Orders"/>).
/// The screen calls <see cref="Shown(OrderBookSnapshot)"/> when it applies a book, <see cref="Submitted"/> when the user submits an
/// order, and <see cref="UpdateStatus"/> once a second; all on the UI thread.
/// </summary>
public sealed class ScreenTelemetry : IDisposable
{
    private readonly StatusSegment _dataAgeSegment;
    private readonly StatusSegment _feedSegment;
    private readonly StatusSegment _orderSegment;
    private TerminalSession? _session;
    private FrameEndListener? _frames;
    private long _lastFeedMessages = -1;
    private long _lastFeedTimestamp;
    // The figures shown (null: none yet, "-"), kept so a language change rewrites the segments around them.
    private double? _dataAgeShown;
    private double? _feedShown;
    private double? _orderShown;
    // The segments' localised texts, and the buffer their figures are written into: the once-a-second update makes no string.
    private readonly FigureFormat _dataAgeFormat = new("production.data_age", "production.data_age.none");
    private readonly FigureFormat _feedFormat = new("production.feed", "production.feed.none");
    private readonly FigureFormat _orderFormat = new("production.last_order", "production.last_order.none");
    private readonly char[] _segmentText = new char[64];
    private long _attachedAt;
    private long[] _messagesAtAttach = [], _depthAtAttach = [];

    /// <summary>Creates the segments in <paramref name="statusBar"/>, showing "-" until there is something to show.</summary>
    public ScreenTelemetry(StatusBar statusBar)
    {
        ArgumentNullException.ThrowIfNull(statusBar);
        _dataAgeSegment = statusBar.AddSegment(TerminalStrings.Get("production.data_age.none"));
        _feedSegment = statusBar.AddSegment(TerminalStrings.Get("production.feed.none"));
        _orderSegment = statusBar.AddSegment(TerminalStrings.Get("production.last_order.none"));
        _dataAgeSegment.Name = "status-data-age";
        _feedSegment.Name = "status-feed";
        _orderSegment.Name = "status-last-order";
    }

    /// <summary>DataAge measures the age of the data on screen, per symbol; null until <see cref="Attach"/>.</summary>
    public DataAgeOnScreen? DataAge { get; private set; }

    /// <summary>Load measures each steady frame's render time, UI-thread CPU and allocations (from 5 s after <see cref="Attach"/>); null until then.</summary>
    public FrameLoadMeter? Load { get; private set; }

    /// <summary>LoadSteadyAfter is how long after <see cref="Attach"/> <see cref="Load"/> starts counting frames (connect, first books, JIT warm-up).</summary>
    public static TimeSpan LoadSteadyAfter { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Orders times the user's orders from submit to the exchange's answer.</summary>
    public SubmitToAck Orders { get; } = new();

    /// <summary>DataAgeText is the status-bar segment's text ("data age p99 N ms").</summary>
    public string DataAgeText => _dataAgeSegment.Text;

    /// <summary>FeedText is the status-bar segment's text ("feed N msg/s").</summary>
    public string FeedText => _feedSegment.Text;

    /// <summary>LastOrderText is the status-bar segment's text ("last order N ms").</summary>
    public string LastOrderText => _orderSegment.Text;

    /// <summary>Attach starts measuring against <paramref name="session"/>'s symbols and orders, at the end of each frame <paramref name="window"/> presents; call it on the window's UI thread.</summary>
    /// <param name="window">The window showing the screen.</param>
    /// <param name="session">The running session.</param>
    public void Attach(IAppWindow window, TerminalSession session)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(session);
        if (_session is not null) throw new InvalidOperationException("ScreenTelemetry is already attached.");
        _session = session;
        var symbols = new string[session.Feed.Symbols.Count];
        for (int i = 0; i < symbols.Length; i++) symbols[i] = session.Feed.Symbols[i].Symbol;
        DataAge = new DataAgeOnScreen(symbols);
        _frames = new FrameEndListener(Environment.CurrentManagedThreadId, DataAge.FrameEnded);
        Load = new FrameLoadMeter(Environment.CurrentManagedThreadId, window.Clock.FrameInterval, LoadSteadyAfter);
        _attachedAt = Stopwatch.GetTimestamp();
        _messagesAtAttach = session.Feed.Symbols.Select(f => f.MessagesReceived).ToArray();
        _depthAtAttach = session.Feed.Symbols.Select(f => f.DepthUpdatesReceived).ToArray();
        session.Tracker.OrderChanged += Orders.OnOrderChanged;
    }

    /// <summary>BooksShown counts the book snapshots the screen applied (one per frame at most, however many the feed published in between).</summary>
    public long BooksShown { get; private set; }

    /// <summary>FeedSinceAttach lists, per followed symbol, the stream messages and the depth messages received since <see cref="Attach"/>, the book's snapshot loads so far (1: the first sync only), and the seconds since (empty before).</summary>
    /// <param name="seconds">Seconds since <see cref="Attach"/>.</param>
    public IReadOnlyList<(string Symbol, long Messages, long DepthMessages, long Resyncs)> FeedSinceAttach(out double seconds)
    {
        seconds = 0;
        if (_session is not { } session) return [];
        seconds = Stopwatch.GetElapsedTime(_attachedAt).TotalSeconds;
        var counts = new List<(string, long, long, long)>(session.Feed.Symbols.Count);
        for (int i = 0; i < session.Feed.Symbols.Count; i++)
        {
            var feed = session.Feed.Symbols[i];
            counts.Add((feed.Symbol, feed.MessagesReceived - _messagesAtAttach[i], feed.DepthUpdatesReceived - _depthAtAttach[i], feed.Resyncs));
        }
        return counts;
    }

    /// <summary>Shown says the frame being prepared shows <paramref name="book"/> (its event time is the data's age origin).</summary>
    /// <param name="book">The book snapshot just applied to a panel.</param>
    public void Shown(OrderBookSnapshot book)
    {
        ArgumentNullException.ThrowIfNull(book);
        BooksShown++;
        DataAge?.Shown(book.Symbol, book.EventTime);
    }

    /// <summary>Shown says the frame being prepared shows <paramref name="symbol"/>'s data as of the exchange time <paramref name="eventTimeMs"/> (a watchlist ticker's <c>E</c>).</summary>
    /// <param name="symbol">The symbol whose data was just applied to a panel.</param>
    /// <param name="eventTimeMs">The data's exchange event time, Unix ms (0: unknown, ignored).</param>
    public void Shown(string symbol, long eventTimeMs) => DataAge?.Shown(symbol, eventTimeMs);

    /// <summary>Submitted starts timing and tracing an order the user just submitted (<paramref name="trigger"/>: "click" or "hotkey").</summary>
    /// <param name="order">The new order, before it is placed.</param>
    /// <param name="trigger">What submitted it.</param>
    public void Submitted(Order order, string trigger) => Orders.Submitted(order, trigger);

    /// <summary>UpdateStatus refreshes the three segments (about once a second, on the UI thread); a segment whose text is unchanged does not repaint.</summary>
    public void UpdateStatus()
    {
        if (DataAge is { } age && age.Recent.Count > 0)
        {
            _dataAgeShown = age.Recent.Percentile(0.99);
            age.ClearRecent();
        }
        if (_session is { } session)
        {
            long messages = session.Feed.FramesAccepted;
            long now = Stopwatch.GetTimestamp();
            if (_lastFeedMessages >= 0)
            {
                double seconds = Stopwatch.GetElapsedTime(_lastFeedTimestamp, now).TotalSeconds;
                double rate = seconds > 0 ? (messages - _lastFeedMessages) / seconds : 0;
                _feedShown = Math.Round(rate);
            }
            _lastFeedMessages = messages;
            _lastFeedTimestamp = now;
        }
        if (Orders.LastMilliseconds is { } last)
        {
            _orderShown = last;
        }
        ApplyLanguage();
    }

    /// <summary>
    /// ShowFigures shows fixed figures in the three segments (a null figure shows "-"): what <see cref="UpdateStatus"/>
    /// shows from its measurements, for a screen rendered from fixed state (goldens, a snapshot).
    /// </summary>
    /// <param name="dataAgeP99Ms">Data age on screen, p99, in milliseconds.</param>
    /// <param name="feedPerSecond">Feed messages per second.</param>
    /// <param name="lastOrderMs">Submit-to-ack of the last order, in milliseconds.</param>
    public void ShowFigures(double? dataAgeP99Ms, double? feedPerSecond, double? lastOrderMs)
    {
        _dataAgeShown = dataAgeP99Ms;
        _feedShown = feedPerSecond is { } rate ? Math.Round(rate) : null;
        _orderShown = lastOrderMs;
        ApplyLanguage();
    }

    /// <summary>ApplyLanguage writes the three segments in the string table's selected language (a language change at run time); an unchanged text does not repaint.</summary>
    public void ApplyLanguage()
    {
        ShowSegment(_dataAgeSegment, _dataAgeFormat, _dataAgeShown, "0.0");
        ShowSegment(_feedSegment, _feedFormat, _feedShown, "0");
        ShowSegment(_orderSegment, _orderFormat, _orderShown, "0.0");
    }

    // The figure with its words, written into the reused buffer (the segment copies it), or the "-" text without one.
    private void ShowSegment(StatusSegment segment, FigureFormat format, double? figure, string numberFormat)
    {
        if (figure is { } value) segment.SetText(format.Write(_segmentText, value, numberFormat));
        else segment.Text = format.None;
    }

    /// <summary>Dispose stops listening for frames and for order changes.</summary>
    public void Dispose()
    {
        _frames?.Dispose();
        _frames = null;
        Load?.Dispose();
        if (_session is { } session) session.Tracker.OrderChanged -= Orders.OnOrderChanged;
    }
}
