namespace Skia.Trader.Binance.MarketData;

/// <summary>KlineInterval is the candle width of a kline stream (<c>&lt;sym&gt;@kline_1m</c>); the value names its wire text.</summary>
internal enum KlineInterval
{
    /// <summary>An interval text this client does not know.</summary>
    Unknown,
    /// <summary>1s.</summary>
    OneSecond,
    /// <summary>1m.</summary>
    OneMinute,
    /// <summary>3m.</summary>
    ThreeMinutes,
    /// <summary>5m.</summary>
    FiveMinutes,
    /// <summary>15m.</summary>
    FifteenMinutes,
    /// <summary>30m.</summary>
    ThirtyMinutes,
    /// <summary>1h.</summary>
    OneHour,
    /// <summary>2h.</summary>
    TwoHours,
    /// <summary>4h.</summary>
    FourHours,
    /// <summary>6h.</summary>
    SixHours,
    /// <summary>8h.</summary>
    EightHours,
    /// <summary>12h.</summary>
    TwelveHours,
    /// <summary>1d.</summary>
    OneDay,
    /// <summary>3d.</summary>
    ThreeDays,
    /// <summary>1w.</summary>
    OneWeek,
    /// <summary>1M (calendar month).</summary>
    OneMonth,
}
