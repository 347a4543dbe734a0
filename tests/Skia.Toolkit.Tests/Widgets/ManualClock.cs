namespace Skia.Toolkit.Tests.Widgets;

/// <summary>ManualClock is a TimeProvider that moves only when a test advances it, for tooltip delays and toast lifetimes.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now;

    public void Advance(TimeSpan by) => _now += by.Ticks;
}
