using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>DepthBar fills a share of its width from the right edge: a book level's cumulative size against the larger side's total.</summary>
internal sealed class DepthBar : Widget
{
    private readonly SKColor _color;
    private float _fraction;

    /// <summary>DepthBar fills with <paramref name="color"/> (0xAARRGGBB).</summary>
    public DepthBar(uint color) => _color = SceneTheme.Color(color);

    /// <summary>Fraction is the filled share of the width, 0..1.</summary>
    public float Fraction
    {
        set
        {
            float f = Math.Clamp(value, 0, 1);
            if (f == _fraction) return;
            _fraction = f;
            InvalidatePaint();
        }
    }

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        var paint = SceneTheme.Paint;
        paint.Color = _color;
        float width = Bounds.Width * _fraction;
        // One pixel of gap above and below, so neighbouring bars read as separate rows.
        canvas.DrawRect(Bounds.Width - width, 1, width, Bounds.Height - 2, paint);
    }
}
