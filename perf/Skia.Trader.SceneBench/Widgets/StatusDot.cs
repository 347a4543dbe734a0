using Skia.Toolkit.Core;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Widgets;

/// <summary>StatusDot is the header's connection indicator: a filled circle in its bounds.</summary>
internal sealed class StatusDot(uint color) : Widget
{
    private readonly SKColor _color = SceneTheme.Color(color);

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        var paint = SceneTheme.Paint;
        paint.Color = _color;
        canvas.DrawCircle(Bounds.Width / 2, Bounds.Height / 2, Math.Min(Bounds.Width, Bounds.Height) / 2, paint);
    }
}
