namespace Skia.Toolkit.Rendering;

/// <summary>FrameStats are the counters of one rendered frame.</summary>
/// <param name="WidgetsRendered">WidgetsRendered is how many widgets' OnRender ran (culled ones do not count).</param>
/// <param name="PixelsRepainted">PixelsRepainted is the number of device pixels inside the dirty region: the pixels cleared and drawn again. Pixels a scroll-blit moved are not in it (see <see cref="PixelsMoved"/>).</param>
/// <param name="DirtyRects">DirtyRects is the number of rectangles the frame clipped to.</param>
/// <param name="Elapsed">
/// Elapsed is the wall-clock time of the whole <see cref="FrameRenderer.RenderFrame"/> call: timed repaints,
/// layout, pixel moves, drawing, and the backend's EndFrame (a GPU flush) and Present (a buffer swap, which may
/// wait for vsync, or a copy to the window). For an empty frame it covers the layout and the check only.
/// </param>
public readonly record struct FrameStats(int WidgetsRendered, long PixelsRepainted, int DirtyRects, TimeSpan Elapsed)
{
    /// <summary>IsEmpty tells whether the frame drew nothing (nothing was dirty).</summary>
    public bool IsEmpty => DirtyRects == 0;

    /// <summary>PixelsMoved is the number of device pixels scroll-blits moved inside the back buffer this frame (not repainted, but written), counted apart from <see cref="PixelsRepainted"/>.</summary>
    public long PixelsMoved { get; init; }

    /// <summary>PixelsOffscreen is the number of device pixels drawn into the offscreen buffer for clip-sensitive widgets and copied back through the clip (raster backend only), counted apart from <see cref="PixelsRepainted"/>.</summary>
    public long PixelsOffscreen { get; init; }
}
