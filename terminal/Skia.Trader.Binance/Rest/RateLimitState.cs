namespace Skia.Trader.Binance.Rest;

/// <summary>
/// RateLimitState is what the exchange last said about our request budget (the
/// <c>X-MBX-USED-WEIGHT-1M</c> and <c>X-MBX-ORDER-COUNT-10S</c> headers) and, after a 429/418,
/// until when requests are held back so a warning does not become a ban.
/// </summary>
public sealed class RateLimitState
{
    private long _blockedUntilTicks;

    /// <summary>UsedWeight1m is the request weight used in the current minute, -1 before any answer carried it.</summary>
    public int UsedWeight1m { get; internal set; } = -1;

    /// <summary>OrderCount10s is the orders placed in the current 10 s window, -1 before any answer carried it.</summary>
    public int OrderCount10s { get; internal set; } = -1;

    /// <summary>BlockedUntil is when requests may be sent again after a 429/418; MinValue when not blocked.</summary>
    public DateTimeOffset BlockedUntil
    {
        get
        {
            long ticks = Interlocked.Read(ref _blockedUntilTicks);
            return ticks == 0 ? DateTimeOffset.MinValue : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        internal set => Interlocked.Exchange(ref _blockedUntilTicks, value.UtcTicks);
    }

    /// <inheritdoc />
    public override string ToString() => $"weight1m={UsedWeight1m} orders10s={OrderCount10s} blockedUntil={BlockedUntil:O}";
}
