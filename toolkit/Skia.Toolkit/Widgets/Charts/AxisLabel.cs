using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>AxisLabel is one axis label a frame drew and where (for tests and markup: what the user read); its text is made as a string only when read.</summary>
internal readonly struct AxisLabel(ShapedLabel label, SKRect bounds)
{
    /// <summary>Text is the label's text.</summary>
    public string Text => label.Text;

    /// <summary>Bounds is the band the label was drawn in.</summary>
    public SKRect Bounds => bounds;

    /// <summary>Deconstruct gives the text and the bounds.</summary>
    public void Deconstruct(out string text, out SKRect rect)
    {
        text = Text;
        rect = bounds;
    }
}
