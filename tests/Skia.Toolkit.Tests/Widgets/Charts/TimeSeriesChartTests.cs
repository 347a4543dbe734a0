using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets.Charts;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets.Charts;

/// <summary>Live dashboards: rolling windows, real times on the axes and crosshair, a settable view.</summary>
public class TimeSeriesChartTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static readonly DateTime Start = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    // A feed at 500 points a second: one point every 2 ms.
    private static DateTime FeedTime(int i) => Start.AddTicks(i * TimeSpan.TicksPerMillisecond * 2);

    private static double Price(int i) => 27000 + (Math.Sin(i / 40.0) * 30) + (i * 0.01);

    private static Candle Minute(int i)
    {
        var open = Price(i * 10);
        var close = Price((i * 10) + 9);
        return new Candle(open, Math.Max(open, close) + 4, Math.Min(open, close) - 3, close, 10 + (i * 37 % 90)) { Time = Start.AddMinutes(i) };
    }

    [Fact]
    public void A_line_chart_at_capacity_keeps_the_newest_points_and_drops_the_oldest()
    {
        var chart = new LineChart { Capacity = 100 };
        for (var i = 0; i < 250; i++) chart.Append(FeedTime(i), i);
        Assert.Equal(100, chart.Count);
        Assert.Equal(150, chart.FirstPointNumber);
        Assert.Equal(Enumerable.Range(150, 100).Select(i => (double)i), chart.Values);
        Assert.Equal(FeedTime(150), chart.TimeOf(0));
        Assert.Equal(FeedTime(249), chart.TimeOf(99));

        // Lowering the capacity drops the oldest at once; raising it keeps what is there and lets it grow again.
        chart.Capacity = 10;
        Assert.Equal(Enumerable.Range(240, 10).Select(i => (double)i), chart.Values);
        chart.Capacity = 20;
        for (var i = 250; i < 260; i++) chart.Append(FeedTime(i), i);
        Assert.Equal(Enumerable.Range(240, 20).Select(i => (double)i), chart.Values);
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.Capacity = 0);
    }

    [Fact]
    public void A_candlestick_chart_at_capacity_keeps_the_newest_candles_and_updates_the_live_one()
    {
        var chart = new CandlestickChart { Capacity = 30 };
        for (var i = 0; i < 45; i++) chart.Append(Minute(i));
        Assert.Equal(30, chart.Count);
        Assert.Equal(Minute(15), chart.Candles[0]);
        Assert.Equal(Minute(44), chart.Candles[^1]);
        var live = Minute(44) with { Close = 1 };
        chart.UpdateLast(live);
        Assert.Equal(live, chart.Candles[29]);
        Assert.Equal(30, chart.Count);
        Assert.Equal(Start.AddMinutes(15), chart.TimeOf(0));

        // Replacing the series numbers the points from 0 again and keeps the newest Capacity of them.
        chart.SetCandles(Enumerable.Range(0, 40).Select(Minute));
        Assert.Equal(30, chart.Count);
        Assert.Equal(10, chart.FirstPointNumber);
        Assert.Equal(Minute(10), chart.Candles[0]);
    }

    [Fact]
    public void Appending_to_full_charts_allocates_nothing()
    {
        var line = new LineChart { Capacity = 5_000, Height = 150 };
        var candles = new CandlestickChart { Capacity = 500, Height = 150 };
        var stack = new Skia.Toolkit.Widgets.Stack();
        stack.Add(line);
        stack.Add(candles);
        using var window = new HeadlessWindow(stack, 400, 300);
        for (var i = 0; i < 5_000; i++) line.Append(FeedTime(i), Price(i));
        for (var i = 0; i < 500; i++) candles.Append(Minute(i));
        line.ShowLatest(1_000);
        candles.ShowLatest(TimeSpan.FromMinutes(30)); // a window by time: bisected on every append
        window.RenderFrame();

        // One second of a 500-per-second feed, and 500 candle updates, on full charts in a live window.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 5_000; i < 5_500; i++)
        {
            line.Append(FeedTime(i), Price(i));
            candles.UpdateLast(Minute(i - 1)); // the live candle changes, its time stays in order
            candles.Append(Minute(i));
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(5_000, line.Count);
        Assert.Equal(500, candles.Count);
        Assert.Equal(Price(5_499), line.Values[^1]);
        Assert.Equal(31, candles.ViewCount); // 30 minutes back from the newest candle's time, both ends in
    }

    [Fact]
    public void A_live_chart_formats_only_the_axis_labels_that_come_into_view()
    {
        var line = new LineChart { Capacity = 5_000 };
        using var window = new HeadlessWindow(line, 400, 200);
        var n = 0;
        for (; n < 5_000; n++) line.Append(FeedTime(n), Price(n));
        line.ShowLatest(1_000);
        void Frame()
        {
            // 8 points a frame: 500 points a second at 60 frames a second.
            for (var k = 0; k < 8; k++, n++) line.Append(FeedTime(n), Price(n));
            window.RenderFrame();
        }
        for (var f = 0; f < 30; f++) Frame(); // warm-up: the text caches learn the labels in view

        var perFrame = new long[120];
        for (var f = 0; f < perFrame.Length; f++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Frame();
            perFrame[f] = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        // Ticks stay on their points while the data scrolls, so a frame formats a label (a string of 60 B or more,
        // and its text layout) only when a tick comes into view: every 100 points or so here. The rest of a frame
        // allocates at most the drawn path's wrapper object (SKPathBuilder.Snapshot).
        var quiet = perFrame.Count(b => b < 128);
        Assert.True(quiet >= perFrame.Length * 3 / 4, $"only {quiet} of {perFrame.Length} frames allocated under 128 B: {string.Join(", ", perFrame)}");
    }

    [Fact]
    public void The_x_axis_of_a_timed_candlestick_chart_reads_times_of_its_candles()
    {
        var chart = new CandlestickChart();
        chart.SetCandles(Enumerable.Range(0, 60).Select(Minute));
        using var window = new HeadlessWindow(chart, 420, 200);
        window.RenderFrame();
        var times = Enumerable.Range(0, 60).Select(i => Start.AddMinutes(i).ToString("HH:mm", CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(chart.XAxisLabels.Count >= 2, "fewer than two x labels");
        foreach (var (text, _) in chart.XAxisLabels) Assert.Contains(text, times);
        Assert.Contains("09:00", chart.XAxisLabels.Select(l => l.Text));
    }

    [Fact]
    public void The_markup_tells_the_times_on_the_x_axis_and_the_readout_under_the_crosshair()
    {
        var chart = new CandlestickChart();
        chart.SetCandles(Enumerable.Range(0, 60).Select(Minute));
        using var window = new TestWindow(chart, 420, 200);
        window.RenderFrame();
        Assert.Matches(@" x-labels=09:00(\|09:\d\d)+(\s|$)", window.ToMarkup());
        Assert.DoesNotContain("readout=", window.ToMarkup());
        window.MoveTo(3, 80);
        window.RenderFrame();
        Assert.Contains(" readout=\"09:00  O ", window.ToMarkup());
    }

    [Fact]
    public void A_rolling_line_chart_labels_its_axis_with_kept_times_as_precisely_as_the_ticks_need()
    {
        var chart = new LineChart { Capacity = 1_000 };
        for (var i = 0; i < 3_000; i++) chart.Append(FeedTime(i), Price(i));
        using var window = new HeadlessWindow(chart, 420, 200);
        window.RenderFrame();
        // Kept: points 2000..2999, 09:00:04.000 to 09:00:05.998. All of them: ticks a second apart read seconds.
        var seconds = Enumerable.Range(2_000, 1_000).Select(i => FeedTime(i).ToString("HH:mm:ss", CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(chart.XAxisLabels.Count >= 2, "fewer than two x labels");
        foreach (var (text, _) in chart.XAxisLabels) Assert.Contains(text, seconds);

        // The newest 100 points (200 ms): ticks fractions of a second apart read milliseconds.
        chart.ShowLatest(100);
        window.RenderFrame();
        var milliseconds = Enumerable.Range(2_900, 100).Select(i => FeedTime(i).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(chart.XAxisLabels.Count >= 2, "fewer than two x labels when zoomed");
        foreach (var (text, _) in chart.XAxisLabels) Assert.Contains(text, milliseconds);
    }

    [Fact]
    public void The_crosshair_reads_the_time_of_the_point_under_the_pointer()
    {
        var candles = new CandlestickChart();
        candles.SetCandles(Enumerable.Range(0, 60).Select(Minute));
        using (var window = new HeadlessWindow(candles, 420, 200))
        {
            // The plot is 356 px wide for 60 candles: x = 3 px is the first candle's slot, the right edge the last's.
            window.Root.DispatchPointerMove(new SKPoint(3, 80));
            window.RenderFrame();
            Assert.StartsWith("09:00  O ", candles.LastReadout);
            window.Root.DispatchPointerMove(new SKPoint(353, 80));
            window.RenderFrame();
            Assert.StartsWith("09:59  O ", candles.LastReadout);
        }

        var line = new LineChart { Capacity = 100 };
        for (var i = 0; i < 250; i++) line.Append(FeedTime(i), i);
        using (var window = new HeadlessWindow(line, 420, 200))
        {
            window.Root.DispatchPointerMove(new SKPoint(1, 80));
            window.RenderFrame();
            Assert.Equal("09:00:00.300  150", line.LastReadout);
        }
    }

    [Fact]
    public void Untimed_points_keep_their_number_on_the_axis_and_in_the_readout_as_older_ones_go()
    {
        var chart = new LineChart { Capacity = 100 };
        for (var i = 0; i < 250; i++) chart.Append(i * 0.5);
        using var window = new HeadlessWindow(chart, 420, 200);
        window.Root.DispatchPointerMove(new SKPoint(1, 80));
        window.RenderFrame();
        Assert.Equal("#150  75", chart.LastReadout);
        foreach (var (text, _) in chart.XAxisLabels)
        {
            var number = int.Parse(text, CultureInfo.InvariantCulture);
            Assert.InRange(number, 150, 249);
        }
    }

    [Fact]
    public void A_time_format_of_the_callers_choice_labels_the_axis_and_the_readout()
    {
        var chart = new CandlestickChart { TimeFormat = (t, _) => t.ToString("HH'h'mm", CultureInfo.InvariantCulture) };
        chart.SetCandles(Enumerable.Range(0, 60).Select(Minute));
        using var window = new HeadlessWindow(chart, 420, 200);
        window.Root.DispatchPointerMove(new SKPoint(3, 80));
        window.RenderFrame();
        Assert.All(chart.XAxisLabels, l => Assert.Matches(@"^09h\d\d$", l.Text));
        Assert.StartsWith("09h00  ", chart.LastReadout);
    }

    [Fact]
    public void ShowLatest_follows_the_newest_points_and_SetView_holds_still_until_its_points_are_dropped()
    {
        var chart = new LineChart { Capacity = 100 };
        chart.ShowLatest(50);
        for (var i = 0; i < 30; i++) chart.Append(FeedTime(i), i);
        Assert.Equal(30, chart.ViewCount); // all there is, until there are 50
        for (var i = 30; i < 250; i++) chart.Append(FeedTime(i), i);
        Assert.Equal(50, chart.ViewCount);
        Assert.Equal(200, chart.ViewStart);
        Assert.True(chart.IsFollowingEnd);

        chart.SetView(170, 20);
        chart.Append(FeedTime(250), 250);
        Assert.False(chart.IsFollowingEnd);
        Assert.Equal(170, chart.ViewStart);
        Assert.Equal(20, chart.ViewCount);
        for (var i = 251; i < 300; i++) chart.Append(FeedTime(i), i);
        Assert.Equal(200, chart.ViewStart); // point 170 is gone: the view stands on the oldest kept point
        Assert.Equal(200, chart.FirstPointNumber);

        chart.SetView(1_000, 20); // past the end: clamped to the newest 20, and following them
        Assert.True(chart.IsFollowingEnd);
        Assert.Equal(280, chart.ViewStart);
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.SetView(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.ShowLatest(double.NaN));
    }

    [Fact]
    public void ShowLatest_by_time_keeps_the_newest_span_of_time_in_view_whatever_the_rate()
    {
        var chart = new LineChart { Capacity = 10_000 };
        using var window = new HeadlessWindow(chart, 420, 200);
        chart.ShowLatest(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 2_000; i++) chart.Append(FeedTime(i), i); // 500 a second: 09:00:00.000 .. 09:00:03.998
        // Points from 09:00:02.998 to 09:00:03.998: 501 of them.
        Assert.Equal(501, chart.ViewCount);
        Assert.Equal(1_499, chart.ViewStart);
        window.RenderFrame();
        Assert.All(chart.XAxisLabels, l => Assert.Matches(@"^09:00:0[23]\.\d{3}$", l.Text));

        // The feed slows to 50 a second: the window still spans one second, now of fewer points.
        var last = FeedTime(1_999);
        for (var i = 1; i <= 100; i++) chart.Append(last.AddMilliseconds(20 * i), i);
        Assert.Equal(51, chart.ViewCount);
        Assert.True(chart.IsFollowingEnd);

        // Zooming ends it: the width stays where the wheel put it as points arrive.
        window.Root.DispatchWheel(new SKPoint(300, 80), new SKPoint(0, -1));
        var zoomed = chart.ViewCount;
        for (var i = 101; i <= 200; i++) chart.Append(last.AddMilliseconds(20 * i), i);
        Assert.Equal(zoomed, chart.ViewCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.ShowLatest(TimeSpan.Zero));
    }

    [Fact]
    public void Panning_a_rolling_chart_moves_the_view_and_the_axis_labels_with_the_data()
    {
        var chart = new CandlestickChart { Capacity = 120 };
        for (var i = 0; i < 200; i++) chart.Append(Minute(i));
        chart.ShowLatest(40);
        using var window = new HeadlessWindow(chart, 420, 200);
        window.RenderFrame();
        var latest = chart.XAxisLabels.Select(l => l.Text).ToArray();
        window.Root.DispatchPointerDown(new SKPoint(100, 80));
        window.Root.DispatchPointerMove(new SKPoint(300, 80), PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(300, 80));
        window.RenderFrame();
        Assert.False(chart.IsFollowingEnd);
        var earlier = chart.XAxisLabels.Select(l => l.Text).ToArray();
        Assert.NotEqual(latest, earlier);
        Assert.True(string.CompareOrdinal(earlier[0], latest[0]) < 0, $"panned right, the labels should be earlier: {earlier[0]} vs {latest[0]}");
    }

    [Fact]
    public void Timed_charts_render_times_on_axes_and_crosshair_in_both_themes()
    {
        Action<HeadlessWindow, Widget> cross = (w, _) => w.Root.DispatchPointerMove(new SKPoint(150, 70));
        using var strip = StateStrip.Render(360, 180, StateStrip.BothThemes,
            new("rolling-line", () =>
            {
                var c = new LineChart { Capacity = 600 };
                for (var i = 0; i < 1_500; i++) c.Append(FeedTime(i), Price(i));
                return c;
            }, cross),
            new("minute-candles", () => { var c = new CandlestickChart(); c.SetCandles(Enumerable.Range(0, 50).Select(Minute)); return c; }, cross));
        Goldens.AssertMatches(strip);
    }
}
