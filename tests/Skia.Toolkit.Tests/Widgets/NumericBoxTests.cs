using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class NumericBoxTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static (HeadlessWindow Window, NumericBox Box) PriceBox()
    {
        var box = new NumericBox { Minimum = 0.01m, Maximum = 1_000_000m, Step = 0.01m };
        var window = new HeadlessWindow(box, 160, 28);
        window.RenderFrame();
        Assert.True(box.Focus());
        return (window, box);
    }

    [Fact]
    public void NumericBox_valid_and_invalid_render_in_both_themes()
    {
        Func<Widget> valid = () => new NumericBox { Step = 0.01m, Value = 27123.45m, Margin = new Thickness(6) };
        Func<Widget> invalid = () => new NumericBox { Step = 0.01m, Text = "27123.456", Margin = new Thickness(6) };
        using var strip = StateStrip.Render(140, 40, StateStrip.BothThemes,
            new("valid", valid),
            new("focused", valid, StateStrip.Focus),
            new("invalid", invalid),
            new("disabled", valid, StateStrip.Disable));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void Typed_price_is_exact_and_off_tick_price_is_invalid()
    {
        var (window, box) = PriceBox();
        using var _ = window;
        window.Root.DispatchTextInput("27123.45");
        Assert.Equal(27123.45m, box.Value);
        Assert.Equal(NumericError.None, box.Error);
        window.Root.DispatchTextInput("1");
        Assert.Null(box.Value);
        Assert.Equal(NumericError.OffStep, box.Error);
        Assert.Contains("error=OffStep", window.Root.ToMarkup());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1e10")]
    [InlineData("١٢٣")] // Arabic-Indic digits
    [InlineData("\0\u200B12")]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("--5")]
    public void Pasted_junk_gives_the_invalid_state_never_a_value(string junk)
    {
        var (window, box) = PriceBox();
        using var _ = window;
        window.Root.Clipboard.SetText(junk);
        window.Root.DispatchKeyDown(Key.V, KeyModifiers.Control);
        Assert.Null(box.Value);
        Assert.NotEqual(NumericError.None, box.Error);
        using var frame = window.Capture(); // and it still draws
        Assert.Equal(Skia.Toolkit.Theming.Theme.Dark.Danger, frame.GetPixel(80, 0));
    }

    [Fact]
    public void Arrow_keys_page_keys_and_wheel_step_on_the_tick_within_range()
    {
        var (window, box) = PriceBox();
        using var _ = window;
        box.Value = 100m;
        window.Root.DispatchKeyDown(Key.Up);
        Assert.Equal(100.01m, box.Value);
        Assert.Equal("100.01", box.Text);
        window.Root.DispatchKeyDown(Key.PageDown);
        Assert.Equal(99.91m, box.Value);
        window.Root.DispatchWheel(new SKPoint(80, 14), new SKPoint(0, 1));
        Assert.Equal(99.92m, box.Value);
        box.Value = 1_000_000m;
        window.Root.DispatchKeyDown(Key.Up);
        Assert.Equal(1_000_000m, box.Value);
        box.Text = "0.015"; // off tick: Up repairs to the next tick
        window.Root.DispatchKeyDown(Key.Up);
        Assert.Equal(0.02m, box.Value);
    }

    [Fact]
    public void Lot_step_of_five_decimals_is_exact()
    {
        var box = new NumericBox { Minimum = 0.00001m, Maximum = 9000m, Step = 0.00001m };
        box.Text = "0.12345";
        Assert.Equal(0.12345m, box.Value);
        box.Text = "0.123456";
        Assert.Equal(NumericError.OffStep, box.Error);
        box.Value = 0.1m;
        Assert.Equal("0.10000", box.Text);
        Assert.Equal(5, box.Decimals);
    }

    [Fact]
    public void Losing_focus_rewrites_the_value_with_the_step_decimals()
    {
        var (window, box) = PriceBox();
        using var _ = window;
        window.Root.DispatchTextInput("1.5");
        window.Root.ClearFocus();
        Assert.Equal("1.50", box.Text);
        Assert.Equal(1.5m, box.Value);
    }

    [Fact]
    public void Value_changed_fires_on_transitions_only()
    {
        var box = new NumericBox { Step = 0.5m };
        var changes = 0;
        box.ValueChanged += (_, _) => changes++;
        box.Text = "1";
        box.Text = "1.0";
        box.Text = "1.2";
        box.Text = "";
        Assert.Equal(2, changes); // null->1, 1 equals 1.0, 1->null (off step), null stays null on empty
    }

    [Fact]
    public void Bad_configuration_is_refused_clearly()
    {
        var box = new NumericBox();
        Assert.Throws<ArgumentOutOfRangeException>(() => box.Step = 0);
        box.Maximum = 10;
        Assert.Throws<ArgumentException>(() => box.Minimum = 11);
    }
}
