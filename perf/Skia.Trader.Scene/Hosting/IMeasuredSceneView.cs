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

    /// <summary>TextCacheHitRate is the text cache's hit rate so far, or null where the view has no cache.</summary>
    double? TextCacheHitRate { get; }

    /// <summary>Diagnostics is a line of implementation-specific detail printed with --verbose after a run, or null.</summary>
    string? Diagnostics { get; }

    /// <summary>SavePng writes the last frame to <paramref name="path"/> as PNG.</summary>
    void SavePng(string path);
}
