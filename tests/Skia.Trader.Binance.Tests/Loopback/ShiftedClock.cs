namespace Skia.Trader.Binance.Tests.Loopback;

/// <summary>
/// ShiftedClock is real time moved by an offset the test controls, so a test starts just after a rate-limit window
/// opens (no window can end under it by accident) and "waits" for a Retry-After by moving the clock, not by sleeping.
/// Signed requests keep working: clients measure or are told the same offset.
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _offsetMs;

    /// <summary>StartOfNext returns a clock placed 1 ms after the next multiple of <paramref name="window"/> (epoch-aligned, like the limiter's windows).</summary>
    public static ShiftedClock StartOfNext(TimeSpan window)
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        long length = (long)window.TotalMilliseconds;
        return new ShiftedClock { _offsetMs = (now / length + 1) * length + 1 - now };
    }

    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    public long NowMs => GetUtcNow().ToUnixTimeMilliseconds();

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetMs, (long)by.TotalMilliseconds);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddMilliseconds(Interlocked.Read(ref _offsetMs));
}
