using SkiaSharp;

namespace Skia.Toolkit.Rendering;

/// <summary>
/// IRenderBackend gives the frame renderer a canvas over a retained back buffer and shows that buffer.
/// The buffer keeps the previous frame's pixels, so a frame only repaints its dirty region; presenting
/// always shows the whole buffer, so partial repaint never depends on how the window system swaps.
/// </summary>
public interface IRenderBackend : IDisposable
{
    /// <summary>Name says which backend this is ("raster", "gl", "vulkan"), for logs and frame statistics.</summary>
    string Name { get; }

    /// <summary>BeginFrame returns a canvas over the back buffer sized <paramref name="pixelSize"/> device pixels, holding the previous frame's pixels (a new size starts from transparent black).</summary>
    SKCanvas BeginFrame(SKSizeI pixelSize);

    /// <summary>EndFrame flushes the drawing of the frame into the back buffer.</summary>
    void EndFrame();

    /// <summary>Present shows the whole back buffer (on screen for windowed backends; a no-op for raster).</summary>
    void Present();
}
