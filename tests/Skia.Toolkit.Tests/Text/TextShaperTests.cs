using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Text;

public class TextShaperTests
{
    private const string MixedScript = "BTC/USDT 比特币 ▲ ≥ €";

    private static readonly TextShaper Shaper = new(FontSet.Default);

    [Fact]
    public void Mixed_latin_cjk_and_symbols_shape_without_missing_glyphs()
    {
        var shaped = new TextShaper(FontSet.Default).Shape(MixedScript, FontSpec.Ui(16));

        Assert.DoesNotContain((ushort)0, shaped.Glyphs.ToArray());
        Assert.True(shaped.Runs.Length >= 2, "the CJK characters need a fallback run");
        var cjkRun = RunCovering(shaped, MixedScript.IndexOf('比'));
        Assert.NotEqual(FontSet.UiFamily, cjkRun.Face.FamilyName);
        Assert.Equal(FontSet.UiFamily, RunCovering(shaped, 0).Face.FamilyName);
        Assert.NotNull(shaped.TextBlob);
        Assert.True(shaped.Advance > 100);
    }

    [Fact]
    public void Mixed_script_text_renders_ink_for_every_part_to_png()
    {
        var shaper = new TextShaper(FontSet.Default);
        var shaped = shaper.Shape(MixedScript, FontSpec.Ui(24));
        using var bitmap = new SKBitmap(460, 50);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            shaped.Draw(canvas, 10, 10 + shaped.Ascent, paint);
        }
        TestOutput.SavePng(bitmap, "mixed-script.png");

        // Every run (Latin, CJK, symbols) left dark pixels in its horizontal span.
        foreach (var run in shaped.Runs)
        {
            float left = 10 + shaped.Positions[run.GlyphStart].X;
            int last = run.GlyphStart + run.GlyphCount - 1;
            float right = 10 + shaped.Positions[last].X + 8;
            Assert.True(DarkPixels(bitmap, (int)left, (int)right) > 10, $"run of {run.Face.FamilyName} at {left}..{right} drew nothing");
        }
    }

    [Fact]
    public void Each_script_gets_its_own_run_even_in_one_face()
    {
        var shaped = Shaper.Shape("Price Цена Τιμή", FontSpec.Ui(14));

        Assert.Equal(3, shaped.Runs.Length);
        Assert.All(shaped.Runs.ToArray(), r => Assert.Equal(FontSet.UiFamily, r.Face.FamilyName));
        Assert.Equal(0, shaped.Runs[0].TextStart);
        Assert.Equal("Price ".Length, shaped.Runs[1].TextStart);
        Assert.Equal("Price Цена ".Length, shaped.Runs[2].TextStart);
    }

    [Fact]
    public void Kerning_moves_glyphs_closer_than_their_advances()
    {
        var kerned = Shaper.Shape("AV", FontSpec.Ui(40));
        var unkerned = Shaper.Shape("AV", new FontSpec(FontSet.UiFamily, 40, features: "-kern"));

        Assert.True(kerned.Advance < unkerned.Advance - 1, $"kerned {kerned.Advance} vs unkerned {unkerned.Advance}");
    }

    [Fact]
    public void Ligatures_merge_glyphs_unless_turned_off()
    {
        // JetBrains Mono draws "->" as one arrow ligature (contextual alternates), two glyphs of one cluster group.
        var withLigature = Shaper.Shape("a->b", FontSpec.Mono(20));
        var without = Shaper.Shape("a->b", new FontSpec(FontSet.MonoFamily, 20, features: "-calt"));

        Assert.NotEqual(without.Glyphs.ToArray(), withLigature.Glyphs.ToArray());
    }

    [Fact]
    public void Tabular_figures_give_every_digit_the_same_advance()
    {
        var font = new FontSpec(FontSet.UiFamily, 20, features: "tnum");
        var ones = Shaper.Shape("1111", font);
        var eights = Shaper.Shape("8888", font);
        var proportionalOnes = Shaper.Shape("1111", FontSpec.Ui(20));

        Assert.Equal(eights.Advance, ones.Advance, 0.01f);
        Assert.NotEqual(proportionalOnes.Advance, ones.Advance, 0.01f);
    }

    [Fact]
    public void Lone_surrogates_are_shaped_as_replacement_characters()
    {
        string broken = "a\uD800b\uDC00c";
        var shaped = Shaper.Shape(broken, FontSpec.Ui(16));
        var replaced = Shaper.Shape("a\uFFFDb\uFFFDc", FontSpec.Ui(16));

        Assert.Equal(broken, shaped.Text);
        Assert.Equal(replaced.Glyphs.ToArray(), shaped.Glyphs.ToArray());
        Assert.DoesNotContain((ushort)0, shaped.Glyphs.ToArray());
    }

    [Fact]
    public void Valid_surrogate_pairs_stay_one_character()
    {
        var valid = "x\U0001D400y";
        Assert.Same(valid, TextShaper.ReplaceInvalidSurrogates(valid));
        Assert.Equal("\uFFFD\U0001D400\uFFFD", TextShaper.ReplaceInvalidSurrogates("\uDC00\U0001D400\uD800"));
    }

    [Fact]
    public void Empty_text_has_no_glyphs_but_line_metrics()
    {
        var shaped = Shaper.Shape("", FontSpec.Ui(16));

        Assert.Equal(0, shaped.Glyphs.Length);
        Assert.Equal(0, shaped.Advance);
        Assert.Null(shaped.TextBlob);
        Assert.True(shaped.LineHeight > 16);
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Shaper.Shape(null!, FontSpec.Ui(16)));
    }

    [Fact]
    public void Unparseable_feature_list_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Shaper.Shape("x", new FontSpec(FontSet.UiFamily, 12, features: "not a feature!")));
    }

    [Fact]
    public void Clusters_point_back_into_the_text()
    {
        var shaped = Shaper.Shape("Hi 比特", FontSpec.Ui(16));

        Assert.Equal(shaped.Glyphs.Length, shaped.Clusters.Length);
        Assert.All(shaped.Clusters.ToArray(), c => Assert.InRange(c, 0, shaped.Text.Length - 1));
        Assert.Equal(shaped.Text.IndexOf('比'), shaped.Clusters[3]);
    }

    [Fact]
    public void Shapers_on_several_threads_share_one_font_set_and_agree()
    {
        string[] texts = ["BTC/USDT 比特币 ▲ ≥ €", "以太坊 ETH 3,141.59", "Order filled ✓", "限价单 已成交"];
        var expected = texts.Select(t => new TextShaper(FontSet.Default).Shape(t, FontSpec.Ui(14)).Glyphs.ToArray()).ToArray();
        var set = FontSet.CreateBundled();
        var failures = 0;

        Parallel.For(0, 8, worker =>
        {
            var shaper = new TextShaper(set);
            for (int i = 0; i < 50; i++)
            {
                int k = (worker + i) % texts.Length;
                if (!shaper.Shape(texts[k], FontSpec.Ui(14)).Glyphs.SequenceEqual(expected[k])) Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    private static ShapedRun RunCovering(ShapedText shaped, int textIndex)
    {
        foreach (var run in shaped.Runs)
        {
            if (textIndex >= run.TextStart && textIndex < run.TextStart + run.TextLength) return run;
        }
        throw new InvalidOperationException($"no run covers {textIndex}");
    }

    private static int DarkPixels(SKBitmap bitmap, int left, int right)
    {
        int count = 0;
        for (int x = Math.Max(0, left); x < Math.Min(bitmap.Width, right); x++)
        {
            for (int y = 0; y < bitmap.Height; y++)
            {
                if (bitmap.GetPixel(x, y).Red < 128) count++;
            }
        }
        return count;
    }
}
