using Skia.Trader.Scene.Measurement;

namespace Skia.Trader.Scene.Pacing;

/// <summary>SceneRunResult is what a 10 s run measured.</summary>
/// <param name="FramesShown">FramesShown counts the frames rendered, the first one included.</param>
/// <param name="FramesDropped">FramesDropped counts the 60 Hz slots that passed before their frame could start.</param>
/// <param name="FrameWork">FrameWork is the distribution of per-frame work (updates applied, layout, render).</param>
/// <param name="AllocatedBytesPerFrame">AllocatedBytesPerFrame is the mean managed allocation of the run thread per frame after the first second.</param>
/// <param name="CpuSeconds">CpuSeconds is the process's user+system CPU time from t0 to the end of the run.</param>
public readonly record struct SceneRunResult(
    int FramesShown, int FramesDropped, FrameWorkStats FrameWork, double AllocatedBytesPerFrame, double CpuSeconds);
