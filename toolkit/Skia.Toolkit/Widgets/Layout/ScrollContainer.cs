using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// ScrollContainer shows a window (the viewport) onto content that may be larger: it measures the
/// content with unlimited space along the scrollable axes, clips it to its bounds and offsets it by
/// the scroll position. Changing the offset repaints only the viewport.
/// </summary>
public sealed class ScrollContainer : Widget
{
    /// <summary>WheelStep is how far one wheel notch scrolls, in logical pixels: three 16 px lines, the common desktop default.</summary>
    public const float WheelStep = 48;

    private Widget? _content;
    // The offsets asked for; the effective ones are these clamped to the current scrollable range, so
    // the result never depends on whether layout ran between setting an offset and changing the content.
    private float _requestedX;
    private float _requestedY;
    private bool _canScrollHorizontally;
    private bool _canScrollVertically = true;

    /// <summary>ScrollChanged is raised after an offset is asked for and after each layout of the container (when the extent or viewport may have changed), so scroll bars can follow.</summary>
    public event EventHandler? ScrollChanged;

    /// <summary>Content is the scrolled widget, or null.</summary>
    public Widget? Content
    {
        get => _content;
        set
        {
            if (ReferenceEquals(_content, value)) return;
            if (_content != null) RemoveChild(_content);
            _content = value;
            if (value != null) AddChild(value);
        }
    }

    /// <summary>CanScrollHorizontally lets the content be wider than the viewport (default false: it gets the viewport's width).</summary>
    public bool CanScrollHorizontally
    {
        get => _canScrollHorizontally;
        set
        {
            if (_canScrollHorizontally == value) return;
            _canScrollHorizontally = value;
            InvalidateMeasure();
        }
    }

    /// <summary>CanScrollVertically lets the content be taller than the viewport (default true).</summary>
    public bool CanScrollVertically
    {
        get => _canScrollVertically;
        set
        {
            if (_canScrollVertically == value) return;
            _canScrollVertically = value;
            InvalidateMeasure();
        }
    }

    /// <summary>HorizontalOffset is how far the content is scrolled left, in logical pixels: the offset asked for, clamped to 0..<see cref="MaxHorizontalOffset"/>.</summary>
    public float HorizontalOffset
    {
        get => Math.Min(_requestedX, MaxHorizontalOffset);
        set => ScrollTo(value, VerticalOffset);
    }

    /// <summary>VerticalOffset is how far the content is scrolled up, in logical pixels: the offset asked for, clamped to 0..<see cref="MaxVerticalOffset"/>.</summary>
    public float VerticalOffset
    {
        get => Math.Min(_requestedY, MaxVerticalOffset);
        set => ScrollTo(HorizontalOffset, value);
    }

    /// <summary>Extent is the content's desired size (what could be shown).</summary>
    public SKSize Extent => _content?.DesiredSize ?? SKSize.Empty;

    /// <summary>Viewport is the visible area's size.</summary>
    public SKSize Viewport => Bounds.Size;

    /// <summary>MaxHorizontalOffset is the largest useful horizontal offset.</summary>
    public float MaxHorizontalOffset => Math.Max(0, Extent.Width - Viewport.Width);

    /// <summary>MaxVerticalOffset is the largest useful vertical offset.</summary>
    public float MaxVerticalOffset => Math.Max(0, Extent.Height - Viewport.Height);

    /// <summary>ClipToBounds is always true: content outside the viewport is not drawn or hit.</summary>
    public override bool ClipToBounds => true;

    /// <summary>ScrollTo asks for the given offsets (finite; negative ones mean 0); the content moves at the next layout and only the viewport is repainted.</summary>
    public void ScrollTo(float horizontalOffset, float verticalOffset)
    {
        if (!float.IsFinite(horizontalOffset) || !float.IsFinite(verticalOffset))
        {
            throw new ArgumentException($"Scroll offsets must be finite, got {horizontalOffset},{verticalOffset}.");
        }

        horizontalOffset = Math.Max(0, horizontalOffset);
        verticalOffset = Math.Max(0, verticalOffset);
        if (horizontalOffset == _requestedX && verticalOffset == _requestedY) return;
        _requestedX = horizontalOffset;
        _requestedY = verticalOffset;
        InvalidateArrange();
        ScrollChanged?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>ScrollBy moves the offsets by the given amounts from where they are now.</summary>
    public void ScrollBy(float dx, float dy) => ScrollTo(HorizontalOffset + dx, VerticalOffset + dy);

    /// <summary>MeasureOverride measures the content with unlimited space along the scrollable axes.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        if (_content == null) return SKSize.Empty;
        var d = _content.Measure(new SKSize(
            _canScrollHorizontally ? float.PositiveInfinity : available.Width,
            _canScrollVertically ? float.PositiveInfinity : available.Height));
        return new SKSize(Math.Min(d.Width, available.Width), Math.Min(d.Height, available.Height));
    }

    /// <summary>ArrangeOverride clamps the offsets and places the content shifted by them.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        if (_content == null) return;
        var extent = _content.DesiredSize;
        float x = Math.Min(_requestedX, Math.Max(0, extent.Width - finalSize.Width));
        float y = Math.Min(_requestedY, Math.Max(0, extent.Height - finalSize.Height));
        float w = _canScrollHorizontally ? Math.Max(finalSize.Width, extent.Width) : finalSize.Width;
        float h = _canScrollVertically ? Math.Max(finalSize.Height, extent.Height) : finalSize.Height;
        _content.Arrange(new SKRect(-x, -y, -x + w, -y + h));
        ScrollChanged?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>OnPointerWheel scrolls by <see cref="WheelStep"/> per notch (Shift turns vertical wheel into horizontal scrolling).</summary>
    protected override void OnPointerWheel(PointerEventArgs e)
    {
        float dx = e.WheelDelta.X, dy = e.WheelDelta.Y;
        if ((e.Modifiers & KeyModifiers.Shift) != 0 && dx == 0) (dx, dy) = (dy, 0);
        float oldX = HorizontalOffset, oldY = VerticalOffset;
        ScrollBy(_canScrollHorizontally ? -dx * WheelStep : 0, _canScrollVertically ? -dy * WheelStep : 0);
        if (oldX != HorizontalOffset || oldY != VerticalOffset) e.Handled = true;
    }

    /// <summary>DescribeMarkup writes the offsets when scrolled (not while hidden: they are clamped against a layout that no longer applies).</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (!IsEffectivelyVisible) return;
        if (HorizontalOffset != 0) w.Property("horizontalOffset", HorizontalOffset);
        if (VerticalOffset != 0) w.Property("verticalOffset", VerticalOffset);
    }
}
