using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// TextPainter shapes and draws the short single-line strings of controls (button captions, headers,
/// axis labels) through the thread's <see cref="TextMeasureCache"/>, so a repaint costs a lookup, not a shaping.
/// </summary>
internal static class TextPainter
{
    /// <summary>Shape returns the cached shaped run of a string.</summary>
    public static ShapedText Shape(string text, FontSpec font) => TextMeasureCache.ForCurrentThread.Get(text, font);

    /// <summary>Baseline returns the baseline that centres a line of text vertically in a band from top to bottom.</summary>
    public static float Baseline(ShapedText shaped, float top, float bottom)
        => ((top + bottom) / 2) + ((shaped.Ascent - shaped.Descent) / 2);

    /// <summary>Draw draws a string in a rectangle, vertically centred and horizontally aligned (0 left, 0.5 centre, 1 right).</summary>
    public static void Draw(SKCanvas canvas, string text, FontSpec font, SKColor color, SKRect rect, float align)
    {
        if (text.Length == 0) return;
        var shaped = Shape(text, font);
        var x = rect.Left + ((rect.Width - shaped.Advance) * align);
        shaped.Draw(canvas, x, Baseline(shaped, rect.Top, rect.Bottom), ScratchPaint.Fill(color));
    }

    /// <summary>Width returns the advance of a string in a font.</summary>
    public static float Width(string text, FontSpec font) => text.Length == 0 ? 0 : Shape(text, font).Advance;

    /// <summary>LineHeight returns the height of one line in a font.</summary>
    public static float LineHeight(FontSpec font) => Shape("Ag", font).LineHeight;
}
