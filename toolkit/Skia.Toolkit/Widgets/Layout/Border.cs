using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Border draws a background and an outline (optionally rounded) around a single child, inset by the border thickness and <see cref="Padding"/>.</summary>
public sealed class Border : Widget
{
    private Widget? _child;
    private SKColor _background;
    private SKColor _borderColor;
    private float _borderThickness;
    private float _cornerRadius;
    private Thickness _padding;

    /// <summary>Child is the single widget inside the border, or null.</summary>
    public Widget? Child
    {
        get => _child;
        set
        {
            if (ReferenceEquals(_child, value)) return;
            if (_child != null) RemoveChild(_child);
            _child = value;
            if (value != null) AddChild(value);
        }
    }

    /// <summary>Background fills the area inside the outline (transparent by default).</summary>
    public SKColor Background
    {
        get => _background;
        set => SetPaintProperty(ref _background, value);
    }

    /// <summary>BorderColor is the outline colour.</summary>
    public SKColor BorderColor
    {
        get => _borderColor;
        set => SetPaintProperty(ref _borderColor, value);
    }

    /// <summary>BorderThickness is the outline width in logical pixels, drawn inside the bounds; it also insets the child.</summary>
    public float BorderThickness
    {
        get => _borderThickness;
        set
        {
            LayoutGuard.CheckFiniteLength(value, nameof(BorderThickness));
            if (_borderThickness == value) return;
            _borderThickness = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>CornerRadius rounds the outline and background, in logical pixels.</summary>
    public float CornerRadius
    {
        get => _cornerRadius;
        set
        {
            LayoutGuard.CheckFiniteLength(value, nameof(CornerRadius));
            if (_cornerRadius == value) return;
            _cornerRadius = value;
            InvalidatePaint();
        }
    }

    /// <summary>Padding is the space between the outline and the child.</summary>
    public Thickness Padding
    {
        get => _padding;
        set
        {
            if (_padding == value) return;
            _padding = value;
            InvalidateMeasure();
        }
    }

    /// <summary>IsClipSensitive is true for rounded borders, whose anti-aliased corners depend on the clip (see <see cref="Widget.IsClipSensitive"/>).</summary>
    protected internal override bool IsClipSensitive => _cornerRadius > 0;

    /// <summary>MeasureOverride measures the child in the space left after border and padding, and adds them back.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        float insetW = (2 * _borderThickness) + _padding.Horizontal;
        float insetH = (2 * _borderThickness) + _padding.Vertical;
        var d = _child == null
            ? SKSize.Empty
            : _child.Measure(new SKSize(Math.Max(0, available.Width - insetW), Math.Max(0, available.Height - insetH)));
        return new SKSize(d.Width + insetW, d.Height + insetH);
    }

    /// <summary>ArrangeOverride places the child inside border and padding.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        if (_child == null) return;
        float t = _borderThickness;
        float left = t + _padding.Left, top = t + _padding.Top;
        float right = Math.Max(left, finalSize.Width - t - _padding.Right);
        float bottom = Math.Max(top, finalSize.Height - t - _padding.Bottom);
        _child.Arrange(new SKRect(left, top, right, bottom));
    }

    /// <summary>OnRender fills the background and strokes the outline inside the bounds.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var size = Bounds.Size;
        var outer = new SKRect(0, 0, size.Width, size.Height);
        float r = _cornerRadius;
        if (_background.Alpha != 0)
        {
            var paint = ScratchPaint.Fill(_background);
            if (r > 0) canvas.DrawRoundRect(outer, r, r, paint);
            else canvas.DrawRect(outer, paint);
        }

        float t = _borderThickness;
        if (t > 0 && _borderColor.Alpha != 0)
        {
            var inner = new SKRect(t / 2, t / 2, size.Width - (t / 2), size.Height - (t / 2));
            if (inner.Width < 0 || inner.Height < 0) return;
            var paint = ScratchPaint.Stroke(_borderColor, t);
            float ri = Math.Max(0, r - (t / 2));
            if (ri > 0) canvas.DrawRoundRect(inner, ri, ri, paint);
            else canvas.DrawRect(inner, paint);
        }
    }

    /// <summary>DescribeMarkup writes the colours, thickness, radius and padding that are set.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        if (_background.Alpha != 0) w.Property("background", _background);
        if (_borderThickness > 0)
        {
            w.Property("borderColor", _borderColor);
            w.Property("borderThickness", _borderThickness);
        }

        if (_cornerRadius > 0) w.Property("cornerRadius", _cornerRadius);
        if (!_padding.IsZero) w.Property("padding", _padding);
    }

    private void SetPaintProperty(ref SKColor field, SKColor value)
    {
        if (field == value) return;
        field = value;
        InvalidatePaint();
    }
}
