using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>Tooltip is the small raised box of text a <see cref="PopupHost"/> shows next to a widget after the pointer rests on it.</summary>
internal sealed class Tooltip : Widget
{
    public Tooltip(string text)
    {
        Text = text;
    }

    /// <summary>Text is the tooltip's text.</summary>
    public string Text { get; }

    private Theme Theme => Root?.Theme ?? Theme.Dark;

    private FontSpec Font => FontSpec.Ui(Theme.FontSizeSmall);

    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        return new SKSize(TextPainter.Width(Text, Font) + (2 * t.Spacing), t.RowHeight);
    }

    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var rect = new SKRect(0, 0, Bounds.Width, Bounds.Height);
        canvas.DrawRoundRect(rect, t.CornerRadius, t.CornerRadius, ScratchPaint.Fill(t.SurfaceRaised));
        var inner = rect;
        inner.Inflate(-t.BorderWidth / 2, -t.BorderWidth / 2);
        canvas.DrawRoundRect(inner, t.CornerRadius, t.CornerRadius, ScratchPaint.Stroke(t.Border, t.BorderWidth));
        TextPainter.Draw(canvas, Text, Font, t.Text, new SKRect(t.Spacing, 0, rect.Width - t.Spacing, rect.Height), 0);
    }

    protected override void DescribeMarkup(MarkupWriter w) => w.Property("text", Text);
}
