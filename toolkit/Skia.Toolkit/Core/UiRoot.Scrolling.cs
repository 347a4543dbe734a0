using SkiaSharp;

namespace Skia.Toolkit.Core;

public sealed partial class UiRoot
{
    // MaxScrolls is the most pixel moves pending in one frame: a screen has a few independently moving feeds
    // (a trade tape, an order history); a further request repaints its area instead.
    private const int MaxScrolls = 4;

    // The pending moves of back-buffer pixels (see Widget.InvalidateScrolled): the widget, its area in device
    // pixels and the accumulated device offset. Moves of disjoint areas are independent and all carried out;
    // a widget whose area overlaps another pending one, or the same widget with another area, cancels both
    // (the areas are repainted whole), which keeps the bookkeeping exact.
    private readonly Widget?[] _scrollWidgets = new Widget?[MaxScrolls];
    private readonly SKRectI[] _scrollAreas = new SKRectI[MaxScrolls];
    private readonly int[] _scrollDys = new int[MaxScrolls];
    private int _scrollCount;

    /// <summary>MovingWithScrolledPixels is true while a widget is re-arranged to where its pixels already moved (no repaint of its old and new areas).</summary>
    internal bool MovingWithScrolledPixels { get; set; }

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

        int same = -1;
        bool conflict = false;
        for (int i = 0; i < _scrollCount; i++)
        {
            if (ReferenceEquals(_scrollWidgets[i], widget) && _scrollAreas[i] == area) same = i;
            else if (ReferenceEquals(_scrollWidgets[i], widget) || _scrollAreas[i].IntersectsWith(area)) conflict = true;
        }
        int total = (same >= 0 ? _scrollDys[same] : 0) + (int)MathF.Round(deviceDy);
        if (!whole || conflict || Math.Abs(total) >= area.Height || (same < 0 && _scrollCount == MaxScrolls))
        {
            // Repaint instead, grown like any invalidation: a fractional area also touches its edge pixels. Pending
            // moves of the same widget or of an overlapping area are cancelled and repainted too.
            for (int i = _scrollCount - 1; i >= 0; i--)
            {
                if (!ReferenceEquals(_scrollWidgets[i], widget) && !_scrollAreas[i].IntersectsWith(area)) continue;
                region.Add(Grown(_scrollAreas[i]));
                RemoveScroll(i);
            }
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
        int slot = same >= 0 ? same : _scrollCount++;
        _scrollWidgets[slot] = widget;
        _scrollAreas[slot] = area;
        _scrollDys[slot] = total;
    }

    /// <summary>TakeScroll hands the renderer one pending pixel move, if any, and forgets it; call it until it returns false.</summary>
    internal bool TakeScroll(out Widget widget, out SKRectI area, out int dy)
    {
        if (_scrollCount == 0)
        {
            widget = null!;
            area = default;
            dy = 0;
            return false;
        }
        int last = _scrollCount - 1;
        widget = _scrollWidgets[last]!;
        area = _scrollAreas[last];
        dy = _scrollDys[last];
        RemoveScroll(last);
        return true;
    }

    private void RemoveScroll(int index)
    {
        int last = _scrollCount - 1;
        _scrollWidgets[index] = _scrollWidgets[last];
        _scrollAreas[index] = _scrollAreas[last];
        _scrollDys[index] = _scrollDys[last];
        _scrollWidgets[last] = null;
        _scrollCount = last;
    }

    private static SKRectI Grown(SKRectI r) => new(r.Left - 1, r.Top - 1, r.Right + 1, r.Bottom + 1);

    private static bool IsWhole(float v) => MathF.Abs(v - MathF.Round(v)) < 1e-3f;
}
