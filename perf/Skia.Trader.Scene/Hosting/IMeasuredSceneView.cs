using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Hosting;

/// <summary>IMeasuredSceneView is a scene view that also reports what its frames cost in pixels and text-cache work, and can save its screen.</summary>
public interface IMeasuredSceneView : ISceneView, IDisposable
{
    /// <summary>ProgramName names the implementation in reports: "raw" or "toolkit".</summary>
    string ProgramName { get; }

    /// <summary>ModeName names the backend, e.g. "headless-raster".</summary>
    string ModeName { get; }

    /// <summary>RepaintedShare is the mean share of window pixels repainted per frame so far.</summary>
    double RepaintedShare { get; }

    /// <summary>MovedShare is the mean share of window pixels moved in the back buffer per frame (scroll-blits), written but not repainted; 0 for views that never move pixels.</summary>
    double MovedShare => 0;

    /// <summary>OffscreenShare is the mean share of window pixels drawn offscreen and copied back per frame (clip-sensitive widgets); 0 where there is no such pass.</summary>
    double OffscreenShare => 0;

    /// <summary>TextCacheHitRate is the text cache's hit rate so far, or null where the view has no cache.</summary>
    double? TextCacheHitRate { get; }

    /// <summary>Diagnostics is a line of implementation-specific detail printed with --verbose after a run, or null.</summary>
    string? Diagnostics { get; }

    /// <summary>
    /// WaitUntilShown returns once the last frame presented is on the screen: for a window, the driver has finished it and
    /// one pixel was read back from the X server; headless there is nothing to wait for. start_ms ends after it.
    /// </summary>
    void WaitUntilShown()
    {
    }

    /// <summary>
    /// ShowOnGpu waits until a window that showed its first frames from the CPU has handed over to its GPU backend, has
    /// that backend present the frame and waits until it is on the screen; returns the backend now in use, or null for a
    /// view that does not hand over (the JSON line's gpu_ms is timed around it).
    /// </summary>
    string? ShowOnGpu() => null;

    /// <summary>SavePng writes the last frame to <paramref name="path"/> as PNG.</summary>
    void SavePng(string path);
}
