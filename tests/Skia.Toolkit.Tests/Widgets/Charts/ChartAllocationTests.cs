using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets.Charts;

namespace Skia.Toolkit.Tests.Widgets.Charts;

/// <summary>
/// A live chart repainted every frame with changing data allocates nothing on the UI thread once warm: the axis
/// labels of new ticks and the depth chart's mid price are formatted into spans and shaped into pooled labels, and
/// the depth areas are drawn without a managed path per frame. Each test feeds data that keeps moving to values the
/// chart has not shown before, so a cache of strings alone could not pass it.
/// </summary>
public class ChartAllocationTests
{
    private const int WarmUp = 40;
    private const int Frames = 400;
    private const int Settle = 20;

    [Fact]
    public void A_depth_chart_following_a_drifting_book_allocates_nothing_per_frame()
    {
        var chart = new DepthChart();
        using var window = new TestWindow(chart, 420, 220);
        var bids = new DepthLevel[20];
        var asks = new DepthLevel[20];
        // The mid walks up a tick per frame for the whole run (every frame a mid never shown before), the sizes churn,
        // and the price window follows the book, so axis ticks keep entering and leaving.
        void Frame(int n)
        {
            var best = 27000 + (n * 0.05);
            for (var i = 0; i < bids.Length; i++)
            {
                bids[i] = new DepthLevel(best - (i * 0.5) - (i > 0 ? (n % 3) * 0.01 : 0), 0.2 + (((i * 7) + n) % 5) * 0.3);
                asks[i] = new DepthLevel(best + 0.01 + (i * 0.5), 0.1 + (((i * 3) + n) % 4) * 0.35);
            }
            chart.SetBook(bids, asks);
            window.RenderFrame();
        }
        for (var n = 0; n < WarmUp; n++) Frame(n);
        var labelsBefore = string.Join('|', chart.XAxisLabels.Select(l => l.Text));
        var midBefore = chart.MidPrice;

        SettleJit(Frame, WarmUp);
        var allocated = Measure(Frame, WarmUp + Settle, Frames, out var last);

        Assert.Equal(27000 + (last * 0.05) + 0.005, chart.MidPrice, 6);
        Assert.True(chart.MidPrice - midBefore > 15, "the mid moved by several label steps");
        Assert.NotEqual(labelsBefore, string.Join('|', chart.XAxisLabels.Select(l => l.Text))); // new ticks came into view
        Assert.Contains("x-labels=", window.ToMarkup());
        Assert.True(allocated.Length == 0, "frames that allocated: " + allocated);
    }

    [Fact]
    public void A_candlestick_chart_with_a_live_candle_and_new_periods_allocates_nothing_per_frame()
    {
        var chart = new CandlestickChart { Capacity = 120 };
        using var window = new TestWindow(chart, 420, 220);
        var start = new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);
        var open = 27000.0;
        for (var i = 0; i < 120; i++) chart.Append(new Candle(open, open + 5, open - 5, open + 1, 10) { Time = start.AddSeconds(i) });
        var period = 120;
        // The live candle moves every frame and a new one-second period opens every fifth frame: the value axis and the
        // time axis keep scrolling to labels not drawn before.
        void Frame(int n)
        {
            var close = open + (n * 0.37) + (n % 7);
            if (n % 5 == 0) chart.Append(new Candle(close, close + 2, close - 2, close, 1) { Time = start.AddSeconds(period++) });
            else chart.UpdateLast(new Candle(close - 1, close + 3, close - 3, close, 1 + (n % 5)) { Time = start.AddSeconds(period - 1) });
            window.RenderFrame();
        }
        for (var n = 0; n < WarmUp; n++) Frame(n);
        var xBefore = string.Join('|', chart.XAxisLabels.Select(l => l.Text));
        var yBefore = string.Join('|', chart.YAxisLabels.Select(l => l.Text));

        SettleJit(Frame, WarmUp);
        var allocated = Measure(Frame, WarmUp + Settle, Frames);

        Assert.NotEqual(xBefore, string.Join('|', chart.XAxisLabels.Select(l => l.Text)));
        Assert.NotEqual(yBefore, string.Join('|', chart.YAxisLabels.Select(l => l.Text)));
        Assert.All(chart.XAxisLabels, l => Assert.Matches(@"^09:\d\d:\d\d$", l.Text));
        Assert.True(allocated.Length == 0, "frames that allocated: " + allocated);
    }

    [Fact]
    public void A_line_chart_appending_a_value_every_frame_allocates_nothing_per_frame()
    {
        var chart = new LineChart { Capacity = 200, IsArea = true };
        using var window = new TestWindow(chart, 420, 220);
        var start = new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);
        void Frame(int n)
        {
            chart.Append(start.AddMilliseconds(n * 250), 100 + (n * 0.05) + Math.Sin(n / 5.0));
            window.RenderFrame();
        }
        for (var n = 0; n < 200 + WarmUp; n++) Frame(n); // full: the store reuses its slots from here on
        var xBefore = string.Join('|', chart.XAxisLabels.Select(l => l.Text));

        SettleJit(Frame, 200 + WarmUp);
        var allocated = Measure(Frame, 200 + WarmUp + Settle, Frames);

        Assert.NotEqual(xBefore, string.Join('|', chart.XAxisLabels.Select(l => l.Text)));
        Assert.True(chart.YAxisLabels.Count >= 2);
        Assert.True(allocated.Length == 0, "frames that allocated: " + allocated);
    }

    [Fact]
    public void A_sparkline_appending_a_value_every_frame_allocates_nothing_per_frame()
    {
        var line = new Sparkline(60);
        using var window = new TestWindow(line, 80, 20);
        long repainted = 0;
        void Frame(int n)
        {
            line.Append(100 + (n * 0.1) + ((n % 9) * 0.3));
            repainted += window.RenderFrame().WidgetsRendered;
        }
        for (var n = 0; n < 60 + WarmUp; n++) Frame(n);
        repainted = 0;

        SettleJit(Frame, 60 + WarmUp);
        var allocated = Measure(Frame, 60 + WarmUp + Settle, Frames);

        Assert.True(repainted >= Frames, $"the sparkline repainted in only {repainted} of {Frames} frames");
        Assert.True(allocated.Length == 0, "frames that allocated: " + allocated);
    }

    // Lets tiered compilation install the optimised code of what the warm-up ran (a method's first tier-1 run may
    // allocate once in the process), so the measured frames see steady code.
    private static void SettleJit(Action<int> frame, int from)
    {
        for (var round = 0; round < Settle / 10; round++)
        {
            Thread.Sleep(250);
            for (var n = from + (round * 10); n < from + ((round + 1) * 10); n++) frame(n);
        }
    }

    // Runs frames first..first+count-1 and returns "frame: bytes" for each that allocated on this thread ("" when none
    // did). A window in which frames allocated is followed by a second window of count frames (data still moving to
    // values never shown), and only a second window that allocates too fails: what the chart allocates per frame, per new
    // label or per new price shows in both, while the runtime's own one-off work done on this thread (a method tiering up
    // under parallel tests: 48 B once, on a different frame each run) does not come back.
    private static string Measure(Action<int> frame, int first, int count) => Measure(frame, first, count, out _);

    private static string Measure(Action<int> frame, int first, int count, out int last)
    {
        last = first + count - 1;
        var firstWindow = MeasureWindow(frame, first, count);
        if (firstWindow.Length == 0) return "";
        last += count;
        var secondWindow = MeasureWindow(frame, first + count, count);
        return secondWindow.Length == 0 ? "" : firstWindow + "then, in the next " + count + " frames: " + secondWindow;
    }

    private static string MeasureWindow(Action<int> frame, int first, int count)
    {
        var report = new System.Text.StringBuilder();
        for (var n = first; n < first + count; n++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            frame(n);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (bytes != 0) report.Append(System.Globalization.CultureInfo.InvariantCulture, $"{n}: {bytes} B; ");
        }
        return report.ToString();
    }
}
