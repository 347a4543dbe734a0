using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Market;

/// <summary>The 24 h rolling window and the 5-minute average, on explicit trade times (no clock involved).</summary>
public class RollingStatisticsTests
{
    private const long Hour = 3_600_000, Minute = 60_000;
    private static readonly long T0 = 1_700_000_040_000 - 1_700_000_040_000 % Minute; // a minute boundary

    private static TradeRecord Trade(long id, string price, string quantity, long time)
    {
        Price p = Price.Parse(price);
        Quantity q = Quantity.Parse(quantity);
        return new TradeRecord(id, "BTCUSDT", p, q, (p * q).ToQuantity(RoundingDirection.Down), 1, 2, 1, false, Quantity.Zero, Quantity.Zero, time);
    }

    [Fact]
    public void Trades_leave_the_window_after_24_hours_and_the_last_one_before_it_becomes_the_previous_close()
    {
        var stats = new RollingStatistics();
        stats.Add(Trade(1, "100", "1", T0 + 10));
        stats.Add(Trade(2, "120", "2", T0 + 1 * Hour));
        stats.Add(Trade(3, "90", "1", T0 + 23 * Hour));

        TickerStatistics day = stats.Compute(T0 + 23 * Hour + 1);
        Assert.Equal((Price.Parse("100"), Price.Parse("120"), Price.Parse("90"), Price.Parse("90")), (day.Open, day.High, day.Low, day.Last));
        Assert.Equal((1L, 3L, 3L), (day.FirstId, day.LastId, day.Count));
        Assert.Equal(Quantity.Parse("4"), day.Volume);
        Assert.Equal(Quantity.Parse("430"), day.QuoteVolume);
        Assert.Equal(Price.Parse("107.5"), day.WeightedAveragePrice);
        Assert.Equal(Price.Parse("-10"), day.PriceChange);
        Assert.Equal(Price.Parse("-10"), day.PriceChangePercent);
        Assert.Equal(Price.Zero, day.PrevClose);

        // Trade 1's minute ends at T0 + 1 min; a day after that it is out, and its price is the close before the window.
        TickerStatistics later = stats.Compute(T0 + 24 * Hour + Minute);
        Assert.Equal((2L, 3L, 2L), (later.FirstId, later.LastId, later.Count));
        Assert.Equal(Price.Parse("120"), later.Open);
        Assert.Equal(Price.Parse("100"), later.PrevClose);
        Assert.Equal(T0 + 24 * Hour + Minute - RollingStatistics.WindowMillis, later.OpenTime);
        // Still counted while any of its minute overlaps the window (at most 59,999 ms wider than 24 h).
        Assert.Equal(2L, stats.Compute(T0 + 25 * Hour + Minute - 1).Count);

        TickerStatistics empty = stats.Compute(T0 + 48 * Hour);
        Assert.Equal((-1L, -1L, 0L), (empty.FirstId, empty.LastId, empty.Count));
        Assert.Equal((Price.Parse("90"), Price.Parse("90"), Price.Parse("90")), (empty.Open, empty.Last, empty.PrevClose));
        Assert.Equal(Quantity.Zero, empty.Volume);
        Assert.Equal(Price.Zero, empty.PriceChange);
    }

    [Fact]
    public void Invented_klines_count_like_trades_without_ids_and_leave_the_window_like_them()
    {
        var stats = new RollingStatistics();
        stats.AddKline(T0, Price.Parse("100"), Price.Parse("110"), Price.Parse("95"), Price.Parse("105"), Quantity.Parse("2"), Quantity.Parse("210"), 7);
        stats.AddKline(T0 + Minute, Price.Parse("105"), Price.Parse("120"), Price.Parse("104"), Price.Parse("118"), Quantity.Parse("1"), Quantity.Parse("118"), 3);

        TickerStatistics history = stats.Compute(T0 + 2 * Minute);
        Assert.Equal((Price.Parse("100"), Price.Parse("120"), Price.Parse("95"), Price.Parse("118")), (history.Open, history.High, history.Low, history.Last));
        Assert.Equal((Quantity.Parse("3"), Quantity.Parse("328")), (history.Volume, history.QuoteVolume));
        Assert.Equal((-1L, -1L, 10L), (history.FirstId, history.LastId, history.Count));

        stats.Add(Trade(1, "90", "1", T0 + 2 * Minute + 5));
        stats.Add(Trade(2, "91", "1", T0 + 2 * Minute + 6));
        TickerStatistics live = stats.Compute(T0 + 3 * Minute);
        Assert.Equal((Price.Parse("100"), Price.Parse("120"), Price.Parse("90"), Price.Parse("91")), (live.Open, live.High, live.Low, live.Last));
        Assert.Equal((1L, 2L, 12L), (live.FirstId, live.LastId, live.Count));
        Assert.Equal(Quantity.Parse("5"), live.Volume);

        // A day after the first invented minute ends, it is out, and its close is the close before the window.
        TickerStatistics later = stats.Compute(T0 + Minute + RollingStatistics.WindowMillis);
        Assert.Equal((Price.Parse("105"), Price.Parse("105"), 5L), (later.Open, later.PrevClose, later.Count));
    }

    [Fact]
    public void The_average_price_weights_the_last_five_minutes_and_falls_back_to_the_last_price()
    {
        var stats = new RollingStatistics();
        Assert.Equal(Price.Zero, stats.AveragePrice(T0));
        stats.Add(Trade(1, "50", "10", T0));
        stats.Add(Trade(2, "100", "1", T0 + 10 * Minute));
        stats.Add(Trade(3, "130", "3", T0 + 12 * Minute));
        Assert.Equal(Price.Parse("122.5"), stats.AveragePrice(T0 + 13 * Minute)); // (100 + 390) / 4; the trade at T0 is long gone
        Assert.Equal(T0 + 12 * Minute, stats.LastTradeTime);
        Assert.Equal(Price.Parse("130"), stats.AveragePrice(T0 + 60 * Minute)); // nothing in five minutes: the last price
    }

    [Fact]
    public void Changed_is_set_by_trades_and_by_the_window_moving()
    {
        var stats = new RollingStatistics();
        Assert.False(stats.Changed);
        stats.Add(Trade(1, "100", "1", T0));
        Assert.True(stats.Changed);
        stats.Changed = false;
        stats.Compute(T0 + Hour);
        Assert.False(stats.Changed);
        stats.Compute(T0 + 25 * Hour);
        Assert.True(stats.Changed);
    }
}
