using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets.Charts;

public class DepthChartTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static DepthLevel[] Bids(int n) => Enumerable.Range(0, n).Select(i => new DepthLevel(27000 - (i * 0.5), 0.2 + ((i * 7) % 5) * 0.3)).ToArray();

    private static DepthLevel[] Asks(int n) => Enumerable.Range(0, n).Select(i => new DepthLevel(27000.5 + (i * 0.5), 0.1 + ((i * 3) % 4) * 0.35)).ToArray();

    private static DepthChart Book(int levels)
    {
        var chart = new DepthChart();
        chart.SetBook(Bids(levels), Asks(levels));
        return chart;
    }

    [Fact]
    public void Depth_chart_renders_with_crosshair_in_both_themes()
    {
        Action<HeadlessWindow, Widget> cross = (w, _) => w.Root.DispatchPointerMove(new SKPoint(200, 90));
        using var strip = StateStrip.Render(320, 180, StateStrip.BothThemes,
            new("depth", () => Book(20)),
            new("depth-crosshair", () => Book(20), cross));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void Cumulative_sizes_grow_outwards_from_the_mid_and_bad_levels_are_skipped()
    {
        var chart = new DepthChart();
        chart.SetBook(
            [new(100, 1), new(99, 2), new(98, double.NaN), new(97, 0), new(96, 3)],
            [new(101, 0.5), new(double.PositiveInfinity, 1), new(102, 1.5)]);
        Assert.Equal(3, chart.BidCount);
        Assert.Equal(2, chart.AskCount);
        // Bids furthest first: 96 (1+2+3), 99 (1+2), 100 (1); then asks 101 (0.5), 102 (0.5+1.5).
        Assert.Equal([96, 99, 100, 101, 102], Enumerable.Range(0, 5).Select(chart.PriceAt));
        Assert.Equal([6, 3, 1, 0.5, 2], Enumerable.Range(0, 5).Select(chart.CumulativeAt));
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.PriceAt(5));
    }

    [Fact]
    public void Bids_are_green_on_the_left_and_asks_red_on_the_right()
    {
        using var window = new HeadlessWindow(Book(20), 320, 180);
        using var frame = window.Capture();
        var theme = Skia.Toolkit.Theming.Theme.Dark;
        // Near the bottom of the plot both areas are filled: bids left of the middle, asks right of it.
        var left = frame.GetPixel(40, 150);
        var right = frame.GetPixel(220, 150);
        Assert.True(left.Green > left.Red + 40, $"bid area {left} is not green ({theme.Positive})");
        Assert.True(right.Red > right.Green + 40, $"ask area {right} is not red ({theme.Negative})");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_empty_or_unusable_book_shows_the_empty_state(bool unusable)
    {
        var chart = new DepthChart();
        if (unusable) chart.SetBook([new(double.NaN, 1), new(100, -1)], [new(101, double.NaN)]);
        else chart.SetBook([], []);
        using var window = new HeadlessWindow(chart, 200, 100);
        window.Root.DispatchPointerMove(new SKPoint(50, 50));
        window.Root.DispatchWheel(new SKPoint(50, 50), new SKPoint(0, 1));
        using var frame = window.Capture();
        var muted = Skia.Toolkit.Theming.Theme.Dark.TextMuted;
        var found = false;
        for (var x = 60; x < 140 && !found; x++)
        {
            for (var y = 40; y < 60 && !found; y++) found = frame.GetPixel(x, y) == muted;
        }
        Assert.True(found, "empty state text not drawn");
    }

    [Fact]
    public void Updating_the_book_allocates_nothing_after_warm_up()
    {
        var chart = new DepthChart();
        var bids = Bids(50);
        var asks = Asks(50);
        chart.SetBook(bids, asks);
        chart.SetBook(bids.AsSpan(0, 30), asks.AsSpan(0, 40));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) chart.SetBook(bids.AsSpan(0, 20 + (i % 30)), asks.AsSpan(0, 50 - (i % 30)));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Updating_the_book_repaints_the_chart_only()
    {
        var chart = new DepthChart { Height = 120 };
        chart.SetBook(Bids(20), Asks(20));
        var stack = new Stack();
        stack.Add(new Label("Header") { Height = 30 });
        stack.Add(chart);
        stack.Add(new Label("Footer") { Height = 30 });
        using var window = new HeadlessWindow(stack, 300, 200);
        window.RenderFrame();
        chart.SetBook(Bids(25), Asks(15));
        Assert.False(window.Root.IsLayoutPending);
        var stats = window.RenderFrame();
        Assert.True(stats.PixelsRepainted > 0);
        Assert.True(stats.PixelsRepainted <= 302 * 122, $"{stats.PixelsRepainted} px repainted for a book update");
    }
}
