using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets.Charts;

public class ChartTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static double[] Wave(int n) => Enumerable.Range(0, n).Select(i => 27000 + (Math.Sin(i / 6.0) * 40) + (i * 1.5)).ToArray();

    private static Candle[] Candles(int n)
    {
        var result = new Candle[n];
        var close = 27000.0;
        for (var i = 0; i < n; i++)
        {
            var open = close;
            close = open + (Math.Sin(i * 1.7) * 25) + ((i % 5) - 2) * 4;
            result[i] = new Candle(open, Math.Max(open, close) + 8 + (i % 3) * 5, Math.Min(open, close) - 6 - (i % 4) * 3, close, 10 + (i * 37 % 90));
        }
        return result;
    }

    [Fact]
    public void Charts_render_with_crosshair_in_both_themes()
    {
        Action<HeadlessWindow, Widget> cross = (w, _) => w.Root.DispatchPointerMove(new SKPoint(150, 70));
        using var strip = StateStrip.Render(320, 180, StateStrip.BothThemes,
            new("line", () => { var c = new LineChart(); c.SetValues(Wave(80)); return c; }, cross),
            new("area-with-gap", () =>
            {
                var c = new LineChart { IsArea = true };
                var v = Wave(80);
                for (var i = 30; i < 36; i++) v[i] = double.NaN;
                c.SetValues(v);
                return c;
            }),
            new("candles", () => { var c = new CandlestickChart(); c.SetCandles(Candles(60)); return c; }, cross));
        Goldens.AssertMatches(strip);
    }

    public static TheoryData<string, int, int> ChartKinds => new()
    {
        { "line", 320, 180 },
        { "line", 201, 97 },
        { "line-around-zero", 320, 180 },
        { "line-around-zero", 257, 133 },
        { "candles", 320, 180 },
        { "candles", 413, 150 },
        { "depth", 320, 180 },
        { "depth", 229, 121 },
    };

    private static ChartBase MakeChart(string kind) => kind switch
    {
        "line" => new LineChart().With(c => c.SetValues(Wave(80))),
        // Values just either side of zero: rounding put "-0" under the zero line before.
        "line-around-zero" => new LineChart().With(c => c.SetValues(Enumerable.Range(0, 40).Select(i => Math.Sin(i / 5.0) * 0.03 - 0.011))),
        "candles" => new CandlestickChart().With(c => c.SetCandles(Candles(60))),
        _ => new DepthChart().With(c => c.SetBook(
            Enumerable.Range(0, 20).Select(i => new DepthLevel(27000 - (i * 0.5), 0.2 + ((i * 7) % 5) * 0.3)).ToArray(),
            Enumerable.Range(0, 20).Select(i => new DepthLevel(27000.5 + (i * 0.5), 0.1 + ((i * 3) % 4) * 0.35)).ToArray())),
    };

    [Theory]
    [MemberData(nameof(ChartKinds))]
    public void Axis_labels_stay_inside_the_chart_and_never_read_minus_zero(string kind, int width, int height)
    {
        var chart = MakeChart(kind);
        using var window = new HeadlessWindow(chart, width, height);
        window.RenderFrame();
        // Zoomed and panned views put ticks at other places: check those too.
        window.Root.DispatchWheel(new SKPoint(width / 3f, height / 2f), new SKPoint(0, 2));
        var frames = new List<(List<(string, SKRect)> X, List<(string, SKRect)> Y)>();
        for (var frame = 0; frame < 2; frame++)
        {
            window.RenderFrame();
            var plotRight = width - 64;
            var plotBottom = height - 18;
            Assert.True(chart.XAxisLabels.Count >= 1, $"{kind}: no x labels");
            Assert.True(chart.YAxisLabels.Count >= 2, $"{kind}: fewer than two y labels");
            var previousRight = float.NegativeInfinity;
            foreach (var (text, r) in chart.XAxisLabels)
            {
                Assert.True(r.Left >= 0 && r.Right <= plotRight, $"{kind}: x label '{text}' at {r} leaves the plot's width 0..{plotRight}");
                Assert.True(r.Top >= plotBottom && r.Bottom <= height, $"{kind}: x label '{text}' at {r} leaves the axis band");
                Assert.True(r.Left > previousRight, $"{kind}: x label '{text}' overlaps its neighbour");
                previousRight = r.Right;
            }
            foreach (var (text, r) in chart.YAxisLabels)
            {
                Assert.DoesNotMatch(@"^-0(\.0*)?$", text);
                Assert.True(r.Top >= 0 && r.Bottom <= height && r.Left >= plotRight && r.Right <= width + 1, $"{kind}: y label '{text}' at {r} leaves the chart {width}x{height}");
            }
            window.Root.DispatchPointerDown(new SKPoint(width / 3f, height / 2f));
            window.Root.DispatchPointerMove(new SKPoint(width / 3f + 37, height / 2f), PointerButton.Left);
            window.Root.DispatchPointerUp(new SKPoint(width / 3f + 37, height / 2f));
        }
    }

    [Theory]
    [InlineData("line")]
    [InlineData("candles")]
    [InlineData("depth")]
    public void A_chart_squeezed_to_a_sliver_draws_without_throwing(string kind)
    {
        // A user shrinking the terminal's window to 300x200 left the chart a few pixels high: clamping a value label
        // between the top and the bottom of the chart threw (min above max) and the terminal crashed.
        foreach (var (width, height) in new[] { (400, 12), (400, 3), (30, 12), (1, 1) })
        {
            var chart = MakeChart(kind);
            using var window = new HeadlessWindow(chart, width, height);
            window.RenderFrame();
            window.Root.DispatchPointerMove(new SKPoint(width / 2f, height / 2f)); // the crosshair and its readout too
            window.RenderFrame();
        }
    }

    [Theory]
    [InlineData(-1e-15, 2, "0.00")]
    [InlineData(-0.0, 0, "0")]
    [InlineData(-0.004, 2, "0.00")]
    [InlineData(-0.005000001, 2, "-0.01")]
    [InlineData(27000.5, 1, "27000.5")]
    public void Tick_labels_print_negative_zero_as_zero(double value, int decimals, string expected)
        => Assert.Equal(expected, ChartTicks.Format(value, decimals));

    [Theory]
    [InlineData(4.87, 5)]
    [InlineData(5, 5)]
    [InlineData(5.2, 10)]
    [InlineData(0.013, 0.02)]
    [InlineData(17.5, 20)]
    [InlineData(0.1, 0.1)]
    public void Tick_steps_are_the_smallest_nice_step_not_below_the_minimum(double minimum, double expected)
        => Assert.Equal(expected, ChartTicks.StepAtLeast(minimum), 12);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Empty_or_NaN_series_show_the_empty_state(int kind)
    {
        ChartBase chart = kind switch
        {
            0 => new LineChart(),
            1 => new LineChart().With(c => c.SetValues([double.NaN, double.PositiveInfinity, double.NaN])),
            _ => new CandlestickChart().With(c => c.SetCandles([new Candle(double.NaN, 1, 0, 1, 5)])),
        };
        using var window = new HeadlessWindow(chart, 200, 100);
        window.Root.DispatchPointerMove(new SKPoint(50, 50));
        window.Root.DispatchWheel(new SKPoint(50, 50), new SKPoint(0, 1));
        window.Root.DispatchPointerDown(new SKPoint(50, 50));
        window.Root.DispatchPointerMove(new SKPoint(10, 50), PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(10, 50));
        using var frame = window.Capture();
        // The "No data" text is drawn in the muted colour somewhere in the middle band.
        var muted = Skia.Toolkit.Theming.Theme.Dark.TextMuted;
        var found = false;
        for (var x = 60; x < 140 && !found; x++)
        {
            for (var y = 40; y < 60 && !found; y++) found = frame.GetPixel(x, y) == muted;
        }
        Assert.True(found, "empty state text not drawn");
    }

    [Fact]
    public void A_single_flat_value_still_draws_a_line()
    {
        var chart = new LineChart();
        chart.SetValues([5, 5]);
        using var window = new HeadlessWindow(chart, 200, 100);
        using var frame = window.Capture();
        var found = false;
        for (var y = 0; y < 100 && !found; y++)
        {
            var p = frame.GetPixel(60, y);
            found = p.Blue > 150 && p.Red < 120; // the blue series stroke, anti-aliased; the dark surface has blue 0x24
        }
        Assert.True(found);
    }

    [Fact]
    public void Appending_a_point_repaints_the_chart_only_and_follows_the_end()
    {
        var chart = new LineChart { Height = 120 };
        chart.SetValues(Wave(50));
        var stack = new Stack();
        stack.Add(new Label("Header") { Height = 30 });
        stack.Add(chart);
        stack.Add(new Label("Footer") { Height = 30 });
        using var window = new HeadlessWindow(stack, 300, 200);
        window.RenderFrame();
        // Zoom in so the window is narrower than the data, then append: the view keeps the newest point.
        window.Root.DispatchWheel(new SKPoint(235, 60), new SKPoint(0, 2)); // at the right edge of the plot
        window.RenderFrame();
        Assert.True(chart.IsFollowingEnd);
        var count = chart.ViewCount;
        chart.Append(27200);
        Assert.False(window.Root.IsLayoutPending);
        var stats = window.RenderFrame();
        Assert.True(stats.PixelsRepainted <= 302 * 122, $"{stats.PixelsRepainted} px repainted for an append");
        Assert.Equal(51 - count, chart.ViewStart, 6);
    }

    [Fact]
    public void Wheel_zooms_around_the_pointer_and_drag_pans()
    {
        var chart = new CandlestickChart();
        chart.SetCandles(Candles(100));
        using var window = new HeadlessWindow(chart, 400, 200);
        window.RenderFrame();
        window.Root.DispatchWheel(new SKPoint(100, 100), new SKPoint(0, 3));
        Assert.True(chart.ViewCount < 60);
        var startAfterZoom = chart.ViewStart;
        window.Root.DispatchPointerDown(new SKPoint(100, 100));
        window.Root.DispatchPointerMove(new SKPoint(200, 100), PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(200, 100));
        Assert.True(chart.ViewStart < startAfterZoom, "dragging right should reveal older candles");
        Assert.False(chart.IsFollowingEnd);
        window.Root.DispatchWheel(new SKPoint(100, 100), new SKPoint(0, -30));
        Assert.Equal(100, chart.ViewCount);
        Assert.Contains("points=100", window.Root.ToMarkup());
    }
}

internal static class ChartTestExtensions
{
    public static T With<T>(this T chart, Action<T> configure)
    {
        configure(chart);
        return chart;
    }
}
