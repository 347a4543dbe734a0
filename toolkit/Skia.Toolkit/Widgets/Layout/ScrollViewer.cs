using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// ScrollViewer is a <see cref="ScrollContainer"/> with scroll bars: a bar appears along an axis only when the
/// content is longer than the viewport on it. The wheel scrolls the content (Shift for horizontal), the bars'
/// thumbs drag and their tracks page; positions follow the content when it grows or shrinks, so a shrinking
/// content never leaves the view scrolled past its end.
/// </summary>
public sealed class ScrollViewer : Widget
{
    private readonly ScrollContainer _viewport = new();
    private readonly ScrollBar _vertical = new(Orientation.Vertical);
    private readonly ScrollBar _horizontal = new(Orientation.Horizontal);
    private bool _showVertical;
    private bool _showHorizontal;
    // Set while the bars are updated from the container, so their clamping does not write back over the offset the container remembers.
    private bool _syncing;

    /// <summary>ScrollViewer creates an empty scroll viewer (vertical scrolling only).</summary>
    public ScrollViewer()
    {
        AddChild(_viewport);
        AddChild(_vertical);
        AddChild(_horizontal);
        _viewport.ScrollChanged += (_, _) => SyncBars();
        _vertical.ValueChanged += (_, _) =>
        {
            if (!_syncing) _viewport.VerticalOffset = _vertical.Value;
        };
        _horizontal.ValueChanged += (_, _) =>
        {
            if (!_syncing) _viewport.HorizontalOffset = _horizontal.Value;
        };
    }

    /// <summary>Content is the scrolled widget, or null.</summary>
    public Widget? Content
    {
        get => _viewport.Content;
        set => _viewport.Content = value;
    }

    /// <summary>CanScrollHorizontally lets the content be wider than the viewport, with a horizontal bar when it is (default false).</summary>
    public bool CanScrollHorizontally
    {
        get => _viewport.CanScrollHorizontally;
        set => _viewport.CanScrollHorizontally = value;
    }

    /// <summary>CanScrollVertically lets the content be taller than the viewport, with a vertical bar when it is (default true).</summary>
    public bool CanScrollVertically
    {
        get => _viewport.CanScrollVertically;
        set => _viewport.CanScrollVertically = value;
    }

    /// <summary>HorizontalOffset is how far the content is scrolled left.</summary>
    public float HorizontalOffset => _viewport.HorizontalOffset;

    /// <summary>VerticalOffset is how far the content is scrolled up.</summary>
    public float VerticalOffset => _viewport.VerticalOffset;

    /// <summary>VerticalBar is the vertical scroll bar (shown only when needed).</summary>
    public ScrollBar VerticalBar => _vertical;

    /// <summary>HorizontalBar is the horizontal scroll bar (shown only when needed).</summary>
    public ScrollBar HorizontalBar => _horizontal;

    /// <summary>Viewport is the visible area's size (the viewer less its bars).</summary>
    public SKSize Viewport => _viewport.Viewport;

    /// <summary>Extent is the content's full size.</summary>
    public SKSize Extent => _viewport.Extent;

    /// <summary>ScrollTo moves to the given offsets (clamped to the scrollable range at layout).</summary>
    public void ScrollTo(float horizontalOffset, float verticalOffset) => _viewport.ScrollTo(horizontalOffset, verticalOffset);

    /// <summary>MeasureOverride measures the content, decides which bars are needed, and measures again in the space they leave.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var d = _viewport.Measure(available);
        var extent = _viewport.Extent;
        var bar = ScrollBar.Thickness;
        bool v = CanScrollVertically && extent.Height > available.Height;
        bool h = CanScrollHorizontally && extent.Width > available.Width - (v ? bar : 0);
        if (h && !v) v = CanScrollVertically && extent.Height > available.Height - bar;
        // The corner between the bars is this widget's own paint.
        if (v != _showVertical || h != _showHorizontal) InvalidatePaint();
        _showVertical = v;
        _showHorizontal = h;
        if (v || h)
        {
            d = _viewport.Measure(new SKSize(Math.Max(0, available.Width - (v ? bar : 0)), Math.Max(0, available.Height - (h ? bar : 0))));
        }

        _vertical.Measure(new SKSize(bar, available.Height));
        _horizontal.Measure(new SKSize(available.Width, bar));
        return new SKSize(Math.Min(available.Width, d.Width + (v ? bar : 0)), Math.Min(available.Height, d.Height + (h ? bar : 0)));
    }

    /// <summary>ArrangeOverride gives the viewport what the bars leave and puts the bars along the right and bottom edges (hidden bars get no area).</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var bar = ScrollBar.Thickness;
        float right = finalSize.Width - (_showVertical ? bar : 0);
        float bottom = finalSize.Height - (_showHorizontal ? bar : 0);
        right = Math.Max(0, right);
        bottom = Math.Max(0, bottom);
        _viewport.Arrange(new SKRect(0, 0, right, bottom));
        _vertical.Arrange(_showVertical ? new SKRect(right, 0, finalSize.Width, bottom) : new SKRect(finalSize.Width, 0, finalSize.Width, 0));
        _horizontal.Arrange(_showHorizontal ? new SKRect(0, bottom, right, finalSize.Height) : new SKRect(0, finalSize.Height, 0, finalSize.Height));
        SyncBars();
    }

    /// <summary>OnRender fills the corner between two shown bars so it matches their tracks.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        if (!_showVertical || !_showHorizontal) return;
        var t = Root?.Theme ?? Theming.Theme.Dark;
        var size = Bounds.Size;
        canvas.DrawRect(new SKRect(size.Width - ScrollBar.Thickness, size.Height - ScrollBar.Thickness, size.Width, size.Height), Rendering.ScratchPaint.Fill(t.Surface));
    }

    /// <summary>DescribeMarkup writes which bars are shown.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (_showVertical) w.Property("verticalBar", true);
        if (_showHorizontal) w.Property("horizontalBar", true);
    }

    private void SyncBars()
    {
        _syncing = true;
        try
        {
            SyncBarsCore();
        }
        finally
        {
            _syncing = false;
        }
    }

    private void SyncBarsCore()
    {
        var viewport = _viewport.Viewport;
        _vertical.ViewportSize = viewport.Height;
        _vertical.Maximum = _showVertical ? _viewport.MaxVerticalOffset : 0;
        _vertical.Value = Math.Min(_viewport.VerticalOffset, _vertical.Maximum);
        _horizontal.ViewportSize = viewport.Width;
        _horizontal.Maximum = _showHorizontal ? _viewport.MaxHorizontalOffset : 0;
        _horizontal.Value = Math.Min(_viewport.HorizontalOffset, _horizontal.Maximum);
    }
}
