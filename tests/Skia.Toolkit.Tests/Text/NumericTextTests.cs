using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

public class NumericTextTests
{
    private static readonly NumericFont Inter = FontSet.Default.GetNumericFont(FontSpec.Ui(14));

    [Theory]
    [InlineData(4213057L, 2, false, "42130.57")]
    [InlineData(5L, 3, false, "0.005")]
    [InlineData(-5L, 3, false, "-0.005")]
    [InlineData(0L, 0, false, "0")]
    [InlineData(123456789L, 2, true, "1,234,567.89")]
    [InlineData(-1000L, 0, true, "-1,000")]
    [InlineData(long.MinValue, 0, false, "-9223372036854775808")]
    [InlineData(long.MaxValue, 18, false, "9.223372036854775807")]
    public void Fixed_point_numbers_format_like_decimal(long mantissa, int decimals, bool group, string expected)
    {
        Span<char> buffer = stackalloc char[NumericText.Capacity];
        NumericText.FormatFixedPoint(mantissa, decimals, group, buffer, out int written);

        Assert.Equal(expected, new string(buffer[..written]));
    }

    [Fact]
    public void Decimals_out_of_range_are_rejected()
    {
        var text = new NumericText(Inter);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.SetNumber(1, 19));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.SetNumber(1, -1));
    }

    [Fact]
    public void Non_numeric_characters_are_rejected_and_leave_the_text_unchanged()
    {
        var text = new NumericText(Inter);
        text.Set("12.5");

        Assert.Throws<ArgumentException>(() => text.Set("12a"));
        Assert.Equal("12.5", text.ToString());
    }

    [Fact]
    public void Set_reports_whether_the_text_changed()
    {
        var text = new NumericText(Inter);

        Assert.True(text.SetNumber(1250, 2));
        Assert.False(text.Set("12.50"));
        Assert.True(text.SetNumber(12.5m, 3));
        Assert.Equal("12.500", text.ToString());
    }

    [Fact]
    public void Tabular_figures_make_width_depend_only_on_length()
    {
        var text = new NumericText(Inter);
        text.Set("111.11");
        float ones = text.Width;
        text.Set("888.88");

        Assert.Equal(ones, text.Width, 0.001f);
        Assert.True(ones > 20);
    }

    [Fact]
    public void Numeric_glyphs_and_width_match_harfbuzz_with_tnum()
    {
        var shaper = new TextShaper(FontSet.Default);
        var shaped = shaper.Shape("1234567890", new FontSpec(FontSet.UiFamily, 14, features: "tnum"));
        var text = new NumericText(Inter);
        text.Set("1234567890");

        Assert.Equal(shaped.Glyphs.ToArray(), text.Glyphs.ToArray());
        Assert.Equal(shaped.Advance, text.Width, 0.05f);
    }

    [Fact]
    public void Every_numeric_character_has_a_glyph_in_both_bundled_families()
    {
        foreach (var font in new[] { Inter, FontSet.Default.GetNumericFont(FontSpec.Mono(12)) })
        {
            foreach (char c in NumericFont.Characters)
            {
                Assert.True(font.GlyphOf(c) != 0, $"'{c}' has no glyph in {font.Face}");
                Assert.True(font.AdvanceOf(c) > 0, $"'{c}' has no advance in {font.Face}");
            }
        }
    }

    [Fact]
    public void Numeric_text_draws_the_same_pixels_as_shaped_text()
    {
        var shaped = new TextShaper(FontSet.Default).Shape("-42,130.57", new FontSpec(FontSet.UiFamily, 14, features: "tnum"));
        var numeric = new NumericText(Inter);
        numeric.Set("-42,130.57");

        using var fast = Render(c => numeric.Draw(c, 4, 20, Paint));
        using var slow = Render(c => shaped.Draw(c, 4, 20, Paint));
        TestOutput.SavePng(fast, "numeric-fast-path.png");

        Assert.True(CountDifferentPixels(fast, slow) <= 8, "fast path and HarfBuzz rendering differ");
        Assert.True(CountInk(fast) > 50);
    }

    [Fact]
    public void Drawing_and_updating_numbers_allocates_nothing_once_warm()
    {
        var numbers = new NumericText[100];
        for (int i = 0; i < numbers.Length; i++) numbers[i] = new NumericText(i % 2 == 0 ? Inter : FontSet.Default.GetNumericFont(FontSpec.Mono(12)));
        using var bitmap = new SKBitmap(400, 400);
        using var canvas = new SKCanvas(bitmap);

        void Frame(long tick)
        {
            for (int i = 0; i < numbers.Length; i++)
            {
                numbers[i].SetNumber(4213057 + tick * 37 + i, 2, groupThousands: true);
                if (i % 10 == 0) numbers[i].SetNumber(12.5m + tick, 4);
                numbers[i].Draw(canvas, i % 4 * 100, 12 + i / 4 * 15, Paint);
            }
        }

        for (int warm = 0; warm < 3; warm++) Frame(warm);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int tick = 3; tick < 20; tick++) Frame(tick);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Drawing_on_a_disposed_canvas_is_an_error_not_a_crash()
    {
        var text = new NumericText(Inter);
        text.Set("1.5");
        var bitmap = new SKBitmap(10, 10);
        var canvas = new SKCanvas(bitmap);
        canvas.Dispose();
        bitmap.Dispose();

        Assert.Throws<ObjectDisposedException>(() => text.Draw(canvas, 0, 5, Paint));
    }

    private static readonly SKPaint Paint = new() { Color = SKColors.Black, IsAntialias = true };

    private static SKBitmap Render(Action<SKCanvas> draw)
    {
        var bitmap = new SKBitmap(100, 28);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        draw(canvas);
        return bitmap;
    }

    private static int CountDifferentPixels(SKBitmap a, SKBitmap b)
    {
        int count = 0;
        for (int y = 0; y < a.Height; y++)
            for (int x = 0; x < a.Width; x++)
                if (Math.Abs(a.GetPixel(x, y).Red - b.GetPixel(x, y).Red) > 32) count++;
        return count;
    }

    private static int CountInk(SKBitmap bitmap)
    {
        int count = 0;
        for (int y = 0; y < bitmap.Height; y++)
            for (int x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y).Red < 128) count++;
        return count;
    }
}
