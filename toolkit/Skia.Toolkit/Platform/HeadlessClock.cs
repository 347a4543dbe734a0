namespace Skia.Toolkit.Platform;

/// <summary>
/// HeadlessClock is a <see cref="HeadlessWindow"/>'s simulated time: it stands still between frames and moves one
/// frame interval after each, as a display would, so time-driven looks (a flash lasting one frame, a toast's
/// lifetime) depend on the frames rendered, not on how fast the machine renders them.
/// </summary>
internal sealed class HeadlessClock : TimeProvider
{
    private long _now;

    /// <summary>TimestampFrequency is 10 MHz: timestamps are TimeSpan ticks.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>GetTimestamp is the simulated now.</summary>
    public override long GetTimestamp() => _now;

    /// <summary>Advance moves the clock on by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => _now += by.Ticks;
}
