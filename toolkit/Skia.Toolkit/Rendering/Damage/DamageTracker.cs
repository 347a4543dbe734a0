using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Damage;

/// <summary>
/// DamageTracker is the one owner of what the next frame must repaint in one window: the
/// <see cref="DirtyRegion"/> (device pixels), the single conversion from logical window rectangles to device
/// pixels with its 1 px growth for anti-aliased edges, the pending moves of back-buffer pixels (scroll-blits)
/// and the repaints asked for at a time (the toolkit's one clock: flashes, toast lifetimes, tooltip delays).
/// </summary>
/// <remarks>
/// Use it in this order: widgets call <see cref="Invalidate"/> (through <see cref="Widget.InvalidatePaint"/>),
/// <see cref="BeginScroll"/> when their pixels move, and <see cref="InvalidateAt"/> when their look changes at
/// a moment (Gio's <c>InvalidateCmd{At:}</c>); the frame renderer then starts a frame, which runs the timed
/// repaints that are due, lays out, carries out the pixel moves and repaints the region. Nothing is decided
/// while painting. One thread (the UI thread) owns a tracker, like the root it belongs to.
/// </remarks>
public sealed partial class DamageTracker
{
    // MaxScrolls is the most pixel moves pending in one frame: a screen has a few independently moving feeds
    // (a trade tape, an order history); a further request repaints its area instead.
    private const int MaxScrolls = 4;

    // 60 Hz until a window tells the tracker its display's rate.
    private static readonly TimeSpan DefaultFrameInterval = TimeSpan.FromSeconds(1.0 / 60);

    private readonly DirtyRegion _region;

    internal DamageTracker(SKSizeI pixelSize, float scale)
    {
        _region = new DirtyRegion(pixelSize);
        PixelSize = pixelSize;
        Scale = scale;
    }

    /// <summary>Region is the part of the window, in device pixels, that the next frame repaints.</summary>
    public DirtyRegion Region => _region;

    /// <summary>PixelSize is the window size in device pixels.</summary>
    internal SKSizeI PixelSize { get; private set; }

    /// <summary>Scale is the number of device pixels per logical pixel.</summary>
    internal float Scale { get; private set; }

    /// <summary>Resize follows a window that changed size or scale: the region is emptied (the root repaints everything) and pending moves are dropped.</summary>
    internal void Resize(SKSizeI pixelSize, float scale)
    {
        PixelSize = pixelSize;
        Scale = scale;
        _region.Resize(pixelSize);
        while (_scrollCount > 0) RemoveScroll(_scrollCount - 1);
    }

    /// <summary>Invalidate marks a logical window rectangle dirty: snapped outward to device pixels and grown by 1 px (see <see cref="ToDeviceGrown"/>).</summary>
    public void Invalidate(SKRect logicalWindowRect)
    {
        if (logicalWindowRect.IsEmpty) return;
        _region.Add(ToDeviceGrown(logicalWindowRect));
    }

    /// <summary>InvalidateAll marks the whole window dirty.</summary>
    public void InvalidateAll() => _region.AddAll();

    /// <summary>
    /// ToDeviceCovering converts a logical window rectangle to the device pixels it covers: every pixel it
    /// touches, even partly (edges snapped outward), and no more.
    /// </summary>
    public SKRectI ToDeviceCovering(SKRect logical)
    {
        float s = Scale;
        return new SKRectI(
            (int)MathF.Floor(logical.Left * s),
            (int)MathF.Floor(logical.Top * s),
            (int)MathF.Ceiling(logical.Right * s),
            (int)MathF.Ceiling(logical.Bottom * s));
    }

    /// <summary>
    /// ToDeviceGrown converts a logical window rectangle to the device pixels a widget with those bounds may
    /// touch: <see cref="ToDeviceCovering"/> grown by <see cref="Grow"/>. Every invalidation and every
    /// cull test uses it.
    /// </summary>
    public SKRectI ToDeviceGrown(SKRect logical) => Grow(ToDeviceCovering(logical));

    /// <summary>
    /// Grow is the growth rule, written once: 1 device pixel on every side, because a widget's anti-aliased
    /// edges may spill less than one device pixel outside its bounds (the drawing contract of <see cref="Widget"/>).
    /// </summary>
    public static SKRectI Grow(SKRectI device) => new(device.Left - 1, device.Top - 1, device.Right + 1, device.Bottom + 1);

    /// <summary>ToDeviceRounded converts a logical window rectangle to device pixels by rounding each edge, clipped to the window: the area of a pixel move, which is whole device pixels.</summary>
    internal SKRectI ToDeviceRounded(SKRect logical)
    {
        float s = Scale;
        var device = SKRectI.Round(new SKRect(logical.Left * s, logical.Top * s, logical.Right * s, logical.Bottom * s));
        return SKRectI.Intersect(device, new SKRectI(0, 0, PixelSize.Width, PixelSize.Height));
    }

    /// <summary>IsWholeDevice tells whether a logical rectangle's edges all fall on device pixels.</summary>
    private bool IsWholeDevice(SKRect logical)
    {
        float s = Scale;
        return IsWhole(logical.Left * s) && IsWhole(logical.Top * s) && IsWhole(logical.Right * s) && IsWhole(logical.Bottom * s);
    }

    private static bool IsWhole(float v) => MathF.Abs(v - MathF.Round(v)) < 1e-3f;
}
