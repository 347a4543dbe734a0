using Skia.Toolkit.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

public class PixelDiffTests
{
    // A shifted 48 px glyph differs by at most 5 pixels that are not judged anti-aliasing
    // (measured over digits 0-9 shifted by 1/4, 1/2 and 1 px); a changed digit differs by 50+.
    private const int GlyphBudget = 8;

    // A fractional start, so the glyph's edges fall between pixels and are anti-aliased.
    private const float GlyphX = 20.3f;

    [Fact]
    public void Identical_renders_match_on_the_hash_without_a_diff_image()
    {
        using var expected = GlyphImages.Render("8", GlyphX);
        using var actual = GlyphImages.Render("8", GlyphX);

        using var result = PixelDiff.Compare(expected, actual);

        Assert.True(result.Identical);
        Assert.Equal(result.ExpectedHash, result.ActualHash);
        Assert.True(result.Passes(0));
        Assert.Null(result.DiffImage);
        Assert.Equal("Images are identical.", result.Describe(0));
    }

    [Fact]
    public void The_same_pixels_in_another_colour_type_are_identical()
    {
        using var bgra = GlyphImages.Render("5", GlyphX, SKColorType.Bgra8888);
        using var rgba = GlyphImages.Render("5", GlyphX, SKColorType.Rgba8888);

        using var result = PixelDiff.Compare(bgra, rgba);

        Assert.True(result.Identical);
    }

    [Theory]
    [InlineData("0", 1f)]
    [InlineData("1", 1f)]
    [InlineData("4", 1f)]
    [InlineData("7", 1f)]
    [InlineData("8", 1f)]
    [InlineData("8", 0.5f)]
    [InlineData("3", 0.25f)]
    public void A_glyph_shifted_horizontally_passes_because_its_edges_are_anti_aliasing(string digit, float shift)
    {
        using var expected = GlyphImages.Render(digit, GlyphX);
        using var actual = GlyphImages.Render(digit, GlyphX + shift);

        using var result = PixelDiff.Compare(expected, actual);

        Assert.False(result.Identical);
        Assert.True(result.Passes(GlyphBudget), result.Describe(GlyphBudget));
        // Without the anti-aliasing detector the same images would be far over budget.
        Assert.True(result.DifferentPixels + result.AntiAliasedPixels > GlyphBudget * 3,
            $"the shift should move many edge pixels: {result.Describe(GlyphBudget)}");
    }

    [Theory]
    [InlineData("1", "7")]
    [InlineData("3", "8")]
    [InlineData("5", "6")]
    [InlineData("0", "8")]
    public void A_changed_digit_fails(string expectedDigit, string actualDigit)
    {
        using var expected = GlyphImages.Render(expectedDigit, GlyphX);
        using var actual = GlyphImages.Render(actualDigit, GlyphX);

        using var result = PixelDiff.Compare(expected, actual);

        Assert.False(result.Passes(GlyphBudget), result.Describe(GlyphBudget));
        Assert.Contains("over the budget of 8", result.Describe(GlyphBudget));
    }

    [Fact]
    public void Images_of_different_sizes_fail_and_say_both_sizes()
    {
        using var expected = new SKBitmap(96, 76);
        using var actual = new SKBitmap(97, 76);
        expected.Erase(SKColors.White);
        actual.Erase(SKColors.White);

        using var result = PixelDiff.Compare(expected, actual);

        Assert.False(result.SizesMatch);
        Assert.False(result.Passes(int.MaxValue));
        Assert.Equal("Image sizes differ: expected 96x76 px, actual 97x76 px.", result.Describe(0));
    }

    [Fact]
    public void Diff_image_paints_real_differences_red_anti_aliasing_yellow_and_the_rest_faded_grey()
    {
        using var expected = GlyphImages.Render("8", GlyphX);
        using var actual = GlyphImages.Render("8", GlyphX + 1);
        // A real difference in a flat area: a black dot far from the glyph.
        actual.SetPixel(3, 3, SKColors.Black);

        using var result = PixelDiff.Compare(expected, actual);

        var diff = Assert.IsType<SKBitmap>(result.DiffImage);
        int red = 0, yellow = 0;
        for (var y = 0; y < diff.Height; y++)
        {
            for (var x = 0; x < diff.Width; x++)
            {
                var c = diff.GetPixel(x, y);
                if (c == new SKColor(255, 0, 0)) red++;
                else if (c == new SKColor(255, 255, 0)) yellow++;
                else Assert.True(c.Red == c.Green && c.Green == c.Blue && c.Red >= 229, $"pixel ({x},{y}) is {c}, not faded grey");
            }
        }

        Assert.Equal(new SKColor(255, 0, 0), diff.GetPixel(3, 3));
        Assert.Equal(result.DifferentPixels, red);
        Assert.Equal(result.AntiAliasedPixels, yellow);
        Assert.True(yellow > 0);
    }

    [Fact]
    public void A_faint_colour_change_passes_the_default_threshold_but_not_a_zero_threshold()
    {
        using var expected = new SKBitmap(20, 20);
        using var actual = new SKBitmap(20, 20);
        expected.Erase(new SKColor(200, 200, 200));
        actual.Erase(new SKColor(203, 200, 200));

        using var tolerant = PixelDiff.Compare(expected, actual);
        using var strict = PixelDiff.Compare(expected, actual, threshold: 0);

        Assert.True(tolerant.Passes(0), tolerant.Describe(0));
        Assert.Equal(400, strict.DifferentPixels);
    }

    [Fact]
    public void Semi_transparent_pixels_are_compared_over_white()
    {
        using var expected = new SKBitmap(new SKImageInfo(10, 10, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var actual = new SKBitmap(new SKImageInfo(10, 10, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        // Nearly transparent black over white is nearly white; nearly transparent red likewise.
        expected.Erase(new SKColor(0, 0, 0, 2));
        actual.Erase(new SKColor(255, 0, 0, 2));

        using var result = PixelDiff.Compare(expected, actual);

        Assert.False(result.Identical);
        Assert.True(result.Passes(0), result.Describe(0));
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void A_threshold_outside_zero_to_one_is_refused(float threshold)
    {
        using var image = new SKBitmap(4, 4);

        Assert.Throws<ArgumentOutOfRangeException>(() => PixelDiff.Compare(image, image, threshold));
    }
}
