using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

public class FontFaceTests
{
    private const string Cjk = "比特币 行情";

    [Fact]
    public void A_system_face_reads_its_file_instead_of_mapping_it_and_draws_exactly_like_the_mapped_typeface()
    {
        using var mappedTypeface = MatchCjk();
        var mapped = FontFace.FromTypeface(mappedTypeface);
        var read = FontFace.FromSystemTypeface(MatchCjk());

        using (var stream = read.Typeface.OpenStream(out _))
        {
            // No memory base: FreeType reads the bytes it needs instead of faulting in the file's mapped pages.
            Assert.Equal(IntPtr.Zero, stream.GetMemoryBase());
        }
        Assert.Equal(mapped.FamilyName, read.FamilyName);
        Assert.True(read.HasGlyph('比'));
        Assert.Equal(Draw(mapped), Draw(read));
    }

    [Fact]
    public void A_system_face_shapes_exactly_like_the_mapped_typeface()
    {
        using var mappedTypeface = MatchCjk();
        var mapped = FontFace.FromTypeface(mappedTypeface);
        var read = FontFace.FromSystemTypeface(MatchCjk());
        var expected = Shape(mapped);
        var actual = Shape(read);

        Assert.Equal(expected.Glyphs.ToArray(), actual.Glyphs.ToArray());
        Assert.Equal(expected.Positions.ToArray(), actual.Positions.ToArray());
        Assert.Equal(expected.Advance, actual.Advance);
    }

    private static SKTypeface MatchCjk()
    {
        var typeface = SKFontManager.Default.MatchCharacter('比');
        Assert.NotNull(typeface);
        return typeface;
    }

    private static ShapedText Shape(FontFace face)
    {
        var set = new FontSet();
        set.Add(face);
        return new TextShaper(set).Shape(Cjk, new FontSpec(face.FamilyName, 16, face.Weight));
    }

    private static byte[] Draw(FontFace face)
    {
        using var surface = SKSurface.Create(new SKImageInfo(160, 40, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        using var font = face.CreateFont(20);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        surface.Canvas.DrawText(Cjk, 4, 28, SKTextAlign.Left, font, paint);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        var bytes = pixels.GetPixelSpan().ToArray();
        Assert.Contains(bytes, b => b != 0xFF); // something was drawn
        return bytes;
    }
}
