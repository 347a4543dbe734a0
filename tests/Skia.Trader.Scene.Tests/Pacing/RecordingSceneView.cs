using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Tests.Pacing;

/// <summary>RecordingSceneView remembers, per frame, its time and which updates it saw; each frame costs what <c>workMs</c> says.</summary>
internal sealed class RecordingSceneView(VirtualSceneClock clock, Func<int, double> workMs) : ISceneView
{
    public List<(double Now, int UpdatesApplied)> Frames { get; } = new();

    public void RenderFrame(SceneFeed feed, double nowMs)
    {
        Frames.Add((nowMs, feed.NextUpdate));
        clock.Advance(workMs(Frames.Count - 1));
    }
}
