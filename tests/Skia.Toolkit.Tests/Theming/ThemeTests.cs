using Skia.Toolkit.Theming;

namespace Skia.Toolkit.Tests.Theming;

public class ThemeTests
{
    [Fact]
    public void Dark_and_light_differ_in_palette_but_share_metrics()
    {
        Assert.NotEqual(Theme.Dark.Background, Theme.Light.Background);
        Assert.NotEqual(Theme.Dark.Text, Theme.Light.Text);
        Assert.Equal(Theme.Dark.FontSize, Theme.Light.FontSize);
        Assert.Equal(Theme.Dark.ControlHeight, Theme.Light.ControlHeight);
    }

    [Fact]
    public void Animations_are_off_by_default()
    {
        Assert.Equal(TimeSpan.Zero, Theme.Dark.AnimationDuration);
        Assert.Equal(TimeSpan.Zero, Theme.Light.AnimationDuration);
        Assert.Equal(TimeSpan.Zero, Theme.Dark.CaretBlinkInterval);
    }

    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public void Text_contrasts_with_its_surface(string name)
    {
        var theme = name == "dark" ? Theme.Dark : Theme.Light;
        // WCAG AA asks 4.5:1 for body text.
        Assert.True(Contrast(theme.Text, theme.Surface) >= 4.5, $"{name}: text/surface contrast too low");
        Assert.True(Contrast(theme.OnAccent, theme.Accent) >= 3.0, $"{name}: accent label contrast too low");
    }

    [Fact]
    public void Copy_constructor_keeps_every_value_but_the_overridden_ones()
    {
        var custom = new Theme(Theme.Dark) { Name = "brand", Accent = SkiaSharp.SKColors.Orange };
        Assert.Equal(SkiaSharp.SKColors.Orange, custom.Accent);
        foreach (var p in typeof(Theme).GetProperties().Where(p => p.Name is not ("Accent" or "Name") && p.GetMethod!.IsStatic == false))
        {
            Assert.Equal(p.GetValue(Theme.Dark), p.GetValue(custom));
        }
    }

    [Fact]
    public void Series_colours_cycle()
    {
        var t = Theme.Dark;
        Assert.Equal(t.SeriesColor(0), t.SeriesColor(t.Series.Count));
        Assert.Equal(t.Series[1], t.SeriesColor(1));
    }

    private static double Contrast(SkiaSharp.SKColor a, SkiaSharp.SKColor b)
    {
        var la = Luminance(a);
        var lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SkiaSharp.SKColor c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
    }
}
