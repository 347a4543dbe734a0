using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Text;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class LabelTests
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog while the order book updates";

    [Fact]
    public void Single_line_label_measures_to_its_text()
    {
        var label = new Label("Bid 42130.57");
        var shaped = TextMeasureCache.ForCurrentThread.Get("Bid 42130.57", label.Font);

        var size = label.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity));

        Assert.Equal(MathF.Ceiling(shaped.Advance), size.Width);
        Assert.Equal(MathF.Ceiling(shaped.LineHeight), size.Height);
    }

    [Fact]
    public void Wrapped_label_breaks_between_words_within_its_width()
    {
        var label = new Label(Sentence) { Wrapping = TextWrapping.Wrap, Width = 150 };
        using var window = new HeadlessWindow(Top(label), 200, 200);
        window.RenderFrame();

        var layout = label.CurrentLayout!;
        Assert.True(layout.Lines.Length >= 3);
        foreach (var line in layout.Lines)
        {
            Assert.True(line.Advance <= 150, $"'{line.Text}' is {line.Advance} wide");
            Assert.False(line.Text.EndsWith(' '));
        }
        Assert.Equal(Sentence, string.Join(" ", layout.Lines.ToArray().Select(l => l.Text)));
        Assert.Equal(MathF.Ceiling(layout.Height), label.Bounds.Height);
    }

    [Fact]
    public void Too_narrow_single_line_label_ends_with_an_ellipsis()
    {
        var label = new Label(Sentence) { Width = 120, Height = 20 };
        using var window = new HeadlessWindow(Top(label), 200, 40);
        window.RenderFrame();

        var line = Assert.Single(label.CurrentLayout!.Lines.ToArray());
        Assert.EndsWith("\u2026", line.Text);
        Assert.StartsWith("The quick", line.Text);
        Assert.True(line.Advance <= 120);
        Assert.True(label.CurrentLayout.IsTrimmed);
    }

    [Fact]
    public void Wrapped_label_in_a_short_box_shows_whole_lines_and_trims_the_last()
    {
        var label = new Label(Sentence) { Wrapping = TextWrapping.Wrap, Width = 120, Height = 34 };
        using var window = new HeadlessWindow(Top(label), 200, 60);
        window.RenderFrame();

        var lines = label.CurrentLayout!.Lines.ToArray();
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("\u2026", lines[1].Text);
        Assert.True(label.CurrentLayout.Height <= 34);
    }

    [Fact]
    public void MaxLines_limits_lines_and_trims_the_last()
    {
        var label = new Label(Sentence) { Wrapping = TextWrapping.Wrap, Width = 100, MaxLines = 2 };
        label.Measure(new SKSize(100, float.PositiveInfinity));

        var lines = label.CurrentLayout!.Lines.ToArray();
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("\u2026", lines[1].Text);
    }

    [Theory]
    [InlineData(TextAlignment.Left, 0, 60)]
    [InlineData(TextAlignment.Center, 70, 130)]
    [InlineData(TextAlignment.Right, 140, 200)]
    public void Text_alignment_places_the_ink(TextAlignment alignment, int inkFrom, int inkTo)
    {
        var label = new Label("Ask") { TextAlignment = alignment, Width = 200, Height = 20 };
        using var window = new HeadlessWindow(Top(label), 200, 20);
        using var bitmap = window.Capture();

        var (left, right) = InkColumns(bitmap);
        Assert.InRange(left, inkFrom, inkTo);
        Assert.InRange(right, inkFrom, inkTo);
    }

    [Fact]
    public void Text_colour_is_used_for_the_glyphs()
    {
        var label = new Label("MMMM") { Color = SKColors.Red, Font = FontSpec.Ui(20, SKFontStyleWeight.SemiBold) };
        using var window = new HeadlessWindow(Top(label), 100, 30);
        using var bitmap = window.Capture();

        bool foundRed = false;
        for (int y = 0; y < bitmap.Height && !foundRed; y++)
            for (int x = 0; x < bitmap.Width && !foundRed; x++)
                foundRed = bitmap.GetPixel(x, y) is { Red: > 200, Green: < 60, Blue: < 60 };
        Assert.True(foundRed);
    }

    [Fact]
    public void Label_without_a_colour_draws_in_the_theme_text_colour_and_follows_theme_changes()
    {
        var label = new Label("MMMM") { Font = FontSpec.Ui(20, SKFontStyleWeight.Bold) };
        using var window = new HeadlessWindow(Top(label), 100, 30);
        using (var dark = window.Capture())
        {
            Assert.Equal(Theme.Dark.Background, dark.GetPixel(95, 25));
            Assert.True(HasPixel(dark, Theme.Dark.Text), "dark theme: no glyph pixel in the theme's text colour");
        }

        window.Root.Theme = Theme.Light;
        using var light = window.Capture();
        Assert.Equal(Theme.Light.Background, light.GetPixel(95, 25));
        Assert.True(HasPixel(light, Theme.Light.Text), "light theme: no glyph pixel in the theme's text colour");
        Assert.Null(label.Color);
        Assert.DoesNotContain("color=", window.Root.ToMarkup());

        label.Color = SKColors.Red;
        Assert.Contains("color=#FFFF0000", window.Root.ToMarkup());
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => new Label(null!));
        Assert.Throws<ArgumentNullException>(() => new Label().Text = null!);
    }

    [Fact]
    public void Empty_and_invalid_utf16_text_render_without_error()
    {
        var panel = new CellPanel(1, 200, 24);
        var empty = new Label("");
        var broken = new Label("bad \uD800 surrogate \uDC00!");
        panel.Add(empty);
        panel.Add(broken);
        using var window = new HeadlessWindow(panel, 200, 48);
        using var bitmap = window.Capture();

        Assert.Equal(0, empty.DesiredSize.Width);
        Assert.Equal(0, InkColumns(bitmap, 0, 24).Right);
        Assert.True(InkColumns(bitmap, 24, 48).Right > 50);
        Assert.DoesNotContain((ushort)0, broken.CurrentLayout!.Lines[0].Glyphs.ToArray());
    }

    [Fact]
    public void Text_change_of_a_fixed_size_label_repaints_without_layout()
    {
        var panel = new CellPanel(1, 100, 20);
        var label = new Label("1") { Width = 100, Height = 20 };
        panel.Add(label);
        using var window = new HeadlessWindow(panel, 100, 20);
        window.RenderFrame();
        int measures = panel.MeasureCount;

        label.Text = "a much longer text";

        Assert.True(label.IsPaintDirty);
        Assert.False(panel.IsMeasureDirty);
        window.RenderFrame();
        Assert.Equal(measures, panel.MeasureCount);
    }

    [Fact]
    public void Text_change_of_an_auto_size_label_lays_out_its_parent_again()
    {
        var panel = new CellPanel(1, 100, 20);
        var label = new Label("1");
        panel.Add(label);
        using var window = new HeadlessWindow(panel, 100, 20);
        window.RenderFrame();
        int measures = panel.MeasureCount;

        label.Text = "a much longer text";
        window.RenderFrame();

        Assert.True(panel.MeasureCount > measures);
        Assert.True(label.DesiredSize.Width > 50);
    }

    [Fact]
    public void Numeric_text_takes_the_fast_path_and_other_text_is_shaped()
    {
        var label = new Label { UseNumericFastPath = true, Text = "42,130.57" };
        Assert.True(label.IsNumeric);

        label.Text = "n/a";
        Assert.False(label.IsNumeric);

        label.SetNumber(-1234, 1);
        Assert.True(label.IsNumeric);
        Assert.Equal("-123.4", label.Text);
    }

    [Fact]
    public void Bad_numeric_input_leaves_the_label_unchanged()
    {
        var label = new Label("n/a");

        Assert.Throws<ArgumentOutOfRangeException>(() => label.SetNumber(1, 19));
        Assert.Throws<ArgumentException>(() => label.SetNumericText("12a"));
        Assert.Throws<ArgumentException>(() => label.SetNumericText(new string('1', NumericText.Capacity + 1)));

        Assert.False(label.IsNumeric);
        Assert.Equal("n/a", label.Text);
    }

    [Fact]
    public void Unchanged_number_does_not_repaint()
    {
        var label = new Label { Width = 80, Height = 20 };
        label.SetNumber(12345, 2);
        using var window = new HeadlessWindow(label, 80, 20);
        window.RenderFrame();

        label.SetNumber(12345, 2);

        Assert.False(label.IsPaintDirty);
        Assert.Equal("123.45", label.Text);
        label.SetNumericText("123.45");
        Assert.False(label.IsPaintDirty);
    }

    [Fact]
    public void Numeric_label_of_unchanged_width_repaints_without_layout_even_when_auto_sized()
    {
        var panel = new CellPanel(1, 100, 20);
        var label = new Label();
        label.SetNumber(1000, 2);
        panel.Add(label);
        using var window = new HeadlessWindow(panel, 100, 20);
        window.RenderFrame();
        int measures = panel.MeasureCount;

        label.SetNumber(9999, 2);
        Assert.False(panel.IsMeasureDirty);
        window.RenderFrame();
        Assert.Equal(measures, panel.MeasureCount);

        label.SetNumber(99999, 2);
        Assert.True(panel.IsMeasureDirty);
    }

    [Fact]
    public void Numeric_label_draws_like_a_shaped_label_with_tabular_figures()
    {
        var fast = new Label { Width = 100, Height = 20, Font = FontSpec.Ui(14) };
        fast.SetNumber(4213057, 2);
        var shaped = new Label("42130.57") { Width = 100, Height = 20, Font = new FontSpec(FontSet.UiFamily, 14, features: "tnum") };

        using var fastWindow = new HeadlessWindow(Top(fast), 100, 20);
        using var shapedWindow = new HeadlessWindow(Top(shaped), 100, 20);
        using var a = fastWindow.Capture();
        using var b = shapedWindow.Capture();

        Assert.Equal(InkColumns(b), InkColumns(a));
    }

    [Fact]
    public void Markup_shows_the_text_and_font()
    {
        var label = new Label("Hello world") { Name = "greeting", TextAlignment = TextAlignment.Right };
        using var window = new HeadlessWindow(label, 100, 20);
        window.RenderFrame();

        var markup = window.Root.ToMarkup();
        Assert.Contains("Label #greeting", markup);
        Assert.Contains("text=\"Hello world\"", markup);
        Assert.Contains("align=Right", markup);
    }

    [Fact]
    public void Rendering_a_frame_where_100_numeric_labels_change_allocates_nothing()
    {
        var panel = new CellPanel(5, 100, 18);
        var labels = new Label[100];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = new Label { Width = 96, Height = 18, TextAlignment = TextAlignment.Right, Font = i % 2 == 0 ? FontSpec.Ui(13) : FontSpec.Mono(12) };
            labels[i].SetNumber(4213057 + i, 2);
            panel.Add(labels[i]);
        }
        using var window = new HeadlessWindow(panel, 500, 360);
        var time = new char[8];

        void Frame(long tick)
        {
            for (int i = 0; i < labels.Length; i++)
            {
                if (i % 10 == 9)
                {
                    // A clock column: "hh:mm:ss" written into a stack buffer.
                    long seconds = tick + i;
                    time[0] = (char)('0' + seconds / 36000 % 10); time[1] = (char)('0' + seconds / 3600 % 10); time[2] = ':';
                    time[3] = (char)('0' + seconds / 600 % 6); time[4] = (char)('0' + seconds / 60 % 10); time[5] = ':';
                    time[6] = (char)('0' + seconds / 10 % 6); time[7] = (char)('0' + seconds % 10);
                    labels[i].SetNumericText(time);
                }
                else
                {
                    labels[i].SetNumber(4213057 + (tick * 7919) + i, 2, groupThousands: i % 3 == 0);
                }
            }
            var stats = window.RenderFrame();
            Assert.True(stats.WidgetsRendered >= 100);
        }

        for (long warm = 0; warm < 5; warm++) Frame(warm);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long tick = 5; tick < 25; tick++) Frame(tick);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        window.SavePng(Path.Combine(TestOutput.Directory, "numeric-labels-frame.png"));
    }

    [Fact]
    public void Auto_sized_numeric_labels_in_a_grid_update_without_layout_or_allocation()
    {
        var grid = new Grid { Rows = Enumerable.Repeat(GridLength.Fixed(18), 20).ToArray(), Columns = Enumerable.Repeat(GridLength.Star(), 5).ToArray() };
        var labels = new Label[100];
        for (int i = 0; i < labels.Length; i++)
        {
            // Not layout boundaries: the labels size to their text and sit right-aligned in their cells.
            labels[i] = new Label { HorizontalAlignment = HorizontalAlignment.Right, VerticalAlignment = VerticalAlignment.Center };
            labels[i].SetNumber(100000 + i, 3);
            grid.Add(labels[i], i / 5, i % 5);
        }
        using var window = new HeadlessWindow(grid, 500, 360);

        long drawn = 0;
        void Frame(long tick)
        {
            // Same digit count every frame, so tabular widths stay and no layout runs.
            for (int i = 0; i < labels.Length; i++) labels[i].SetNumber(100000 + ((tick * 7919) + i) % 900000, 3);
            drawn += window.RenderFrame().WidgetsRendered;
        }

        for (long warm = 0; warm < 5; warm++) Frame(warm);
        drawn = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long tick = 5; tick < 25; tick++) Frame(tick);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(drawn >= 20 * labels.Length, $"the measured frames drew {drawn} widgets");
        labels[42].SetNumber(123456, 3);
        Assert.True(labels[42].IsPaintDirty);
        Assert.False(labels[42].IsMeasureDirty);
        Assert.False(grid.IsMeasureDirty);
    }

    [Fact]
    public void Wrapped_and_trimmed_labels_render_to_png()
    {
        var panel = new CellPanel(1, 320, 60);
        panel.Add(new Label(Sentence) { Wrapping = TextWrapping.Wrap });
        panel.Add(new Label(Sentence + " " + Sentence) { Wrapping = TextWrapping.Wrap, TextAlignment = TextAlignment.Center, Height = 34 });
        panel.Add(new Label(Sentence) { TextAlignment = TextAlignment.Right, Color = SKColors.DarkBlue });
        panel.Add(new Label("比特币价格上涨了百分之五，交易量创下新高，市场情绪持续乐观，分析师认为还会继续上涨") { Wrapping = TextWrapping.Wrap, Font = FontSpec.Ui(15) });
        panel.Add(new Label("BTC/USDT 比特币 ▲ ≥ € — Bid 42,130.57") { Font = FontSpec.Ui(18, SKFontStyleWeight.SemiBold) });
        using var window = new HeadlessWindow(panel, 320, 300);
        using var first = window.Capture();
        // A second frame after invalidations must look the same (no stale layout or cached state).
        foreach (var child in panel.Children) child.InvalidatePaint();
        ((Label)panel.Children[2]).Text = Sentence + " ";
        ((Label)panel.Children[2]).Text = Sentence;
        using var second = window.Capture();
        var path = Path.Combine(TestOutput.Directory, "labels-wrapped-trimmed.png");
        window.SavePng(path);

        Assert.Equal(first.Bytes, second.Bytes);
        var cjk = (Label)panel.Children[3];
        Assert.True(cjk.CurrentLayout!.Lines.Length >= 2, "CJK text wraps between characters");
        Assert.All(cjk.CurrentLayout.Lines.ToArray(), l => Assert.True(l.Advance <= 320));
    }

    [Fact]
    public void Layout_is_the_same_at_scale_two()
    {
        string[] LinesAt(float scale, string png)
        {
            var label = new Label(Sentence) { Wrapping = TextWrapping.Wrap, TextAlignment = TextAlignment.Center };
            var panel = new CellPanel(1, 160, 80);
            panel.Add(label);
            var price = new Label { TextAlignment = TextAlignment.Right, Font = FontSpec.Mono(13) };
            price.SetNumber(-4213057, 2, groupThousands: true);
            panel.Add(price);
            using var window = new HeadlessWindow(panel, 160, 160, scale);
            window.SavePng(Path.Combine(TestOutput.Directory, png));
            return label.CurrentLayout!.Lines.ToArray().Select(l => l.Text).Append(price.Bounds.ToString()).ToArray();
        }

        Assert.Equal(LinesAt(1, "labels-scale1.png"), LinesAt(2, "labels-scale2.png"));
    }

    private static bool HasPixel(SKBitmap bitmap, SKColor color)
    {
        for (int y = 0; y < bitmap.Height; y++)
            for (int x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) == color) return true;
        return false;
    }

    private static Widget Top(Widget child)
    {
        child.HorizontalAlignment = HorizontalAlignment.Left;
        child.VerticalAlignment = VerticalAlignment.Top;
        return child;
    }

    private static (int Left, int Right) InkColumns(SKBitmap bitmap, int top = 0, int bottom = -1)
    {
        if (bottom < 0) bottom = bitmap.Height;
        int left = -1, right = 0;
        for (int x = 0; x < bitmap.Width; x++)
        {
            for (int y = top; y < bottom; y++)
            {
                // Ink is a pixel well lighter than the dark theme's near-black background (text is light on it).
                var p = bitmap.GetPixel(x, y);
                if (p.Red + p.Green + p.Blue > 3 * 100)
                {
                    if (left < 0) left = x;
                    right = x + 1;
                    break;
                }
            }
        }
        return (left, right);
    }
}
