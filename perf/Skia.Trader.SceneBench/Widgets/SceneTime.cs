namespace Skia.Trader.SceneBench.Widgets;

/// <summary>
/// SceneTime is the clock the toolkit's time-driven looks read in the scene (the tree's <c>Damage.Time</c>): the
/// scene's own time, the milliseconds since t0 that each frame is drawn at, not the wall clock. The shipped ladder
/// fades its last-trade mark and flashes changed sizes by this clock, so a frame depends only on the feed and the
/// frame's scene time: partial repaints, a from-scratch frame, the window and the headless bench agree.
/// </summary>
internal sealed class SceneTime : TimeProvider
{
    /// <summary>NowMs is the scene time of the frame being drawn, in milliseconds since t0.</summary>
    public double NowMs { get; set; }

    /// <summary>FrameInterval is the scene's 60 Hz frame slot, the tree's one-frame look.</summary>
    public static TimeSpan FrameInterval { get; } = TimeSpan.FromSeconds(1.0 / 60);

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => (long)Math.Round(NowMs * TimeSpan.TicksPerMillisecond);
}
