using System.Globalization;

namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// RateLimit is one row of exchangeInfo's <c>rateLimits</c>, e.g. 6000 request weight per 1 MINUTE. The simulator
/// enforces exactly the rows it lists (<see cref="Hosting.ExchangeOptions.RateLimits"/>). Windows are fixed and aligned
/// to the Unix epoch (a UTC day for DAY), as Binance's "between 12:34:00 and 12:34:10" example describes.
/// </summary>
/// <param name="Type">Type is what is counted: request weight per IP or unfilled orders per account.</param>
/// <param name="Interval">Interval is the window's unit.</param>
/// <param name="IntervalNum">IntervalNum is how many units one window spans (10 with SECOND: ten seconds).</param>
/// <param name="Limit">Limit is the most weight or orders a window may hold.</param>
public sealed record RateLimit(RateLimitType Type, RateLimitInterval Interval, int IntervalNum, long Limit)
{
    /// <summary>BinanceDefaults are Binance Spot's published limits: 6000 weight a minute, 100 orders per 10 s, 200000 orders a day.</summary>
    public static IReadOnlyList<RateLimit> BinanceDefaults { get; } =
    [
        new(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 6000),
        new(RateLimitType.Orders, RateLimitInterval.Second, 10, 100),
        new(RateLimitType.Orders, RateLimitInterval.Day, 1, 200_000),
    ];

    /// <summary>WindowMilliseconds is the length of one window.</summary>
    public long WindowMilliseconds => IntervalNum * Interval switch
    {
        RateLimitInterval.Second => 1000L,
        RateLimitInterval.Minute => 60_000L,
        RateLimitInterval.Hour => 3_600_000L,
        RateLimitInterval.Day => 86_400_000L,
        _ => throw new InvalidOperationException($"Unknown rate limit interval {Interval}."),
    };

    /// <summary>IntervalName is the wire name: SECOND, MINUTE, HOUR or DAY.</summary>
    public string IntervalName => Interval switch
    {
        RateLimitInterval.Second => "SECOND",
        RateLimitInterval.Minute => "MINUTE",
        RateLimitInterval.Hour => "HOUR",
        RateLimitInterval.Day => "DAY",
        _ => throw new InvalidOperationException($"Unknown rate limit interval {Interval}."),
    };

    /// <summary>TypeName is the wire name: REQUEST_WEIGHT or ORDERS.</summary>
    public string TypeName => Type switch
    {
        RateLimitType.RequestWeight => "REQUEST_WEIGHT",
        RateLimitType.Orders => "ORDERS",
        _ => throw new InvalidOperationException($"Unknown rate limit type {Type}."),
    };

    /// <summary>HeaderName is the response header that reports this window's count, e.g. X-MBX-USED-WEIGHT-1M or X-MBX-ORDER-COUNT-10S.</summary>
    public string HeaderName => (Type == RateLimitType.RequestWeight ? "X-MBX-USED-WEIGHT-" : "X-MBX-ORDER-COUNT-")
        + IntervalNum.ToString(CultureInfo.InvariantCulture) + IntervalName[0];

    /// <summary>Validate throws for a row the simulator could not enforce (zero or negative sizes).</summary>
    internal void Validate()
    {
        if (IntervalNum <= 0 || Limit <= 0)
            throw new ArgumentException($"Rate limit {TypeName} {Limit} per {IntervalNum} {IntervalName}: limit and intervalNum must be positive.");
        _ = WindowMilliseconds;
    }
}
