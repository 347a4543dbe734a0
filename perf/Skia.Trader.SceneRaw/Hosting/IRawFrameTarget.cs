using SkiaSharp;

namespace Skia.Trader.SceneRaw.Hosting;

/// <summary>IRawFrameTarget is where the raw floor draws its frames: a raster surface in memory, or a window's GPU surface.</summary>
internal interface IRawFrameTarget : IDisposable
{
    /// <summary>ModeName names the target in reports: "headless-raster-n32", "gl", "vulkan".</summary>
    string ModeName { get; }

    /// <summary>BeginFrame returns the canvas to draw a whole frame on.</summary>
    SKCanvas BeginFrame();

    /// <summary>EndFrame finishes the frame: flushes the drawing and, for a window, shows it.</summary>
    void EndFrame();

    /// <summary>WaitUntilShown returns once the last frame is on the screen (a window: read back from the X server); headless, at once.</summary>
    void WaitUntilShown()
    {
    }
}
