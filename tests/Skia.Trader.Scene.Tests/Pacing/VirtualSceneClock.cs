using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Tests.Pacing;

/// <summary>VirtualSceneClock is time that moves only when the run sleeps or a frame "works", so a 10 s run takes microseconds.</summary>
internal sealed class VirtualSceneClock : ISceneClock
{
    public double NowMs { get; private set; } = 1_000;

    public void SleepUntil(double ms) => NowMs = Math.Max(NowMs, ms);

    public void Advance(double ms) => NowMs += ms;
}
