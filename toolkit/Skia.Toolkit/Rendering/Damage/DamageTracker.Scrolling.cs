using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Damage;

/// <summary>DamageTracker's pixel moves: areas whose back-buffer pixels move instead of being repainted.</summary>
public sealed partial class DamageTracker
{
    // The pending moves of back-buffer pixels: the widget, its area in device pixels and the accumulated device
    // offset. Moves of disjoint areas are independent and all carried out; a widget whose area overlaps another
    // pending one, or the same widget with another area, cancels both (the areas are repainted whole), which
    // keeps the bookkeeping exact.
    private readonly Widget?[] _scrollWidgets = new Widget?[MaxScrolls];
    private readonly SKRectI[] _scrollAreas = new SKRectI[MaxScrolls];
    private readonly int[] _scrollDys = new int[MaxScrolls];
    // What each pending move's widget promised about its background (ScrollInk), in device pixels; empty: none.
    private readonly DeviceScrollInk[] _scrollInks = new DeviceScrollInk[MaxScrolls];
    private int _scrollCount;

    // The open BeginScroll scope, if any: descendants of this widget re-arranged by exactly this offset follow
    // their pixels and are not repainted.
    private Widget? _scopeWidget;
    private float _scopeDy;

    /// <summary>PendingScrolls is the number of pixel moves the next frame will carry out (or turn into repaints).</summary>
    internal int PendingScrolls => _scrollCount;

    /// <summary>
    /// BeginScroll declares that the pixels of <paramref name="widget"/>'s visible area move down by
    /// <paramref name="dy"/> logical pixels (up when negative) before the next frame (see <see cref="Scroll(Widget, float)"/>),
    /// and opens a scope until the returned value is disposed: inside it, a descendant of the widget re-arranged
    /// to exactly where its pixels moved is not repainted, neither where it was nor where it is.
    /// </summary>
    /// <exception cref="InvalidOperationException">another scope is open, or the widget is not in this tracker's tree.</exception>
    public ScrollScope BeginScroll(Widget widget, float dy)
    {
        ArgumentNullException.ThrowIfNull(widget);
        if (_scopeWidget != null) throw new InvalidOperationException("A scroll scope is already open; end it before beginning another.");
        if (widget.Root?.Damage != this) throw new InvalidOperationException($"{widget.GetType().Name} '{widget.Name}' is not in this tracker's window.");
        Scroll(widget, dy);
        _scopeWidget = widget;
        _scopeDy = dy;
        return new ScrollScope(this);
    }

    /// <summary>EndScroll closes the scope opened by <see cref="BeginScroll"/>.</summary>
    internal void EndScroll()
    {
        _scopeWidget = null;
        _scopeDy = 0;
    }

    /// <summary>IsScrollScopeOpen tells whether a <see cref="BeginScroll"/> scope is open (checked before the costlier <see cref="FollowsScrolledPixels"/>).</summary>
    internal bool IsScrollScopeOpen => _scopeWidget != null;

    /// <summary>FollowsScrolledPixels tells whether a widget moving from <paramref name="before"/> to <paramref name="after"/> (window rectangles) lands where its pixels already moved inside the open scroll scope.</summary>
    internal bool FollowsScrolledPixels(Widget widget, SKRect before, SKRect after)
    {
        if (_scopeWidget == null || before.IsEmpty || !widget.IsDescendantOf(_scopeWidget)) return false;
        // Row tops are computed as index x height in floating point: allow the rounding of one addition.
        const float Epsilon = 1e-3f;
        return MathF.Abs(after.Left - before.Left) < Epsilon && MathF.Abs(after.Right - before.Right) < Epsilon
            && MathF.Abs(after.Top - (before.Top + _scopeDy)) < Epsilon && MathF.Abs(after.Bottom - (before.Bottom + _scopeDy)) < Epsilon;
    }

    /// <summary>
    /// Scroll records that everything drawn in <paramref name="widget"/>'s visible area moves down by
    /// <paramref name="dy"/> logical pixels (up when negative) before the next frame. The dirty region follows
    /// the move at once: every dirty rectangle inside the area also counts where its stale pixels will land,
    /// and the strip the move uncovers is dirty, so rectangles added afterwards are simply in the new
    /// positions. A move that cannot be exact (a fractional device offset or area, an overlap with another
    /// pending move, a distance as tall as the area, too many moves) repaints the area instead.
    /// </summary>
    public void Scroll(Widget widget, float dy) => Scroll(widget, dy, default);

    /// <summary>
    /// Scroll records a move like <see cref="Scroll(Widget, float)"/> of an area drawn as rows whose pixels outside
    /// <paramref name="ink"/> are the plain background: a raster back buffer then moves only the ink (see
    /// <see cref="ScrollInk"/>). Two moves of one widget before a frame keep the promise only when both made the same.
    /// </summary>
    /// <param name="widget">The widget whose visible area moves.</param>
    /// <param name="dy">The distance, in logical pixels (down when positive).</param>
    /// <param name="ink">Where the area's rows can differ from the background (the default value: anywhere).</param>
    public void Scroll(Widget widget, float dy, ScrollInk ink)
    {
        ArgumentNullException.ThrowIfNull(widget);
        if (!float.IsFinite(dy)) throw new ArgumentOutOfRangeException(nameof(dy), dy, "A scroll distance must be finite.");
        if (dy == 0 || !ReferenceEquals(widget.Root?.Damage, this) || !widget.IsEffectivelyVisible) return;
        var logical = widget.ClipToAncestors(widget.BoundsInWindow);
        if (logical.IsEmpty || _region.IsFull) return;
        float deviceDy = dy * Scale;
        var area = ToDeviceRounded(logical);
        if (area.Width <= 0 || area.Height <= 0) return;
        bool whole = IsWholeDevice(logical) && IsWhole(deviceDy);

        int same = -1;
        bool conflict = false;
        for (int i = 0; i < _scrollCount; i++)
        {
            if (ReferenceEquals(_scrollWidgets[i], widget) && _scrollAreas[i] == area) same = i;
            else if (ReferenceEquals(_scrollWidgets[i], widget) || _scrollAreas[i].IntersectsWith(area)) conflict = true;
        }
        int step = (int)MathF.Round(deviceDy);
        int total = (same >= 0 ? _scrollDys[same] : 0) + step;
        if (!whole || conflict || Math.Abs(total) >= area.Height || (same < 0 && _scrollCount == MaxScrolls))
        {
            // Repaint instead, grown like any invalidation: a fractional area also touches its edge pixels. Pending
            // moves of the same widget or of an overlapping area are cancelled and repainted too.
            for (int i = _scrollCount - 1; i >= 0; i--)
            {
                if (!ReferenceEquals(_scrollWidgets[i], widget) && !_scrollAreas[i].IntersectsWith(area)) continue;
                _region.Add(Grow(_scrollAreas[i]));
                RemoveScroll(i);
            }
            Invalidate(logical);
            return;
        }

        Span<SKRectI> rects = stackalloc SKRectI[DirtyRegion.MaxRects];
        int count = _region.Count;
        _region.Rects.CopyTo(rects);
        for (int i = 0; i < count; i++)
        {
            var inside = SKRectI.Intersect(rects[i], area);
            if (inside.Width <= 0 || inside.Height <= 0) continue;
            _region.Add(SKRectI.Intersect(new SKRectI(inside.Left, inside.Top + step, inside.Right, inside.Bottom + step), area));
        }
        _region.Add(step > 0
            ? new SKRectI(area.Left, area.Top, area.Right, area.Top + step)
            : new SKRectI(area.Left, area.Bottom + step, area.Right, area.Bottom));
        var deviceInk = ToDevice(ink, widget.BoundsInWindow, area);
        int slot = same >= 0 ? same : _scrollCount++;
        _scrollInks[slot] = same < 0 || _scrollInks[slot].Equals(deviceInk) ? deviceInk : default;
        _scrollWidgets[slot] = widget;
        _scrollAreas[slot] = area;
        _scrollDys[slot] = total;
    }

    // A widget's ScrollInk in device pixels of `area`; empty when there is none or its rows are off the device pixel grid.
    private DeviceScrollInk ToDevice(ScrollInk ink, SKRect window, SKRectI area)
    {
        if (ink.IsEmpty) return default;
        float s = Scale;
        float origin = (window.Top + ink.RowOrigin) * s, pitch = ink.RowPitch * s;
        if (!IsWhole(origin) || !IsWhole(pitch) || MathF.Round(pitch) < 1) return default;
        int devicePitch = (int)MathF.Round(pitch);
        int bandTop = Math.Clamp((int)MathF.Floor(ink.InkTop * s), 0, devicePitch);
        int bandBottom = Math.Clamp((int)MathF.Ceiling(ink.InkBottom * s), bandTop, devicePitch);
        Span<int> edges = stackalloc int[2 * ScrollInk.MaxColumns];
        for (int i = 0; i < ink.ColumnCount; i++)
        {
            var (left, right) = ink.Column(i);
            edges[2 * i] = Math.Clamp((int)MathF.Floor((window.Left + left) * s), area.Left, area.Right);
            edges[(2 * i) + 1] = Math.Clamp((int)MathF.Ceiling((window.Left + right) * s), edges[2 * i], area.Right);
        }
        return new DeviceScrollInk((int)MathF.Round(origin), devicePitch, bandTop, bandBottom, ink.ColumnCount, edges);
    }

    /// <summary>TakeScroll hands the renderer one pending pixel move and what its widget promised about its background (<see cref="ScrollInk"/>), if any, and forgets it; call it until it returns false.</summary>
    internal bool TakeScroll(out Widget widget, out SKRectI area, out int dy, out DeviceScrollInk ink)
    {
        if (_scrollCount == 0)
        {
            widget = null!;
            area = default;
            dy = 0;
            ink = default;
            return false;
        }
        int last = _scrollCount - 1;
        widget = _scrollWidgets[last]!;
        area = _scrollAreas[last];
        dy = _scrollDys[last];
        ink = _scrollInks[last];
        RemoveScroll(last);
        return true;
    }

    /// <summary>StillMatches tells whether <paramref name="widget"/> still occupies exactly <paramref name="area"/> (device pixels) in this window, so its moved pixels are still its own.</summary>
    internal bool StillMatches(Widget widget, SKRectI area)
        => ReferenceEquals(widget.Root?.Damage, this) && widget.IsEffectivelyVisible && ToDeviceRounded(widget.ClipToAncestors(widget.BoundsInWindow)) == area;

    private void RemoveScroll(int index)
    {
        int last = _scrollCount - 1;
        _scrollWidgets[index] = _scrollWidgets[last];
        _scrollAreas[index] = _scrollAreas[last];
        _scrollDys[index] = _scrollDys[last];
        _scrollInks[index] = _scrollInks[last];
        _scrollWidgets[last] = null;
        _scrollCount = last;
    }
}
