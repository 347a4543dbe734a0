namespace Skia.Trader.Scene.Pacing;

/// <summary>ISceneClock is the time source a scene run paces itself by, so tests can run a 10 s scene in virtual time.</summary>
public interface ISceneClock
{
    /// <summary>NowMs is the current time in milliseconds on a monotonic clock.</summary>
    double NowMs { get; }

    /// <summary>SleepUntil returns once <see cref="NowMs"/> has reached <paramref name="ms"/> (at once if it already has).</summary>
    void SleepUntil(double ms);
}
