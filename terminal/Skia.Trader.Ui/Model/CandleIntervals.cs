namespace Skia.Trader.Ui.Model;

/// <summary>CandleIntervals gives each interval's length and Binance's name for it.</summary>
public static class CandleIntervals
{
    /// <summary>Milliseconds is the interval's length in milliseconds.</summary>
    /// <param name="interval">The interval.</param>
    public static long Milliseconds(CandleInterval interval) => interval switch
    {
        CandleInterval.OneSecond => 1_000,
        CandleInterval.OneMinute => 60_000,
        CandleInterval.FiveMinutes => 300_000,
        CandleInterval.FifteenMinutes => 900_000,
        CandleInterval.OneHour => 3_600_000,
        CandleInterval.OneDay => 86_400_000,
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown candle interval."),
    };

    /// <summary>WireName is the kline interval text Binance uses (<c>1s</c>, <c>1m</c>, <c>5m</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>).</summary>
    /// <param name="interval">The interval.</param>
    public static string WireName(CandleInterval interval) => interval switch
    {
        CandleInterval.OneSecond => "1s",
        CandleInterval.OneMinute => "1m",
        CandleInterval.FiveMinutes => "5m",
        CandleInterval.FifteenMinutes => "15m",
        CandleInterval.OneHour => "1h",
        CandleInterval.OneDay => "1d",
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown candle interval."),
    };
}
