using Skia.Toolkit.Rendering;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using static Skia.Trader.Ui.Tests.Panels.MarketData;

namespace Skia.Trader.Ui.Tests.Panels;

[Collection(Model.LanguageCollection.Name)] // the golden selects Chinese on the shared string table
public class TapePanelTests
{
    // Nine prints in arrival order: two pairs merge (same ms, side, price), one is large, one is large only once merged.
    private static readonly TradePrint[] Prints =
    [
        Trade(1, Start + 100, "64998.70", "0.01200", false),
        Trade(2, Start + 100, "64998.70", "0.00300", false), // merges into 1
        Trade(3, Start + 100, "64998.60", "0.04000", true),
        Trade(4, Start + 250, "64998.50", "1.25000", true),  // large
        Trade(5, Start + 400, "64999.10", "0.00077", false),
        Trade(6, Start + 400, "64999.10", "0.40000", false),
        Trade(7, Start + 400, "64999.10", "0.40000", false), // 5+6+7 merge to 0.80077: large
        Trade(8, Start + 1_003, "64999.00", "0.02500", true),
        Trade(9, Start + 1_090, "65000.00", "0.10000", false),
    ];

    private static TapePanel NewTape(out TapeModel model)
    {
        model = new TapeModel(100, Q("0.75"));
        var tape = new TapePanel(model, UtcPlus2);
        tape.SetDecimals(2, 5);
        return tape;
    }

    [Fact]
    public void Newest_print_is_on_top_with_merged_lines_and_local_times()
    {
        var tape = NewTape(out TapeModel model);
        using var window = new TestWindow(tape, 300, 220);
        tape.Add(Prints);

        Assert.Equal(6, model.Count);
        Assert.Equal(new TapeEntry(Start + 400, P("64999.10"), Q("0.80077"), false, 3, true), model[2]);
        Assert.True(model[3].IsLarge);
        Assert.False(model[0].IsLarge);
        // 09:00:01.090 UTC shown in the panel's zone (UTC+2), as the newest line.
        Assert.Contains("newest=\"11:00:01.090 65,000.00 0.10000 buy\"", window.ToMarkup(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    [InlineData("light", "zh-CN")]
    public void Tape_renders_sides_and_large_prints(string theme, string language)
    {
        using var scope = Language.Use(language);
        var tape = NewTape(out _);
        using var window = new TestWindow(tape, 300, 150);
        window.Root.Theme = theme == "dark" ? Theme.Dark : Theme.Light;
        tape.Add(Prints);
        RenderAssert.AssertRendersToImage(window, name: "Tape_" + theme + Language.GoldenSuffix(language));
    }

    [Fact]
    public void A_frame_with_a_new_batch_of_trades_allocates_nothing()
    {
        var tape = NewTape(out TapeModel model);
        using var window = new TestWindow(tape, 300, 600);
        var batch = new TradePrint[6];
        long id = 0, time = Start, repainted = 0, moved = 0;
        void NextFrame()
        {
            for (int i = 0; i < batch.Length; i++)
            {
                // Every other trade shares the previous one's millisecond, side and price (a merge); prices move.
                if (i % 2 == 0) time += 7;
                batch[i] = new TradePrint(++id, Price.FromRaw(6_500_000_000_000 + (time % 50 * 1_000_000)),
                    Quantity.FromRaw(100_000 + (id / 2 % 9 * 10_000_000)), time, time % 3 == 0);
            }
            tape.Add(batch);
            var stats = window.RenderFrame();
            repainted += stats.PixelsRepainted;
            moved += stats.PixelsMoved;
        }
        for (int frame = 0; frame < 300; frame++) NextFrame(); // fill the ring and warm the caches
        repainted = 0;
        moved = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int frame = 0; frame < 300; frame++) NextFrame();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(100, model.Count);
        // Every frame drew its new lines (at least the 20 px header and one 17 px line across the 300 px) and moved the older ones down.
        Assert.True(repainted >= 300L * 300 * (20 + 17), $"every frame drew its new lines ({repainted} px)");
        Assert.True(moved >= 300L * 300 * 17, $"every frame moved the older lines ({moved} px)");
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void New_lines_move_the_older_lines_and_the_tape_equals_one_drawn_from_scratch()
    {
        var tape = NewTape(out TapeModel model);
        using var window = new TestWindow(tape, 300, 600);
        var batch = new TradePrint[4];
        long id = 0, time = Start;
        FrameStats last = default;
        for (int frame = 0; frame < 60; frame++)
        {
            for (int i = 0; i < batch.Length; i++)
            {
                // Every other trade merges into the one before (same millisecond, side and price); some lines are large.
                if (i % 2 == 0) time += 7;
                batch[i] = new TradePrint(++id, Price.FromRaw(6_500_000_000_000 + (time % 50 * 1_000_000)),
                    Quantity.FromRaw(100_000 + (id / 2 % 9 * 10_000_000)), time, time % 3 == 0);
            }
            tape.Add(batch);
            last = window.RenderFrame();
        }

        // Two new lines a frame: the older lines' pixels moved, and only the header, the new lines, the merged one and
        // the strip under the last whole line were painted (not the 300 x 600 tape).
        Assert.True(last.PixelsMoved > 0, "the older lines were moved, not repainted");
        Assert.InRange(last.PixelsRepainted, 300 * (20 + (2 * 17)), 300 * 600 / 4);
        Assert.Contains(Enumerable.Range(0, model.Count), i => model[i].IsLarge);

        var fresh = new TapePanel(model, UtcPlus2);
        fresh.SetDecimals(2, 5);
        using var scratch = new TestWindow(fresh, 300, 600);
        scratch.RenderFrame();
        using var moved = window.Capture();
        using var drawn = scratch.Capture();
        int different = 0;
        for (int y = 0; y < drawn.Height; y++)
        {
            for (int x = 0; x < drawn.Width; x++)
            {
                if (moved.GetPixel(x, y) != drawn.GetPixel(x, y)) different++;
            }
        }
        Assert.Equal(0, different);
    }

    [Fact]
    public void A_frame_of_trades_through_tape_chart_and_header_allocates_nothing()
    {
        var tape = NewTape(out _);
        var chart = new ChartPanel(CandleInterval.OneMinute, UtcPlus2);
        var header = new HeaderPanel("BTCUSDT", "SIM");
        var page = new Skia.Toolkit.Widgets.Dock();
        page.Add(header.View, Skia.Toolkit.Widgets.DockSide.Top);
        page.Add(tape, Skia.Toolkit.Widgets.DockSide.Right);
        page.Add(chart.View, Skia.Toolkit.Widgets.DockSide.Top);
        using var window = new TestWindow(page, 1000, 500);
        header.ShowSymbol("BTCUSDT", 2, 5);
        var klines = Klines(ChartPanel.Capacity);
        chart.ShowHistory(CandleInterval.OneMinute, klines, -1);
        // The live minute after the history: a steady stream of trades updates it (the screen's ApplyTrades path).
        long minute = klines[^1].OpenTime + 60_000, id = 0, time = minute;
        var batch = new TradePrint[6];
        void NextFrame()
        {
            for (int i = 0; i < batch.Length; i++)
            {
                time += 7;
                batch[i] = new TradePrint(++id, Price.FromRaw(6_520_000_000_000 + (id * 37 % 200 * 1_000_000)), Quantity.FromRaw(1_000_000), time, id % 2 == 0);
            }
            tape.Add(batch);
            chart.AddTrades(batch);
            header.ShowLast(batch[^1].Price, Theme.Dark.Positive, Theme.Dark.Negative);
            window.RenderFrame();
        }
        for (int frame = 0; frame < 300; frame++) NextFrame();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int frame = 0; frame < 300; frame++) NextFrame();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(time < minute + 60_000, "all trades in the live minute");
        Assert.Equal(ChartPanel.Capacity, chart.Chart.Count); // full: the oldest kline made room for the live minute
        Assert.Equal(minute, chart.Series.Live!.Value.OpenTime);
        Assert.Equal(0, allocated);
    }
}
