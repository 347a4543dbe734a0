using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

public class FontSetTests
{
    [Fact]
    public void Default_set_holds_the_four_bundled_fonts_from_embedded_resources()
    {
        var faces = FontSet.Default.Faces;

        Assert.Equal(4, faces.Count);
        Assert.Contains(faces, f => f.FamilyName == FontSet.UiFamily && f.Weight == SKFontStyleWeight.Normal);
        Assert.Contains(faces, f => f.FamilyName == FontSet.UiFamily && f.Weight == SKFontStyleWeight.SemiBold);
        Assert.Contains(faces, f => f.FamilyName == FontSet.MonoFamily && f.Weight == SKFontStyleWeight.Normal);
        Assert.Contains(faces, f => f.FamilyName == FontSet.MonoFamily && f.Weight == SKFontStyleWeight.Bold);
        Assert.All(faces, f => Assert.StartsWith("Skia.Toolkit.Fonts.", f.Source));
    }

    [Fact]
    public void A_bundled_face_is_loaded_only_when_text_asks_for_it()
    {
        var set = FontSet.CreateBundled();
        Assert.Equal(0, set.LoadedFaceCount);

        var mono = set.Resolve(FontSpec.Mono(13));
        Assert.Equal((FontSet.MonoFamily, SKFontStyleWeight.Normal), (mono.FamilyName, mono.Weight));
        Assert.Equal(1, set.LoadedFaceCount);

        set.GetNumericFont(FontSpec.Ui(13, SKFontStyleWeight.Bold));
        Assert.Equal(2, set.LoadedFaceCount);
        Assert.Same(mono, set.Resolve(FontSpec.Mono(20)));

        Assert.Equal(4, set.Faces.Count);
        Assert.Equal(4, set.LoadedFaceCount);
    }

    [Theory]
    [InlineData("Inter-Regular.otf", "Inter", SKFontStyleWeight.Normal)]
    [InlineData("JetBrainsMono-Bold.ttf", "JetBrains Mono", SKFontStyleWeight.Bold)]
    public void A_bundled_face_read_in_place_shapes_exactly_like_the_font_file(string file, string family, SKFontStyleWeight weight)
    {
        var fromFile = new FontSet();
        fromFile.AddFile(Path.Combine(RepoPaths.Root, "fonts", file));
        var font = new FontSpec(family, 13, weight);
        const string text = "Skia.Trader 29983.42 BUY fi";

        var expected = new TextShaper(fromFile).Shape(text, font);
        var actual = new TextShaper(FontSet.CreateBundled()).Shape(text, font);

        Assert.Equal(expected.Glyphs.ToArray(), actual.Glyphs.ToArray());
        Assert.Equal(expected.Positions.ToArray(), actual.Positions.ToArray());
        Assert.Equal(expected.Advance, actual.Advance);
        Assert.StartsWith("Skia.Toolkit.Fonts.", actual.Runs[0].Face.Source);
    }

    [Theory]
    [InlineData("Inter", SKFontStyleWeight.Normal, "Inter", SKFontStyleWeight.Normal)]
    [InlineData("inter", SKFontStyleWeight.Bold, "Inter", SKFontStyleWeight.SemiBold)]
    [InlineData("JetBrains Mono", SKFontStyleWeight.SemiBold, "JetBrains Mono", SKFontStyleWeight.Bold)]
    [InlineData("JetBrains Mono", SKFontStyleWeight.Light, "JetBrains Mono", SKFontStyleWeight.Normal)]
    public void Resolve_picks_the_nearest_weight_of_the_family(string family, SKFontStyleWeight weight, string expectedFamily, SKFontStyleWeight expectedWeight)
    {
        var face = FontSet.Default.Resolve(new FontSpec(family, 12, weight));

        Assert.Equal(expectedFamily, face.FamilyName);
        Assert.Equal(expectedWeight, face.Weight);
    }

    [Fact]
    public void Unknown_family_resolves_to_the_ui_font()
    {
        var face = FontSet.Default.Resolve(new FontSpec("No Such Family 12345", 12));

        Assert.Equal(FontSet.UiFamily, face.FamilyName);
    }

    [Fact]
    public void Default_font_spec_means_the_ui_font_at_the_default_size()
    {
        var spec = default(FontSpec);

        Assert.Equal(FontSet.UiFamily, spec.Family);
        Assert.Equal(FontSpec.DefaultSize, spec.Size);
        Assert.Equal(FontSpec.Ui(FontSpec.DefaultSize), spec);
    }

    [Fact]
    public void Cjk_falls_back_to_a_system_font_that_has_the_glyph()
    {
        Assert.False(FontSet.Default.Resolve(FontSpec.Ui(12)).HasGlyph('比'));

        var fallback = FontSet.Default.FindFallback('比', SKFontStyleWeight.Normal);

        Assert.NotNull(fallback);
        Assert.True(fallback.HasGlyph('比'));
        Assert.StartsWith("system:", fallback.Source);
        Assert.Same(fallback, FontSet.Default.FindFallback('特', SKFontStyleWeight.Normal));
    }

    [Fact]
    public void Character_no_font_has_has_no_fallback()
    {
        // U+10FFFD is a private-use code point no installed font maps.
        Assert.Null(FontSet.Default.FindFallback(0x10FFFD, SKFontStyleWeight.Normal));
    }

    [Fact]
    public void Font_file_loads_and_can_be_added()
    {
        var set = new FontSet();
        var face = set.AddFile(Path.Combine(RepoPaths.Root, "fonts", "JetBrainsMono-Bold.ttf"));

        Assert.Equal(FontSet.MonoFamily, face.FamilyName);
        Assert.Same(face, set.Resolve(FontSpec.Mono(12)));
        Assert.True(face.HasGlyph('A'));
    }

    [Fact]
    public void Missing_font_file_is_a_file_not_found_error_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-font-" + Guid.NewGuid() + ".ttf");

        var error = Assert.Throws<FileNotFoundException>(() => FontFace.FromFile(path));

        Assert.Equal(path, error.FileName);
        Assert.Contains(path, error.Message);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("header-only")]
    public void Corrupt_font_file_is_an_invalid_data_error_naming_the_path(string kind)
    {
        var inter = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "fonts", "Inter-Regular.otf"));
        byte[] bytes = kind switch
        {
            "garbage" => "this is not a font at all, just some text"u8.ToArray(),
            "empty" => [],
            "truncated" => inter[..2000],
            _ => inter[..12],
        };
        var path = Path.Combine(Path.GetTempPath(), $"corrupt-{kind}-{Guid.NewGuid():N}.otf");
        File.WriteAllBytes(path, bytes);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => FontFace.FromFile(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_resource_is_a_file_not_found_error()
    {
        Assert.Throws<FileNotFoundException>(() => FontSet.LoadResource(typeof(FontSet).Assembly, "Skia.Toolkit.Fonts.Nope.ttf"));
    }

    [Fact]
    public void Font_loads_from_a_stream()
    {
        using var stream = File.OpenRead(Path.Combine(RepoPaths.Root, "fonts", "Inter-SemiBold.otf"));

        var face = FontFace.FromStream(stream, "Inter-SemiBold from stream");

        Assert.Equal(SKFontStyleWeight.SemiBold, face.Weight);
        Assert.Equal("Inter-SemiBold from stream", face.Source);
    }

    [Fact]
    public unsafe void Font_loads_from_memory_without_copying_it_to_the_managed_heap()
    {
        // An embedded resource is an UnmanagedMemoryStream: read in place, from its position, to its end.
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "fonts", "Inter-SemiBold.otf"));
        var padded = new byte[bytes.Length + 16];
        bytes.CopyTo(padded, 16);
        fixed (byte* start = padded)
        {
            using var stream = new UnmanagedMemoryStream(start, padded.Length);
            stream.Position = 16;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var face = FontFace.FromStream(stream, "Inter-SemiBold in memory");
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(SKFontStyleWeight.SemiBold, face.Weight);
            Assert.Equal(stream.Length, stream.Position);
            // The face's own tables (a 64 KB coverage map) are allowed; a copy of the 270 KB file is not.
            Assert.True(allocated < bytes.Length / 2, $"{allocated} bytes allocated for a {bytes.Length}-byte font");
        }
        var garbage = new byte[64];
        fixed (byte* start = garbage)
        {
            using var stream = new UnmanagedMemoryStream(start, garbage.Length);
            Assert.Throws<InvalidDataException>(() => FontFace.FromStream(stream, "garbage"));
        }
    }

    [Fact]
    public void Bad_font_spec_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FontSpec("Inter", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FontSpec("Inter", float.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FontSpec("Inter", float.PositiveInfinity));
        Assert.Throws<ArgumentNullException>(() => new FontSpec(null!, 12));
    }
}
