using SkiaSharp;

namespace Skia.Toolkit.Core;

public sealed partial class UiRoot
{
    // One pending move of back-buffer pixels per frame (see Widget.InvalidateScrolled): the widget, its area in
    // device pixels and the accumulated device offset. A second widget asking in the same frame cancels it
    // (both areas are repainted whole), which keeps the bookkeeping exact and is rare in practice.
    private Widget? _scrollWidget;
    private SKRectI _scrollArea;
    private int _scrollDy;

    /// <summary>
    /// RequestScroll records that the pixels of <paramref name="logical"/> (a widget's clipped window area)
    /// move by <paramref name="dy"/> logical pixels before the next frame. The dirty region follows the move
    /// at once: every dirty rectangle inside the area also counts where its stale pixels will land, and the
    /// strip the move uncovers is dirty, so rectangles added after this call are simply in the new positions.
    /// </summary>
    internal void RequestScroll(Widget widget, SKRect logical, float dy)
    {
        var region = DirtyRegion;
        if (logical.IsEmpty || region.IsFull) return;
        float s = Scale;
        float deviceDy = dy * s;
        var area = SKRectI.Round(new SKRect(logical.Left * s, logical.Top * s, logical.Right * s, logical.Bottom * s));
        bool whole = IsWhole(logical.Left * s) && IsWhole(logical.Top * s) && IsWhole(logical.Right * s) && IsWhole(logical.Bottom * s) && IsWhole(deviceDy);
        area = SKRectI.Intersect(area, new SKRectI(0, 0, PixelSize.Width, PixelSize.Height));
        if (area.Width <= 0 || area.Height <= 0) return;

        bool conflict = _scrollWidget != null && (!ReferenceEquals(_scrollWidget, widget) || _scrollArea != area);
        int total = (_scrollWidget == null || conflict ? 0 : _scrollDy) + (int)MathF.Round(deviceDy);
        if (!whole || conflict || Math.Abs(total) >= area.Height)
        {
            // Repaint instead, grown like any invalidation: a fractional area also touches its edge pixels.
            if (_scrollWidget != null) region.Add(Grown(_scrollArea));
            _scrollWidget = null;
            InvalidateWindowRect(logical);
            return;
        }

        int step = (int)MathF.Round(deviceDy);
        Span<SKRectI> rects = stackalloc SKRectI[Rendering.DirtyRegion.MaxRects];
        int count = region.Count;
        region.Rects.CopyTo(rects);
        for (int i = 0; i < count; i++)
        {
            var inside = SKRectI.Intersect(rects[i], area);
            if (inside.Width <= 0 || inside.Height <= 0) continue;
            region.Add(SKRectI.Intersect(new SKRectI(inside.Left, inside.Top + step, inside.Right, inside.Bottom + step), area));
        }
        region.Add(step > 0
            ? new SKRectI(area.Left, area.Top, area.Right, area.Top + step)
            : new SKRectI(area.Left, area.Bottom + step, area.Right, area.Bottom));
        _scrollWidget = widget;
        _scrollArea = area;
        _scrollDy = total;
    }

    /// <summary>TakeScroll hands the renderer the pending pixel move, if any, and forgets it.</summary>
    internal bool TakeScroll(out Widget widget, out SKRectI area, out int dy)
    {
        widget = _scrollWidget!;
        area = _scrollArea;
        dy = _scrollDy;
        if (_scrollWidget == null) return false;
        _scrollWidget = null;
        _scrollDy = 0;
        return true;
    }

    private static SKRectI Grown(SKRectI r) => new(r.Left - 1, r.Top - 1, r.Right + 1, r.Bottom + 1);

    private static bool IsWhole(float v) => MathF.Abs(v - MathF.Round(v)) < 1e-3f;
}
