namespace Skia.Trader.Ui.Model;

/// <summary>CandleInterval is a chart interval the terminal offers (Binance kline intervals).</summary>
public enum CandleInterval
{
    /// <summary>OneSecond: 1s.</summary>
    OneSecond,

    /// <summary>OneMinute: 1m.</summary>
    OneMinute,

    /// <summary>FiveMinutes: 5m.</summary>
    FiveMinutes,

    /// <summary>FifteenMinutes: 15m.</summary>
    FifteenMinutes,

    /// <summary>OneHour: 1h.</summary>
    OneHour,

    /// <summary>OneDay: 1d (UTC days, as Binance's klines).</summary>
    OneDay,
}
