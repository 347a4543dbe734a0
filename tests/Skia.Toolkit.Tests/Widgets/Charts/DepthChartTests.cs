using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
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
            new("depth-crosshair", () => Book(20), cross),
            new("uneven-gaps", () =>
            {
                // Levels far apart on the bid side and close on the ask side: the x axis is price, not level.
                var c = new DepthChart();
                c.SetBook([new(27000, 2), new(26990, 1), new(26950, 4)], [new(27001, 0.5), new(27002, 1), new(27004, 1), new(27010, 3)]);
                return c;
            }, cross),
            new("bids-only", () =>
            {
                var c = new DepthChart();
                c.SetBook(Bids(10), []);
                return c;
            }));
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
        // Sorted by price, bids furthest first: 96 (1+2+3), 99 (1+2), 100 (1); then asks 101 (0.5), 102 (0.5+1.5).
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

    private static DepthChart Sparse()
    {
        var chart = new DepthChart();
        // Bids 100 (1), 99 (2), 90 (4); asks 101 (1), 110 (5): the mid is 100.5 and the window 100.5 +- 9.5 * 1.05.
        chart.SetBook([new(100, 1), new(99, 2), new(90, 4)], [new(101, 1), new(110, 5)]);
        return chart;
    }

    // The pixel column of a price in a chart filling a window (plot from x = 0 to width - 64).
    private static int ColumnOf(DepthChart chart, double price, int width)
        => (int)Math.Round((price - chart.ViewStart) / chart.ViewCount * (width - 64));

    // The highest pixel row of a column whose colour is the side's fill (green or red dominant).
    private static int TopOfFill(SKBitmap frame, int x, bool green)
    {
        for (var y = 0; y < frame.Height - 18; y++)
        {
            var p = frame.GetPixel(x, y);
            if (green ? p.Green > p.Red + 30 : p.Red > p.Green + 30) return y;
        }
        return -1;
    }

    [Fact]
    public void The_x_axis_is_price_centred_on_the_mid()
    {
        var chart = Sparse();
        Assert.Equal(100.5, chart.MidPrice, 9);
        Assert.Equal(100.5, chart.ViewStart + (chart.ViewCount / 2), 9);
        Assert.True(chart.ViewStart < 90 && chart.ViewStart + chart.ViewCount > 110, $"window {chart.ViewStart}+{chart.ViewCount} does not hold every level");
        using var window = new HeadlessWindow(chart, 464, 218);
        using var frame = window.Capture();
        // Between 99 and 90 the bid depth is 1+2 = 3; beyond 90 it is 7; between 100 and 100.5 there are no bids.
        // By price, 95 is far left of the mid; by level index it would be next to it.
        var at95 = TopOfFill(frame, ColumnOf(chart, 95, 464), green: true);
        var at89 = TopOfFill(frame, ColumnOf(chart, 89.5, 464), green: true);
        Assert.True(at95 > 0 && at89 > 0, "no bid area at 95 or 89.5");
        var bottom = frame.Height - 18;
        // Heights above the plot's bottom (depth 0) are proportional to depth: 3 against 7.
        var ratio = (double)(bottom - at95) / (bottom - at89);
        Assert.InRange(ratio, 3.0 / 7 - 0.05, 3.0 / 7 + 0.05);
        Assert.Equal(-1, TopOfFill(frame, ColumnOf(chart, 100.3, 464), green: true));
        // Asks: 1 from 101 to 110, then 6 beyond.
        var at105 = TopOfFill(frame, ColumnOf(chart, 105, 464), green: false);
        var at110 = TopOfFill(frame, ColumnOf(chart, 110.5, 464), green: false);
        Assert.InRange((double)(bottom - at105) / (bottom - at110), 1.0 / 6 - 0.04, 1.0 / 6 + 0.04);
    }

    [Fact]
    public void Depth_at_a_price_counts_every_level_at_that_price_or_better()
    {
        var chart = Sparse();
        Assert.Equal(1, chart.BidDepthAt(100));
        Assert.Equal(0, chart.BidDepthAt(100.2));
        Assert.Equal(3, chart.BidDepthAt(95));
        Assert.Equal(7, chart.BidDepthAt(80));
        Assert.Equal(0, chart.AskDepthAt(100.9));
        Assert.Equal(1, chart.AskDepthAt(109.99));
        Assert.Equal(6, chart.AskDepthAt(1000));
    }

    [Theory]
    [InlineData(2, @"^\d+\.\d\d$")]
    [InlineData(0, @"^\d+$")]
    public void Axis_labels_are_nice_prices_with_the_price_decimals(int decimals, string pattern)
    {
        var chart = new DepthChart { PriceDecimals = decimals };
        chart.SetBook(Bids(20), Asks(20));
        using var window = new HeadlessWindow(chart, 320, 180);
        window.RenderFrame();
        var labels = chart.XAxisLabels;
        Assert.True(labels.Count >= 2, $"{labels.Count} x labels");
        var prices = labels.Select(l => double.Parse(l.Text, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var (text, _) in labels) Assert.Matches(pattern, text);
        // Nice ticks: equally spaced by 1, 2 or 5 times a power of ten, inside the price window, increasing.
        var step = prices[1] - prices[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
        for (var i = 1; i < prices.Length; i++) Assert.Equal(0, Math.IEEERemainder(prices[i] - prices[0], step), 6);
        Assert.All(prices, p => Assert.InRange(p, chart.ViewStart, chart.ViewStart + chart.ViewCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.PriceDecimals = 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.PriceDecimals = -1);
    }

    [Fact]
    public void The_crosshair_reads_out_price_and_cumulative_quantity()
    {
        var chart = Sparse();
        using var window = new HeadlessWindow(chart, 464, 218);
        window.RenderFrame();
        window.Root.DispatchPointerMove(new SKPoint(ColumnOf(chart, 95, 464), 100));
        window.RenderFrame();
        Assert.Matches(@"^Bid 9[45]\.\d\d  Σ 3$", chart.LastReadout);
        window.Root.DispatchPointerMove(new SKPoint(ColumnOf(chart, 111, 464), 100));
        window.RenderFrame();
        Assert.Matches(@"^Ask 11[01]\.\d\d  Σ 6$", chart.LastReadout);
        window.Root.DispatchPointerMove(new SKPoint(ColumnOf(chart, 100.2, 464), 100));
        window.RenderFrame();
        Assert.Matches(@"^Bid 100\.\d\d  Σ 0$", chart.LastReadout);
    }

    [Fact]
    public void The_mid_shows_one_more_decimal_only_when_it_falls_between_ticks()
    {
        var chart = new DepthChart { PriceDecimals = 2 };
        chart.SetBook([new(27000.00, 1)], [new(27000.50, 1)]);
        Assert.Equal(27000.25, chart.MidPrice, 9);
        chart.SetBook([new(27000.00, 1)], [new(27000.01, 1)]);
        Assert.Equal(27000.005, chart.MidPrice, 9);
        using var window = new HeadlessWindow(chart, 320, 180);
        window.RenderFrame();
        Assert.Contains("points=2", window.Root.ToMarkup());
    }

    [Theory]
    [InlineData("bids-only")]
    [InlineData("asks-only")]
    [InlineData("one-level")]
    [InlineData("one-each")]
    [InlineData("crossed")]
    [InlineData("duplicates")]
    [InlineData("unsorted")]
    [InlineData("same-price")]
    [InlineData("nan-mixed")]
    public void Odd_books_draw_without_crashing(string kind)
    {
        var chart = new DepthChart();
        DepthLevel[] bids, asks;
        switch (kind)
        {
            case "bids-only": bids = Bids(5); asks = []; break;
            case "asks-only": bids = []; asks = Asks(5); break;
            case "one-level": bids = [new(100, 1)]; asks = []; break;
            case "one-each": bids = [new(100, 1)]; asks = [new(101, 2)]; break;
            case "crossed": bids = [new(102, 1), new(101, 1), new(99, 2)]; asks = [new(100, 1), new(103, 2)]; break;
            case "duplicates": bids = [new(100, 1), new(100, 2), new(99, 1)]; asks = [new(101, 1), new(101, 1)]; break;
            case "unsorted": bids = [new(98, 1), new(100, 2), new(99, 1)]; asks = [new(103, 1), new(101, 1)]; break;
            case "same-price": bids = [new(100, 1)]; asks = [new(100, 1)]; break;
            default: bids = [new(double.NaN, 1), new(100, double.NaN), new(99, 1)]; asks = [new(101, double.PositiveInfinity), new(double.NegativeInfinity, 1), new(102, 3)]; break;
        }
        chart.SetBook(bids, asks);
        using var window = new HeadlessWindow(chart, 320, 180);
        window.RenderFrame();
        // Crosshair, zoom and pan over the whole plot: none may throw or draw outside the chart.
        for (var x = 2; x < 250; x += 31)
        {
            window.Root.DispatchPointerMove(new SKPoint(x, 80));
            window.RenderFrame();
            Assert.NotNull(chart.LastReadout);
            Assert.DoesNotContain("NaN", chart.LastReadout);
            Assert.DoesNotContain("∞", chart.LastReadout);
        }
        window.Root.DispatchWheel(new SKPoint(120, 80), new SKPoint(0, 40));
        window.Root.DispatchPointerDown(new SKPoint(120, 80));
        window.Root.DispatchPointerMove(new SKPoint(20, 80), PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(20, 80));
        window.RenderFrame();
        Assert.True(chart.ViewCount > 0 && double.IsFinite(chart.ViewStart));
        window.Root.DispatchWheel(new SKPoint(120, 80), new SKPoint(0, -80));
        using var frame = window.Capture();
        // Something of the book is drawn: a green or red area pixel above the x axis.
        var found = false;
        for (var x = 0; x < 256 && !found; x += 2)
        {
            for (var y = 40; y < 160 && !found; y += 2)
            {
                var p = frame.GetPixel(x, y);
                found = Math.Abs(p.Green - p.Red) > 30;
            }
        }
        Assert.True(found, $"no depth area drawn for {kind}");
    }

    [Fact]
    public void Duplicate_and_unsorted_levels_add_up_by_price()
    {
        var chart = new DepthChart();
        chart.SetBook([new(98, 1), new(100, 2), new(100, 0.5), new(99, 1)], [new(103, 1), new(101, 1), new(101, 2)]);
        Assert.Equal(4.5, chart.BidDepthAt(98));
        Assert.Equal(2.5, chart.BidDepthAt(100));
        Assert.Equal(3, chart.AskDepthAt(101));
        Assert.Equal(4, chart.AskDepthAt(103));
        Assert.Equal(100.5, chart.MidPrice, 9);
    }

    [Fact]
    public void A_crossed_book_has_its_mid_between_the_best_prices()
    {
        var chart = new DepthChart();
        chart.SetBook([new(102, 1), new(99, 2)], [new(100, 1), new(103, 2)]);
        Assert.Equal(101, chart.MidPrice, 9);
        Assert.True(chart.ViewStart <= 99 && chart.ViewStart + chart.ViewCount >= 103);
    }

    [Fact]
    public void A_dense_book_looks_like_the_same_depth_in_fewer_levels()
    {
        // Book A: 200 levels a side, 0.5 apart, quantity 4 each. Book B: the same depth with every level split into
        // four a hundred-thousandth of a pixel apart, quantity 1 each: 800 a side, many of them closer together
        // than the chart merges (DepthChart.MergeWithin). B must draw A's picture: same areas, same outline, same heights.
        static DepthLevel[] Side(double best, double direction, int split)
        {
            var levels = new DepthLevel[200 * split];
            for (var i = 0; i < 200; i++)
            {
                for (var k = 0; k < split; k++) levels[(i * split) + k] = new DepthLevel(best + (direction * ((i * 0.5) + (k * 1e-6))), 4.0 / split);
            }
            return levels;
        }
        SKBitmap Render(int split)
        {
            var chart = new DepthChart();
            chart.SetBook(Side(27000, -1, split), Side(27000.5, 1, split));
            using var window = new HeadlessWindow(chart, 320, 180);
            return window.Capture();
        }
        using var coarse = Render(1);
        using var dense = Render(4);

        var differing = 0;
        for (var y = 0; y < coarse.Height; y++)
        {
            for (var x = 0; x < coarse.Width; x++)
            {
                SKColor a = coarse.GetPixel(x, y), b = dense.GetPixel(x, y);
                var delta = Math.Max(Math.Max(Math.Abs(a.Red - b.Red), Math.Abs(a.Green - b.Green)), Math.Abs(a.Blue - b.Blue));
                if (delta > 8) differing++;
            }
        }
        Assert.True(differing <= 20, $"{differing} pixels differ by more than 8 levels between the dense book and its coarse equal");
    }
}
