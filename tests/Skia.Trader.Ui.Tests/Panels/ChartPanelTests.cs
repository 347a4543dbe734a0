using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using static Skia.Trader.Ui.Tests.Panels.MarketData;

namespace Skia.Trader.Ui.Tests.Panels;

[Collection(Model.LanguageCollection.Name)] // the golden selects Chinese on the shared string table
public class ChartPanelTests
{
    [Fact]
    public void Trades_held_while_the_history_loads_continue_its_live_candle_without_counting_one_twice()
    {
        var chart = new ChartPanel(CandleInterval.OneMinute, UtcPlus2);
        using var window = new TestWindow(chart.View, 600, 320);
        var klines = Klines(30);
        long liveOpen = klines[^1].OpenTime;
        Assert.True(chart.IsLoading);

        // While the request is out: trade 500 is already counted by the klines, 501 and 502 are not; 503 opens the next minute.
        chart.AddTrades([
            Trade(500, liveOpen + 1_000, "64000.00", "9", false),
            Trade(501, liveOpen + 2_000, "70000.00", "0.5", false),
        ]);
        Assert.Equal(0, chart.Chart.Count);
        chart.ShowHistory(CandleInterval.OneMinute, klines, countedThroughTradeId: 500);
        chart.AddTrades([
            Trade(500, liveOpen + 1_000, "64000.00", "9", false), // a repeat of a counted trade (still queued): skipped
            Trade(502, liveOpen + 3_000, "69000.00", "0.25", true),
            Trade(503, liveOpen + 60_000, "68000.00", "1", true),
        ]);

        Assert.False(chart.IsLoading);
        Assert.Equal(31, chart.Chart.Count);
        var live = chart.Chart.Candles[29];
        Assert.Equal((double)klines[^1].Open.Raw / 1e8, live.Open);
        Assert.Equal(70000.0, live.High);
        Assert.Equal(69000.0, live.Close);
        Assert.Equal((klines[^1].Volume.Raw / 1e8) + 0.75, live.Volume, 8);
        Assert.Equal((double)klines[^1].Low.Raw / 1e8, live.Low); // 64,000 was counted already: the low is the kline's
        var next = chart.Chart.Candles[30];
        Assert.Equal(new Skia.Toolkit.Widgets.Charts.Candle(68000, 68000, 68000, 68000, 1) { Time = next.Time }, next);
        // The axis shows local times: the first kline opened 09:00 UTC, 11:00 in UTC+2.
        Assert.Equal(new DateTime(2026, 1, 2, 11, 0, 0), chart.Chart.TimeOf(0));
    }

    [Fact]
    public void Choosing_an_interval_asks_for_its_history_and_drops_an_answer_for_the_old_one()
    {
        var chart = new ChartPanel(CandleInterval.OneMinute, UtcPlus2);
        using var window = new TestWindow(chart.View, 600, 320);
        chart.ShowHistory(CandleInterval.OneMinute, Klines(10), -1);
        var asked = new List<CandleInterval>();
        chart.IntervalChanged += asked.Add;

        chart.IntervalBar.SelectedIndex = 2; // 5m
        Assert.Equal([CandleInterval.FiveMinutes], asked);
        Assert.True(chart.IsLoading);
        Assert.Equal(0, chart.Chart.Count);
        chart.ShowHistory(CandleInterval.OneMinute, Klines(10), -1); // the late answer of the 1m request
        Assert.True(chart.IsLoading);
        chart.ShowHistory(CandleInterval.FiveMinutes, Klines(12, 300_000), -1);
        Assert.Equal(12, chart.Chart.Count);
        Assert.Equal(["1s", "1m", "5m", "15m", "1h", "1d"], chart.IntervalBar.Items);
    }

    [Fact]
    public void After_a_click_on_an_interval_a_stray_arrow_key_does_not_change_it()
    {
        var chart = new ChartPanel(CandleInterval.OneMinute, UtcPlus2);
        using var window = new TestWindow(chart.View, 600, 320);
        window.RenderFrame();
        var asked = new List<CandleInterval>();
        chart.IntervalChanged += asked.Add;
        var bar = chart.IntervalBar.BoundsInWindow;
        window.Click(new SkiaSharp.SKPoint(bar.Left + (bar.Width * 2.5f / 6), bar.MidY)); // the third of six: 5m
        Assert.Equal([CandleInterval.FiveMinutes], asked);
        Assert.False(chart.IntervalBar.IsFocused);
        window.KeyPress(Key.Left);
        window.KeyPress(Key.End);
        Assert.Equal([CandleInterval.FiveMinutes], asked); // no second history asked for, 5m stays
        Assert.Equal(2, chart.IntervalBar.SelectedIndex);
    }

    [Fact]
    public void A_failed_history_is_said_and_the_chart_builds_from_trades()
    {
        var chart = new ChartPanel(CandleInterval.OneSecond, UtcPlus2);
        using var window = new TestWindow(chart.View, 600, 320);
        chart.AddTrades([Trade(1, Start + 10, "100", "1", false)]);
        chart.ShowHistoryFailed(CandleInterval.OneSecond, "connection refused");
        chart.AddTrades([Trade(2, Start + 1_010, "101", "1", false)]);

        Assert.Equal("No history: connection refused", chart.Status.Text);
        Assert.Equal(2, chart.Chart.Count);
    }

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    [InlineData("light", "zh-CN")]
    public void Chart_renders_history_and_the_live_candle_on_a_local_time_axis(string theme, string language)
    {
        using var _ = Language.Use(language);
        var chart = new ChartPanel(CandleInterval.OneMinute, UtcPlus2);
        using var window = new TestWindow(chart.View, 640, 320);
        window.Root.Theme = theme == "dark" ? Theme.Dark : Theme.Light;
        var klines = Klines(60);
        chart.ShowHistory(CandleInterval.OneMinute, klines, -1);
        long next = klines[^1].OpenTime + 60_000;
        chart.AddTrades([
            Trade(1, next + 5, "65150.00", "0.4", false),
            Trade(2, next + 900, "65420.00", "0.3", false),
            Trade(3, next + 1_900, "65300.00", "0.2", true),
        ]);
        RenderAssert.AssertRendersToImage(window, name: "Chart_" + theme + Language.GoldenSuffix(language));
    }
}
