using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>ColorMath derives state colours (hover, pressed, disabled) from a theme's base colours.</summary>
internal static class ColorMath
{
    /// <summary>Mix blends from a to b by t in 0..1, channel by channel (alpha too).</summary>
    public static SKColor Mix(SKColor a, SKColor b, float t)
    {
        static byte Lerp(byte x, byte y, float t) => (byte)MathF.Round(x + ((y - x) * t));
        return new SKColor(Lerp(a.Red, b.Red, t), Lerp(a.Green, b.Green, t), Lerp(a.Blue, b.Blue, t), Lerp(a.Alpha, b.Alpha, t));
    }

    /// <summary>WithAlpha returns the colour with its alpha scaled by a factor in 0..1.</summary>
    public static SKColor Fade(SKColor c, float factor) => c.WithAlpha((byte)MathF.Round(c.Alpha * factor));
}
