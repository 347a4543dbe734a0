using Skia.Trader.Scene.Feed;

namespace Skia.Trader.Scene.Pacing;

/// <summary>ISceneView draws the scene: one complete frame of the feed's current state per call.</summary>
public interface ISceneView
{
    /// <summary>RenderFrame brings the screen up to date with <paramref name="feed"/> and returns once the frame is complete.</summary>
    /// <param name="feed">The scene state to show.</param>
    /// <param name="nowMs">The frame's time on the run's clock (for the updates/s counter).</param>
    void RenderFrame(SceneFeed feed, double nowMs);
}
