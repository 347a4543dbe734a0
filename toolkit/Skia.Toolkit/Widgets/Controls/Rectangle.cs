using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Rectangle fills and strokes its bounds, optionally with rounded corners.</summary>
public sealed class Rectangle : Shape
{
    private float _cornerRadius;

    /// <summary>CornerRadius rounds the corners, in logical pixels (default 0: square).</summary>
    public float CornerRadius
    {
        get => _cornerRadius;
        set
        {
            if (!float.IsFinite(value) || value < 0) throw new ArgumentException($"CornerRadius must be finite and not negative, got {value}.", nameof(value));
            if (_cornerRadius == value) return;
            _cornerRadius = value;
            InvalidatePaint();
        }
    }

    /// <summary>IsClipSensitive is true for rounded rectangles, whose anti-aliased corners depend on the clip (see <see cref="Widget.IsClipSensitive"/>).</summary>
    protected internal override bool IsClipSensitive => _cornerRadius > 0;

    /// <summary>PaintsInsideBounds is true: the fill and the stroke (inset by half its thickness) lie within the bounds.</summary>
    internal override bool PaintsInsideBounds => true;

    /// <summary>OnRender fills, then strokes inside the bounds so the outline never spills outside.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var size = Bounds.Size;
        var rect = new SKRect(0, 0, size.Width, size.Height);
        if (Fill.Alpha != 0) DrawRect(canvas, rect, _cornerRadius, ScratchPaint.Fill(Fill));
        float t = StrokeThickness;
        if (t > 0 && Stroke.Alpha != 0)
        {
            var inner = new SKRect(t / 2, t / 2, size.Width - (t / 2), size.Height - (t / 2));
            if (inner.Width >= 0 && inner.Height >= 0) DrawRect(canvas, inner, Math.Max(0, _cornerRadius - (t / 2)), ScratchPaint.Stroke(Stroke, t));
        }
    }

    /// <summary>DescribeMarkup adds the corner radius when set.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        if (_cornerRadius > 0) w.Property("cornerRadius", _cornerRadius);
    }

    private static void DrawRect(SKCanvas canvas, SKRect rect, float radius, SKPaint paint)
    {
        if (radius > 0) canvas.DrawRoundRect(rect, radius, radius, paint);
        else canvas.DrawRect(rect, paint);
    }
}
