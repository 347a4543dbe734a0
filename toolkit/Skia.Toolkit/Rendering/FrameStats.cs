namespace Skia.Toolkit.Rendering;

/// <summary>FrameStats are the counters of one rendered frame.</summary>
/// <param name="WidgetsRendered">WidgetsRendered is how many widgets' OnRender ran (culled ones do not count).</param>
/// <param name="PixelsRepainted">PixelsRepainted is the number of device pixels inside the dirty region.</param>
/// <param name="DirtyRects">DirtyRects is the number of rectangles the frame clipped to.</param>
/// <param name="Elapsed">Elapsed is the time spent in layout and drawing for the frame.</param>
public readonly record struct FrameStats(int WidgetsRendered, long PixelsRepainted, int DirtyRects, TimeSpan Elapsed)
{
    /// <summary>IsEmpty tells whether the frame drew nothing (nothing was dirty).</summary>
    public bool IsEmpty => DirtyRects == 0;
}
