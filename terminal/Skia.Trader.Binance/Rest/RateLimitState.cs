namespace Skia.Trader.Binance.Rest;

/// <summary>
/// RateLimitState is what the exchange last said about our request budget — the <c>X-MBX-USED-WEIGHT-1M</c>,
/// <c>X-MBX-ORDER-COUNT-10S</c> and <c>X-MBX-ORDER-COUNT-1D</c> headers — and the back-offs it asked for:
/// after a 429/418 every request is held until its <c>Retry-After</c> (<see cref="RequestHold"/>), after -1015 only
/// new orders are (<see cref="OrderHold"/>). Read from any thread; <see cref="Changed"/> tells a UI to look again.
/// </summary>
public sealed class RateLimitState
{
    private readonly TimeProvider _time;
    private RateLimitHold? _requestHold;
    private RateLimitHold? _orderHold;
    private int _usedWeight1m = -1;
    private int _orderCount10s = -1;
    private int _orderCount1d = -1;

    /// <summary>Creates the state; <paramref name="time"/> is the clock holds are measured on (tests move it).</summary>
    public RateLimitState(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Changed is raised (on the thread that read the answer) when a count or a hold changed.</summary>
    public event Action<RateLimitState>? Changed;

    /// <summary>UsedWeight1m is the request weight used in the current minute, -1 before any answer carried it.</summary>
    public int UsedWeight1m => Volatile.Read(ref _usedWeight1m);

    /// <summary>OrderCount10s is the unfilled orders placed in the current 10 s window, -1 before any order answer carried it.</summary>
    public int OrderCount10s => Volatile.Read(ref _orderCount10s);

    /// <summary>OrderCount1d is the unfilled orders placed today (UTC), -1 before any order answer carried it.</summary>
    public int OrderCount1d => Volatile.Read(ref _orderCount1d);

    /// <summary>RequestHold is the 429/418 back-off still in force (every request waits), or null.</summary>
    public RateLimitHold? RequestHold => Active(Volatile.Read(ref _requestHold));

    /// <summary>OrderHold is the -1015 back-off still in force (new orders wait), or null.</summary>
    public RateLimitHold? OrderHold => Active(Volatile.Read(ref _orderHold));

    /// <summary>BlockedUntil is when requests may be sent again after a 429/418; MinValue when not blocked.</summary>
    public DateTimeOffset BlockedUntil => RequestHold?.Until ?? DateTimeOffset.MinValue;

    /// <summary>Now is the clock holds are measured on.</summary>
    internal DateTimeOffset Now => _time.GetUtcNow();

    internal void Hold(RateLimitHold hold)
    {
        if (hold.Kind == RateLimitHoldKind.OrderCount)
            Volatile.Write(ref _orderHold, hold);
        else
            Volatile.Write(ref _requestHold, hold);
        Changed?.Invoke(this);
    }

    internal void Report(int? usedWeight1m, int? orderCount10s, int? orderCount1d)
    {
        if (usedWeight1m is null && orderCount10s is null && orderCount1d is null)
            return;
        if (usedWeight1m is { } w) Volatile.Write(ref _usedWeight1m, w);
        if (orderCount10s is { } s) Volatile.Write(ref _orderCount10s, s);
        if (orderCount1d is { } d) Volatile.Write(ref _orderCount1d, d);
        Changed?.Invoke(this);
    }

    private RateLimitHold? Active(RateLimitHold? hold) => hold is not null && hold.Until > _time.GetUtcNow() ? hold : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"weight1m={UsedWeight1m} orders10s={OrderCount10s} orders1d={OrderCount1d} requestHold={RequestHold?.Until:O} orderHold={OrderHold?.Until:O}";
}
