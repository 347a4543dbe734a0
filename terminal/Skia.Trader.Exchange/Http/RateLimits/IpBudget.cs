namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// IpBudget is one client IP's request-weight state: its weight counters, until when its last 429 told it to
/// wait, and its ban (until when, and how many bans so far, since bans grow for repeat offenders).
/// Guarded by locking the instance.
/// </summary>
internal sealed class IpBudget(RateLimit[] weightRules)
{
    public WindowCounters Weight { get; } = new(weightRules);

    /// <summary>BackOffUntil is the end of the Retry-After of the last 429 (ms); a request before it earns a ban.</summary>
    public long BackOffUntil { get; set; }

    /// <summary>BannedUntil is when the current ban ends (ms); 0 when never banned.</summary>
    public long BannedUntil { get; set; }

    /// <summary>Bans counts the bans so far; each doubles the next one's length.</summary>
    public int Bans { get; set; }
}
