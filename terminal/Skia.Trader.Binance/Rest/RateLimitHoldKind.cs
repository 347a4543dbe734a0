namespace Skia.Trader.Binance.Rest;

/// <summary>RateLimitHoldKind says why the client is holding requests back (BINANCE.md "Rate limits and connection renewal").</summary>
public enum RateLimitHoldKind
{
    /// <summary>RequestWeight: HTTP 429 -1003, the IP used too much request weight; every request waits for Retry-After (sending earlier earns a ban).</summary>
    RequestWeight,

    /// <summary>IpBan: HTTP 418 -1003, the IP is banned until Retry-After has passed; every request waits.</summary>
    IpBan,

    /// <summary>OrderCount: HTTP 429 -1015, too many unfilled orders; only new orders wait for Retry-After, other requests go on.</summary>
    OrderCount,
}
