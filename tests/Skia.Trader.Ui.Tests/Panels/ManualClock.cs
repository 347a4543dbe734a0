namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>ManualClock is a TimeProvider that moves only when a test advances it (the ticket's repeat guard, toasts).</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _now = TimeSpan.TicksPerDay; // not zero: a press at time zero must count like any other

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now;

    public void Advance(TimeSpan by) => _now += by.Ticks;
}
