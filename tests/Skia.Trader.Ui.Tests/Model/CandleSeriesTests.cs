using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Ui.Model;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Model;

public class CandleSeriesTests
{
    private static readonly long Minute = 60_000;
    private static readonly long T0 = 1_700_000_040_000; // a minute boundary (1700000040000 % 60000 == 0)

    [Fact]
    public void The_live_candle_is_built_from_trades_and_rolls_over_at_the_interval_boundary_in_exchange_time()
    {
        var series = new CandleSeries(CandleInterval.OneMinute);
        series.OnTrade(T0 + 5, P("100"), Q("1"));
        series.OnTrade(T0 + 20_000, P("103"), Q("2"));
        series.OnTrade(T0 + 40_000, P("99"), Q("1"));
        series.OnTrade(T0 + Minute - 1, P("101"), Q("0.5")); // last millisecond of the minute
        Assert.Equal(1, series.Count);
        Candle c = series[0];
        Assert.Equal((T0, P("100"), P("103"), P("99"), P("101"), Q("4.5"), T0 + Minute - 1, 4L),
            (c.OpenTime, c.Open, c.High, c.Low, c.Close, c.Volume, c.CloseTime, c.TradeCount));
        Assert.Equal(Q("455.5"), c.QuoteVolume); // 100x1 + 103x2 + 99x1 + 101x0.5

        series.OnTrade(T0 + Minute, P("102"), Q("1")); // the boundary opens the next candle
        Assert.Equal(2, series.Count);
        Assert.Equal(T0 + Minute, series.Live!.Value.OpenTime);
        Assert.Equal(P("102"), series.Live!.Value.Open);
        Assert.Equal(P("101"), series[0].Close);
    }

    [Theory]
    [InlineData(CandleInterval.OneSecond, "1s", 1_000L)]
    [InlineData(CandleInterval.OneMinute, "1m", 60_000L)]
    [InlineData(CandleInterval.FiveMinutes, "5m", 300_000L)]
    [InlineData(CandleInterval.FifteenMinutes, "15m", 900_000L)]
    [InlineData(CandleInterval.OneHour, "1h", 3_600_000L)]
    [InlineData(CandleInterval.OneDay, "1d", 86_400_000L)]
    public void Every_interval_opens_candles_on_its_own_boundaries(CandleInterval interval, string wire, long ms)
    {
        Assert.Equal(wire, CandleIntervals.WireName(interval));
        var series = new CandleSeries(interval);
        long t = 1_764_720_000_000 + 12_345; // 2025-12-03T00:00:12.345Z
        series.OnTrade(t, P("1"), Q("1"));
        Assert.Equal(t - t % ms, series.Live!.Value.OpenTime);
        series.OnTrade(t - t % ms + ms, P("2"), Q("1"));
        Assert.Equal(2, series.Count);
    }

    [Fact]
    public void History_from_klines_continues_with_the_live_candle_and_late_trades_go_to_their_own_candle()
    {
        var series = new CandleSeries(CandleInterval.OneMinute, capacity: 3);
        series.LoadHistory([
            new Candle(T0, P("10"), P("12"), P("9"), P("11"), Q("5"), T0 + Minute - 1, Q("55"), 3),
            new Candle(T0 + Minute, P("11"), P("11"), P("10"), P("10"), Q("1"), T0 + 2 * Minute - 1, Q("10"), 1),
        ]);
        series.OnTrade(T0 + Minute + 10, P("13"), Q("1")); // same minute as the last kline: it is the live candle
        Assert.Equal(2, series.Count);
        Assert.Equal(P("13"), series.Live!.Value.High);
        Assert.Equal(P("13"), series.Live!.Value.Close);

        series.OnTrade(T0 + 10, P("8"), Q("1")); // a late print for the first minute
        Assert.Equal(P("8"), series[0].Low);
        Assert.Equal(P("11"), series[0].Close); // a late print does not rewrite a closed candle's close

        series.OnTrade(T0 + 2 * Minute, P("14"), Q("1"));
        series.OnTrade(T0 + 3 * Minute, P("15"), Q("1")); // capacity 3: the oldest drops out
        Assert.Equal(3, series.Count);
        Assert.Equal(T0 + Minute, series[0].OpenTime);
        series.OnTrade(T0 + 5, P("1"), Q("1"));
        Assert.Equal(1, series.LateTradesIgnored);
    }

    [Fact]
    public void Klines_off_the_interval_grid_are_refused_with_a_clear_error()
    {
        var series = new CandleSeries(CandleInterval.OneMinute);
        var e = Assert.Throws<ArgumentException>(() => series.LoadHistory([new Candle(T0 + 1, P("1"), P("1"), P("1"), P("1"), Q("1"), T0 + Minute, Q("1"), 1)]));
        Assert.Contains("not on a 1m boundary", e.Message);
    }

    [Fact]
    public void Adding_trades_allocates_nothing()
    {
        var series = new CandleSeries(CandleInterval.OneSecond, capacity: 100);
        for (int i = 0; i < 1000; i++) series.OnTrade(T0 + i * 7, P("100"), Q("1"));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1000; i < 100_000; i++) series.OnTrade(T0 + i * 7, P("100"), Q("1"));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Joining_klines_with_the_trades_held_meanwhile_has_no_gap_and_no_trade_counted_twice()
    {
        // The klines count trades up to id 41 (their live minute holds 40 and 41); the stream delivered 40..44 meanwhile.
        var series = new CandleSeries(CandleInterval.OneMinute);
        Candle[] klines =
        [
            new Candle(T0, P("10"), P("12"), P("9"), P("11"), Q("5"), T0 + Minute - 1, Q("55"), 3),
            new Candle(T0 + Minute, P("11"), P("13"), P("11"), P("12"), Q("2"), T0 + 2 * Minute - 1, Q("24"), 2),
        ];
        TradePrint[] held =
        [
            new(40, P("13"), Q("1"), T0 + Minute + 5, false),
            new(41, P("12"), Q("1"), T0 + Minute + 9, true),
            new(42, P("14"), Q("0.5"), T0 + Minute + 20, false), // new: continues the live minute
            new(43, P("10.5"), Q("0.25"), T0 + Minute + 59_999, true), // the minute's last millisecond
            new(44, P("10"), Q("1"), T0 + 2 * Minute, true), // the next minute's first millisecond: a new candle
        ];

        series.Join(klines, held, countedThroughTradeId: 41);

        Assert.Equal(3, series.Count);
        Assert.Equal(klines[0], series[0]);
        Candle live = series[1];
        Assert.Equal((P("11"), P("14"), P("10.5"), P("10.5")), (live.Open, live.High, live.Low, live.Close));
        Assert.Equal(Q("2.75"), live.Volume); // 2 from the klines + 0.5 + 0.25: trades 40 and 41 not again
        Assert.Equal(4, live.TradeCount);
        Assert.Equal(new Candle(T0 + 2 * Minute, P("10"), P("10"), P("10"), P("10"), Q("1"), T0 + 3 * Minute - 1, Q("10"), 1), series[2]);

        // Later stream trades: a repeat of a counted id is skipped, a new one counts.
        Assert.False(series.OnTrade(new TradePrint(41, P("12"), Q("1"), T0 + Minute + 9, true)));
        Assert.True(series.OnTrade(new TradePrint(45, P("9"), Q("2"), T0 + 2 * Minute + 1, false)));
        Assert.Equal(Q("3"), series[2].Volume);
        Assert.Equal(P("9"), series[2].Low);
    }

    [Fact]
    public void Joining_without_a_counted_trade_applies_every_held_trade()
    {
        var series = new CandleSeries(CandleInterval.OneSecond);
        series.Join([], [new TradePrint(1, P("5"), Q("1"), T0 + 10, false), new TradePrint(2, P("6"), Q("1"), T0 + 1_000, false)], -1);
        Assert.Equal(2, series.Count);
        Assert.Equal(T0 + 1_000, series.Live!.Value.OpenTime);
    }
}
