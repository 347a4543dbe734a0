namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>RateLimitType is what a <see cref="RateLimit"/> counts, Binance's <c>rateLimitType</c> (enums.md, "Rate limiters").</summary>
public enum RateLimitType
{
    /// <summary>RequestWeight (<c>REQUEST_WEIGHT</c>): the summed weight of the requests from one IP; over it answers HTTP 429, then 418.</summary>
    RequestWeight,

    /// <summary>Orders (<c>ORDERS</c>): the unfilled orders placed by one account; over it answers HTTP 429 with -1015.</summary>
    Orders,
}
