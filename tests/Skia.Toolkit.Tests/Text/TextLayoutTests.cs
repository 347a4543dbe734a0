using Skia.Toolkit.Text;

namespace Skia.Toolkit.Tests.Text;

public class TextLayoutTests
{
    private static readonly FontSpec Font = FontSpec.Ui(13);
    private readonly TextMeasureCache _cache = new(new TextShaper(FontSet.Default), 256);

    private string[] Lines(TextLayout layout) => layout.Lines.ToArray().Select(l => l.Text).ToArray();

    [Fact]
    public void Text_that_fits_is_one_untrimmed_line()
    {
        var layout = TextLayout.Create(_cache, "Last price", Font, 500, TextWrapping.Wrap);

        Assert.Equal(["Last price"], Lines(layout));
        Assert.False(layout.IsTrimmed);
        Assert.Equal(layout.Lines[0].Advance, layout.Width);
        Assert.Equal(layout.LineHeight, layout.Height);
    }

    [Fact]
    public void Explicit_line_breaks_start_new_lines()
    {
        var layout = TextLayout.Create(_cache, "one\r\ntwo\n\nfour", Font, float.PositiveInfinity);

        Assert.Equal(["one", "two", "", "four"], Lines(layout));
        Assert.Equal(4 * layout.LineHeight, layout.Height);
    }

    [Fact]
    public void Wrapping_breaks_at_spaces_and_keeps_every_word()
    {
        const string text = "alpha beta gamma delta epsilon zeta eta theta";
        float width = _cache.Get("alpha beta gamma", Font).Advance + 1;

        var layout = TextLayout.Create(_cache, text, Font, width, TextWrapping.Wrap);

        Assert.Equal(["alpha beta gamma", "delta epsilon zeta", "eta theta"], Lines(layout));
        Assert.All(layout.Lines.ToArray(), l => Assert.True(l.Advance <= width));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_inside()
    {
        var layout = TextLayout.Create(_cache, "Supercalifragilisticexpialidocious", Font, 60, TextWrapping.Wrap);

        Assert.True(layout.Lines.Length > 2);
        Assert.Equal("Supercalifragilisticexpialidocious", string.Concat(Lines(layout)));
        Assert.All(layout.Lines.ToArray(), l => Assert.True(l.Advance <= 60));
    }

    [Fact]
    public void Cjk_text_wraps_between_characters()
    {
        const string text = "比特币价格上涨了百分之五交易量创下新高";
        var layout = TextLayout.Create(_cache, text, Font, 80, TextWrapping.Wrap);

        Assert.True(layout.Lines.Length >= 3);
        Assert.Equal(text, string.Concat(Lines(layout)));
        Assert.All(layout.Lines.ToArray(), l => Assert.True(l.Advance <= 80));
    }

    [Fact]
    public void Ellipsis_keeps_the_longest_prefix_that_fits()
    {
        const string text = "Cancel all open orders";
        float width = _cache.Get("Cancel all open\u2026", Font).Advance + 0.5f;

        var layout = TextLayout.Create(_cache, text, Font, width);

        Assert.Equal(["Cancel all open\u2026"], Lines(layout));
        Assert.True(layout.IsTrimmed);
    }

    [Fact]
    public void Ellipsis_drops_trailing_spaces_before_the_dots()
    {
        float width = _cache.Get("Cancel all \u2026", Font).Advance + 0.1f;

        var layout = TextLayout.Create(_cache, "Cancel all open orders", Font, width);

        Assert.Equal(["Cancel all\u2026"], Lines(layout));
    }

    [Fact]
    public void Nothing_fits_leaves_just_the_ellipsis()
    {
        var layout = TextLayout.Create(_cache, "Cancel", Font, 1);

        Assert.Equal(["\u2026"], Lines(layout));
    }

    [Fact]
    public void Line_limit_trims_the_last_line_even_when_later_paragraphs_are_dropped()
    {
        var layout = TextLayout.Create(_cache, "first\nsecond\nthird", Font, 500, TextWrapping.Wrap, maxLines: 2);

        Assert.Equal(["first", "second\u2026"], Lines(layout));
        Assert.True(layout.IsTrimmed);
    }

    [Fact]
    public void No_trimming_lets_a_line_overflow()
    {
        var layout = TextLayout.Create(_cache, "Cancel all open orders", Font, 20, TextWrapping.NoWrap, TextTrimming.None);

        Assert.Equal(["Cancel all open orders"], Lines(layout));
        Assert.True(layout.Width > 20);
        Assert.False(layout.IsTrimmed);
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        const string text = "\U0001D400\U0001D401\U0001D402\U0001D403\U0001D404\U0001D405";
        var layout = TextLayout.Create(_cache, text, Font, 20, TextWrapping.Wrap);

        Assert.Equal(text, string.Concat(Lines(layout)));
        Assert.All(Lines(layout), l => Assert.False(char.IsHighSurrogate(l[^1])));
    }

    [Fact]
    public void Relayout_of_the_same_text_hits_the_cache()
    {
        TextLayout.Create(_cache, "alpha beta gamma delta", Font, 60, TextWrapping.Wrap);
        long misses = _cache.Misses;

        TextLayout.Create(_cache, "alpha beta gamma delta", Font, 60, TextWrapping.Wrap);

        Assert.Equal(misses, _cache.Misses);
    }

    [Theory]
    [InlineData(TextAlignment.Left, 0)]
    [InlineData(TextAlignment.Center, 20)]
    [InlineData(TextAlignment.Right, 40)]
    public void Alignment_offsets_a_line_within_the_width(TextAlignment alignment, float expected)
    {
        Assert.Equal(expected, TextLayout.AlignedOffset(60, 100, alignment));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => TextLayout.Create(_cache, null!, Font, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextLayout.Create(_cache, "x", Font, float.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextLayout.Create(_cache, "x", Font, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextLayout.Create(_cache, "x", Font, 10, maxLines: 0));
    }
}
