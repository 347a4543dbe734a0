using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

/// <summary>Renders digits with the bundled JetBrains Mono, the kind of image PixelDiff must judge.</summary>
internal static class GlyphImages
{
    /// <summary>Size is large enough that a stroke has a flat inside, which pixelmatch's anti-aliasing detector needs.</summary>
    public const float Size = 48;

    private static readonly string FontPath = Path.Combine(RepoPaths.Root, "fonts", "JetBrainsMono-Regular.ttf");

    /// <summary>Draws <paramref name="text"/> black on white, its baseline origin at (x, 57) in a 96x76 image.</summary>
    public static SKBitmap Render(string text, float x, SKColorType colorType = SKColorType.Bgra8888)
    {
        using var typeface = SKTypeface.FromFile(FontPath)
            ?? throw new InvalidOperationException("Cannot load " + FontPath);
        // Subpixel positioning and greyscale antialiased edges, as the toolkit renders text.
        using var font = new SKFont(typeface, Size) { Edging = SKFontEdging.Antialias, Subpixel = true };
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var bitmap = new SKBitmap(new SKImageInfo(96, 76, colorType, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.DrawText(text, x, 57, SKTextAlign.Left, font, paint);
        return bitmap;
    }
}
