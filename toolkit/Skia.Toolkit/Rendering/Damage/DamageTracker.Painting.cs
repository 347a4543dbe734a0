using SkiaSharp;

namespace Skia.Toolkit.Rendering.Damage;

public sealed partial class DamageTracker
{
    // Set by the frame renderer while widgets draw: the pixels the frame repaints are the region, or one pass's rectangle.
    private bool _painting;
    private bool _paintingPass;
    private SKRectI _paintPass;

    /// <summary>
    /// IsRepainted tells a widget drawing itself whether any device pixel that drawing inside
    /// <paramref name="logicalWindowRect"/> may touch (grown like an invalidation, see <see cref="ToDeviceGrown"/>) is
    /// repainted by the frame being drawn: a widget with many independent parts (the lines of a list, the cells of a
    /// grid) may skip a part that is false, because the frame clips every drawing to what it repaints. Outside a
    /// frame's drawing (a caller rendering a widget onto a canvas of its own) it is always true.
    /// </summary>
    /// <param name="logicalWindowRect">Where the part draws, in logical window coordinates: everything it draws lies inside it.</param>
    public bool IsRepainted(SKRect logicalWindowRect)
    {
        if (!_painting) return true;
        if (logicalWindowRect.IsEmpty) return false;
        var device = ToDeviceGrown(logicalWindowRect);
        return _paintingPass ? _paintPass.IntersectsWith(device) : _region.Intersects(device);
    }

    /// <summary>BeginPaint says widgets are being drawn into the pixels of the region (<paramref name="pass"/> null) or of one pass's rectangle.</summary>
    internal void BeginPaint(SKRectI? pass)
    {
        _painting = true;
        _paintingPass = pass.HasValue;
        _paintPass = pass.GetValueOrDefault();
    }

    /// <summary>EndPaint ends what <see cref="BeginPaint"/> began.</summary>
    internal void EndPaint()
    {
        _painting = false;
        _paintingPass = false;
    }
}
