using System.Diagnostics;

namespace Skia.Trader.Scene.Pacing;

/// <summary>MonotonicSceneClock is real time from <see cref="Stopwatch"/>; it sleeps rather than spins so that idle time costs no CPU.</summary>
public sealed class MonotonicSceneClock : ISceneClock
{
    private static readonly double MsPerTick = 1000.0 / Stopwatch.Frequency;

    /// <inheritdoc />
    public double NowMs => Stopwatch.GetTimestamp() * MsPerTick;

    /// <inheritdoc />
    public void SleepUntil(double ms)
    {
        // Thread.Sleep has millisecond granularity and may wake a little late; a frame may start
        // anywhere inside its 16.7 ms slot, so rounding up costs nothing and spinning would cost CPU.
        for (double left = ms - NowMs; left > 0; left = ms - NowMs)
        {
            Thread.Sleep((int)Math.Ceiling(left));
        }
    }
}
