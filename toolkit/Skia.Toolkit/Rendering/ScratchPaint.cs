using SkiaSharp;

namespace Skia.Toolkit.Rendering;

/// <summary>
/// ScratchPaint hands out one reusable SKPaint per UI thread, so simple widgets draw without owning a
/// native paint each and without allocating per frame. The paint is reset on every call; never keep it.
/// </summary>
internal static class ScratchPaint
{
    // Per thread, because tests (and several windows) may drive separate trees on separate threads.
    [ThreadStatic]
    private static SKPaint? t_paint;

    /// <summary>Fill returns the scratch paint set up to fill with <paramref name="color"/>, anti-aliased.</summary>
    public static SKPaint Fill(SKColor color)
    {
        var paint = t_paint ??= new SKPaint();
        paint.Reset();
        paint.IsAntialias = true;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = color;
        return paint;
    }

    /// <summary>Stroke returns the scratch paint set up to stroke with <paramref name="color"/> at <paramref name="width"/>, anti-aliased.</summary>
    public static SKPaint Stroke(SKColor color, float width)
    {
        var paint = Fill(color);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = width;
        return paint;
    }

    /// <summary>Image returns the scratch paint reset for drawing images.</summary>
    public static SKPaint Image()
    {
        var paint = t_paint ??= new SKPaint();
        paint.Reset();
        return paint;
    }
}
