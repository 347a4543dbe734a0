namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>RateLimitInterval is the unit of a <see cref="RateLimit"/>'s window, Binance's <c>interval</c> (header letters S, M, H, D).</summary>
public enum RateLimitInterval
{
    /// <summary>Second (<c>SECOND</c>, header letter S).</summary>
    Second,

    /// <summary>Minute (<c>MINUTE</c>, header letter M).</summary>
    Minute,

    /// <summary>Hour (<c>HOUR</c>, header letter H).</summary>
    Hour,

    /// <summary>Day (<c>DAY</c>, header letter D; a UTC day).</summary>
    Day,
}
