using System.Diagnostics;
using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Damage;
using SkiaSharp;

namespace Skia.Toolkit.Rendering;

/// <summary>
/// FrameRenderer draws a root's tree into a backend's retained back buffer: it lays out what is dirty,
/// clips to the dirty region, clears it to the background, draws only the widgets that intersect it
/// (culled by window bounds) and presents the buffer (a window backend that can is told the dirty rectangles, so it copies only those to the screen). A steady-state frame allocates nothing.
/// </summary>
public sealed class FrameRenderer : IDisposable
{
    private readonly UiRoot _root;
    private readonly DamageTracker _damage;
    private readonly IRenderBackend _backend;
    private readonly SKRegion _clip = new();
    private bool _offscreenForClipSensitive;
    private SKCanvas? _lastCanvas;
    private int _widgetsRendered;
    private long _pixelsOffscreen;
    private SKSurface? _scratch;
    private SKCanvas? _scratchCanvas;
    private SKSizeI _scratchSize;
    // Whether the last frame drew the diagnostics overlay: its outlines are still in the back buffer then.
    private bool _overlayDrawn;

    /// <summary>FrameRenderer renders <paramref name="root"/> through <paramref name="backend"/>; the backend stays owned by the caller.</summary>
    public FrameRenderer(UiRoot root, IRenderBackend backend)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(backend);
        _root = root;
        _damage = root.Damage;
        _backend = backend;
    }

    /// <summary>Root is the tree this renderer draws.</summary>
    public UiRoot Root => _root;

    /// <summary>Backend is where frames are drawn.</summary>
    public IRenderBackend Backend => _backend;

    /// <summary>LastFrame holds the statistics of the last frame that drew something.</summary>
    public FrameStats LastFrame { get; private set; }

    /// <summary>
    /// RenderFrame starts a frame on the root's <see cref="DamageTracker"/> (timed repaints that are due run),
    /// lays out if needed, carries out pending pixel moves and repaints the dirty region, then ends and presents
    /// the frame; returns empty stats (DirtyRects 0) when nothing was dirty.
    /// </summary>
    public FrameStats RenderFrame()
    {
        long start = Stopwatch.GetTimestamp();
        var damage = _damage;
        damage.BeginFrame();
        try
        {
            _root.UpdateLayout();
            long moved = 0;
            while (damage.TakeScroll(out var scrolled, out var scrollArea, out var scrollDy, out var scrollInk)) moved += MoveScrolledPixels(scrolled, scrollArea, scrollDy, scrollInk);
            _root.DiagnosticsOverlay?.BeginFrame(damage.Region);
            var region = damage.Region;
            if (region.IsEmpty) return new FrameStats(0, 0, 0, Stopwatch.GetElapsedTime(start));

            var logical = _root.LogicalSize;
            var windowRect = new SKRect(0, 0, logical.Width, logical.Height);
            var canvas = _backend.BeginFrame(_root.PixelSize);
            if (!ReferenceEquals(canvas, _lastCanvas))
            {
                // GPU clipping is a scissor that leaves coverage alone; only Skia's CPU rasteriser (a canvas
                // without a GPU context, whichever backend owns it) needs the offscreen pass for clip-sensitive widgets.
                _lastCanvas = canvas;
                _offscreenForClipSensitive = canvas.Context == null;
            }

            _widgetsRendered = 0;
            _pixelsOffscreen = 0;
            var rects = region.Rects;
            // A hidden overlay (every Window installs one for F12) draws nothing: only a shown one needs the region clip.
            if (canvas.Context != null && _root.DiagnosticsOverlay is not { IsVisible: true })
            {
                // A GPU canvas: a rectangle clip is a scissor, a multi-rectangle region a mask (on a software GPU,
                // CPU work over every pixel). One pass per dirty rectangle, or one over their bounding box when
                // that wastes little; each pass repaints its rectangle whole, so the box may cover clean pixels.
                if (rects.Length > 1 && Backends.PresentDamage.Cover(rects, out var box)) RenderPass(canvas, box, windowRect);
                else foreach (var r in rects) RenderPass(canvas, r, windowRect);
            }
            else
            {
                int saved = canvas.Save();
                canvas.ResetMatrix();
                _clip.SetRect(rects[0]);
                for (int i = 1; i < rects.Length; i++) _clip.Op(rects[i], SKRegionOperation.Union);
                canvas.ClipRegion(_clip, SKClipOperation.Intersect);
                // A raster back buffer clears the region's rectangles itself (the same pixels, its rows prefetched).
                if (!(_backend is IClearableBackBuffer clearable && clearable.TryClear(_root.PixelSize, rects, _root.Background))) canvas.Clear(_root.Background);
                damage.BeginPaint(null);
                RenderSubtree(canvas, _root.Content, windowRect, region);
                damage.EndPaint();
                _root.DiagnosticsOverlay?.Draw(canvas);
                canvas.RestoreToCount(saved);
            }

            _overlayDrawn = _root.DiagnosticsOverlay is { IsVisible: true };
            var stats = new FrameStats(_widgetsRendered, region.Area, region.Count, TimeSpan.Zero) { PixelsMoved = moved, PixelsOffscreen = _pixelsOffscreen };
            if (_backend is IPresentDamageSink presentDamage) presentDamage.AddPresentDamage(region.Rects);
            region.Clear();
            _backend.EndFrame();
            _backend.Present();
            stats = stats with { Elapsed = Stopwatch.GetElapsedTime(start) };
            LastFrame = stats;
            Diagnostics.ToolkitMetrics.RecordFrame(stats);
            _root.DiagnosticsOverlay?.EndFrame(stats);
            return stats;
        }
        finally
        {
            damage.EndPaint();
            damage.EndFrame();
        }
    }

    /// <summary>
    /// MoveScrolledPixels carries out a widget's pending pixel move (<see cref="DamageTracker.Scroll(Widget, float)"/>): it moves
    /// the area's pixels in the back buffer (the dirty region already covers the uncovered strip and the moved
    /// stale rectangles), or, when that would be wrong or impossible, marks the whole area dirty instead: a full
    /// repaint is coming anyway, the widget moved or left since asking, the diagnostics overlay is shown (or its
    /// outlines are still in the back buffer from the last frame), or
    /// the backend cannot move pixels. Pixels that widgets later in paint order may have drawn over the area
    /// moved along with the rest, so each such overlap is repainted where it is and where it moved to.
    /// A raster buffer moves only the pixels the widget's <see cref="ScrollInk"/> does not promise to be background.
    /// Returns the number of pixels of the area moved (the whole area's count, ink or not; 0 when it is repainted instead).
    /// </summary>
    private long MoveScrolledPixels(Widget widget, SKRectI area, int dy, in DeviceScrollInk ink)
    {
        var damage = _damage;
        var region = damage.Region;
        if (region.IsFull) return 0;
        bool moved = _root.DiagnosticsOverlay is not { IsVisible: true } && !_overlayDrawn
            && damage.StillMatches(widget, area)
            && _backend is IScrollableBackBuffer buffer
            && buffer.TryScroll(_root.PixelSize, area, dy, ink);
        if (!moved)
        {
            region.Add(DamageTracker.Grow(area));
            return 0;
        }

        for (var child = widget; child.Parent is { } parent; child = parent)
        {
            var siblings = parent.ChildList;
            for (int i = siblings.IndexOf(child) + 1; i < siblings.Count; i++)
            {
                var later = siblings[i];
                if (!later.IsVisible) continue;
                // Grown like an invalidation: that is as far as a widget may draw outside its bounds. A widget that
                // paints only inside them (a divider line) is taken at its own pixels, so a neighbour touching the
                // area's edge does not make every row along that edge repaint a 1 px strip.
                var over = SKRectI.Intersect(later.PaintsInsideBounds ? damage.ToDeviceCovering(later.BoundsInWindow) : damage.ToDeviceGrown(later.BoundsInWindow), area);
                if (over.Width <= 0 || over.Height <= 0) continue;
                region.Add(over);
                region.Add(SKRectI.Intersect(new SKRectI(over.Left, over.Top + dy, over.Right, over.Bottom + dy), area));
            }
        }

        return (long)area.Width * (area.Height - Math.Abs(dy));
    }

    /// <summary>Dispose frees the native clip region and the offscreen buffer; the backend is not disposed.</summary>
    public void Dispose()
    {
        _clip.Dispose();
        _scratch?.Dispose();
        _scratch = null;
        _scratchCanvas = null;
    }

    // RenderPass repaints one device rectangle whole (clip, clear, every widget touching it): a scissor on a GPU canvas.
    private void RenderPass(SKCanvas canvas, SKRectI rect, SKRect windowRect)
    {
        int saved = canvas.Save();
        canvas.ResetMatrix();
        canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom), SKClipOperation.Intersect, antialias: false);
        canvas.Clear(_root.Background);
        _passRect = rect;
        _damage.BeginPaint(rect);
        RenderSubtree(canvas, _root.Content, windowRect, null);
        _damage.EndPaint();
        canvas.RestoreToCount(saved);
    }

    // The rectangle of the current pass when RenderSubtree is given no region.
    private SKRectI _passRect;

    private void RenderSubtree(SKCanvas canvas, Widget widget, SKRect clip, DirtyRegion? region)
    {
        if (!widget.IsVisible) return;
        var window = widget.BoundsInWindow;
        var visible = SKRect.Intersect(window, clip);
        // What the widget may touch: its bounds grown by the anti-aliasing margin, but no further than the clip of its
        // clipping ancestors (their rectangle clip, non-anti-aliased, stays inside the device pixels it covers). Grown
        // after the clip, a row of a clipped list would count as touching a 1 px strip dirty just outside its list.
        var reach = visible.IsEmpty ? SKRectI.Empty : SKRectI.Intersect(_damage.ToDeviceGrown(window), _damage.ToDeviceCovering(clip));
        bool intersects = reach.Width > 0 && reach.Height > 0 && (region != null ? region.Intersects(reach) : _passRect.IntersectsWith(reach));
        if (intersects && _offscreenForClipSensitive && widget.IsClipSensitive)
        {
            RenderOffscreen(canvas, widget, window);
            _widgetsRendered++;
        }
        else if (intersects)
        {
            int saved = canvas.Save();
            float s = _root.Scale;
            canvas.SetMatrix(SKMatrix.CreateScaleTranslation(s, s, window.Left * s, window.Top * s));
            widget.Render(canvas);
            canvas.RestoreToCount(saved);
            _widgetsRendered++;
        }

        var children = widget.ChildList;
        if (children.Count == 0) return;
        if (widget.ClipToBounds)
        {
            if (!intersects) return;
            int saved = canvas.Save();
            canvas.SetMatrix(SKMatrix.CreateScale(_root.Scale, _root.Scale));
            canvas.ClipRect(window, SKClipOperation.Intersect, antialias: false);
            for (int i = 0; i < children.Count; i++) RenderSubtree(canvas, children[i], visible, region);
            canvas.RestoreToCount(saved);
        }
        else
        {
            for (int i = 0; i < children.Count; i++) RenderSubtree(canvas, children[i], clip, region);
        }
    }

    /// <summary>
    /// RenderOffscreen draws a clip-sensitive widget into the scratch buffer clipped only by its own device
    /// bounds (limited to the window), which do not depend on the dirty region, then copies it through the
    /// current clip. Partial and full frames thus rasterise it identically.
    /// </summary>
    private void RenderOffscreen(SKCanvas canvas, Widget widget, SKRect window)
    {
        var pixels = _root.PixelSize;
        var device = SKRectI.Intersect(_damage.ToDeviceGrown(window), new SKRectI(0, 0, pixels.Width, pixels.Height));
        if (device.Width <= 0 || device.Height <= 0) return;
        var scratch = EnsureScratch(device.Width, device.Height);
        float s = _root.Scale;
        _pixelsOffscreen += (long)device.Width * device.Height;
        int saved = scratch.Save();
        scratch.ResetMatrix();
        scratch.ClipRect(new SKRect(0, 0, device.Width, device.Height));
        scratch.Clear(SKColors.Transparent);
        scratch.SetMatrix(SKMatrix.CreateScaleTranslation(s, s, (window.Left * s) - device.Left, (window.Top * s) - device.Top));
        widget.Render(scratch);
        scratch.RestoreToCount(saved);

        saved = canvas.Save();
        canvas.ResetMatrix();
        canvas.ClipRect(new SKRect(device.Left, device.Top, device.Right, device.Bottom));
        canvas.DrawSurface(_scratch!, device.Left, device.Top);
        canvas.RestoreToCount(saved);
    }

    /// <summary>EnsureScratch returns the canvas of the offscreen buffer, growing it (never shrinking, so steady frames allocate nothing) to hold width x height.</summary>
    private SKCanvas EnsureScratch(int width, int height)
    {
        if (_scratch == null || width > _scratchSize.Width || height > _scratchSize.Height)
        {
            _scratch?.Dispose();
            _scratchSize = new SKSizeI(Math.Max(width, _scratchSize.Width), Math.Max(height, _scratchSize.Height));
            _scratch = SKSurface.Create(new SKImageInfo(_scratchSize.Width, _scratchSize.Height, RasterBackend.ColorType, RasterBackend.AlphaType))
                ?? throw new InvalidOperationException($"Skia could not create a {_scratchSize.Width}x{_scratchSize.Height} offscreen surface.");
            _scratchCanvas = _scratch.Canvas;
        }

        return _scratchCanvas!;
    }
}
