using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ButtonTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static Func<Widget> Make(string text, ButtonStyle style) => () => new Button(text) { Style = style, Margin = new Thickness(6) };

    [Theory]
    [InlineData(ButtonStyle.Default)]
    [InlineData(ButtonStyle.Primary)]
    [InlineData(ButtonStyle.Danger)]
    [InlineData(ButtonStyle.Positive)]
    [InlineData(ButtonStyle.Negative)]
    public void Button_states_render_in_both_themes(ButtonStyle style)
    {
        var make = Make(style.ToString().ToUpperInvariant(), style);
        using var strip = StateStrip.Render(110, 40, StateStrip.BothThemes,
            new("normal", make),
            new("hover", make, StateStrip.Hover),
            new("pressed", make, StateStrip.Press),
            new("focused", make, StateStrip.Focus),
            new("disabled", make, StateStrip.Disable));
        Goldens.AssertMatches(strip, $"Button_{style}_states");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Icon_buttons_render_their_states_in_both_themes(int scale)
    {
        // Icon alone (default style, close) and icon left of a caption (primary, plus): the icon takes the caption's colour in each state.
        Func<Widget> iconOnly = () =>
        {
            var close = Button.FromIcon(Icon.Close, "Close");
            close.Margin = new Thickness(6);
            return close;
        };
        Func<Widget> iconAndText = () => new Button("Add order") { Icon = Icon.Plus, Style = ButtonStyle.Primary, Margin = new Thickness(6) };
        foreach (var (kind, make, width) in new[] { ("icon_only", iconOnly, 40), ("icon_and_text", iconAndText, 120) })
        {
            using var strip = StateStrip.Render(width, 40, scale, StateStrip.BothThemes,
                new("normal", make),
                new("hover", make, StateStrip.Hover),
                new("pressed", make, StateStrip.Press),
                new("focused", make, StateStrip.Focus),
                new("disabled", make, StateStrip.Disable));
            Goldens.AssertMatches(strip, $"Button_{kind}_states_at_scale_{scale}");
        }
    }

    [Fact]
    public void Built_in_icons_render_as_distinct_glyphs()
    {
        var icons = new[] { Icon.Close, Icon.ChevronDown, Icon.Plus, Icon.Minus, Icon.Search, Icon.Settings };
        var row = new Stack { Orientation = Orientation.Horizontal, Spacing = 4, Margin = new Thickness(4) };
        foreach (var icon in icons) row.Add(Button.FromIcon(icon, icon.Name));
        using var window = new HeadlessWindow(row, 200, 36, 2);
        window.Root.Theme = Theme.Dark;
        using var bitmap = window.Capture();
        Goldens.AssertMatches(bitmap, "Button_built_in_icons_at_scale_2");
        Assert.Equal(["close", "chevron-down", "plus", "minus", "search", "settings"], icons.Select(i => i.Name));
    }

    [Fact]
    public void Icon_only_button_is_square_and_icon_with_text_is_wider_than_text_alone()
    {
        var iconOnly = Button.FromIcon(Icon.Search, "Search symbols");
        var text = new Button("Search");
        var both = new Button("Search") { Icon = Icon.Search };
        var infinite = new SKSize(float.PositiveInfinity, float.PositiveInfinity);
        iconOnly.Measure(infinite);
        text.Measure(infinite);
        both.Measure(infinite);
        Assert.Equal(new SKSize(Theme.Dark.ControlHeight, Theme.Dark.ControlHeight), iconOnly.DesiredSize);
        Assert.Equal(text.DesiredSize.Width + Theme.Dark.IconSize + Theme.Dark.SpacingSmall, both.DesiredSize.Width, 0.01f);
    }

    [Fact]
    public void Icon_only_button_is_named_in_markup_and_clicks_like_any_button()
    {
        var button = Button.FromIcon(Icon.Close, "Close panel");
        button.Name = "close";
        using var window = new TestWindow(button, 28, 28);
        var clicks = 0;
        button.Click += (_, _) => clicks++;
        window.Click(button);
        Assert.Equal(1, clicks);
        Assert.Equal("Close panel", button.AccessibleName);
        Assert.Equal("Button #close (0,0 28x28) focused=true text=\"\" icon=close accessibleName=\"Close panel\"", window.ToMarkup().Trim());
        Assert.Throws<ArgumentException>(() => Button.FromIcon(Icon.Close, " "));
    }

    [Fact]
    public void Icon_takes_the_text_colour_of_the_state_including_disabled()
    {
        var button = Button.FromIcon(Icon.Minus, "Decrease");
        // At scale 2 the minus bar (2 units of the 24-unit box, 16 px icon) is wider than a device pixel, so its middle is solid.
        using var window = new HeadlessWindow(button, 28, 28, 2);
        using (var enabled = window.Capture()) Assert.Equal(Theme.Dark.Text, enabled.GetPixel(28, 28));
        button.IsEnabled = false;
        using var disabled = window.Capture();
        Assert.Equal(Theme.Dark.TextDisabled, disabled.GetPixel(28, 28));
    }

    [Fact]
    public void Image_icon_is_drawn_as_a_mask_in_the_text_colour()
    {
        using var glyph = new SKBitmap(8, 8, SKColorType.Rgba8888, SKAlphaType.Premul);
        glyph.Erase(SKColors.Magenta);
        using var image = SKImage.FromBitmap(glyph);
        var button = Button.FromIcon(Icon.FromImage(image, "square"), "Square");
        button.Style = ButtonStyle.Primary;
        using var window = new HeadlessWindow(button, 28, 28);
        using var bitmap = window.Capture();
        Assert.Equal(Theme.Dark.OnAccent, bitmap.GetPixel(14, 14));
        Assert.Throws<ArgumentOutOfRangeException>(() => Icon.FromPath(new SKPath(), boxSize: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Icon.FromPath(new SKPath(), strokeWidth: float.NaN));
    }

    [Fact]
    public void Click_fires_on_release_inside_only()
    {
        var button = new Button("Send");
        using var window = new HeadlessWindow(button, 100, 30);
        var clicks = 0;
        button.Click += (_, _) => clicks++;
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(50, 15));
        Assert.True(button.IsPressed);
        window.Root.DispatchPointerUp(new SKPoint(50, 15));
        Assert.Equal(1, clicks);
        Assert.False(button.IsPressed);

        // Press inside, drag out, release outside: no click (the user changed their mind).
        window.Root.DispatchPointerDown(new SKPoint(50, 15));
        window.Root.DispatchPointerMove(new SKPoint(150, 15));
        window.Root.DispatchPointerUp(new SKPoint(150, 15));
        Assert.Equal(1, clicks);
    }

    [Theory]
    [InlineData(Key.Space)]
    [InlineData(Key.Enter)]
    public void Focused_button_clicks_on_activation_key(Key key)
    {
        var button = new Button("Send");
        using var window = new HeadlessWindow(button, 100, 30);
        var clicks = 0;
        button.Click += (_, _) => clicks++;
        window.RenderFrame();
        Assert.True(button.Focus());
        Assert.True(window.Root.DispatchKeyDown(key));
        Assert.Equal(1, clicks);
        // Held: the platform's auto-repeats are taken (they reach nothing else) but click no more; the next press does.
        for (var i = 0; i < 20; i++) Assert.True(window.Root.Input.KeyDown(key, KeyModifiers.None, TimeSpan.FromMilliseconds(500 + (33 * i)), isRepeat: true));
        window.Root.DispatchKeyUp(key);
        Assert.Equal(1, clicks);
        window.Root.DispatchKeyDown(key);
        Assert.Equal(2, clicks);
    }

    [Fact]
    public void Disabled_button_ignores_pointer_keys_and_focus()
    {
        var button = new Button("Send") { IsEnabled = false };
        using var window = new HeadlessWindow(button, 100, 30);
        var clicks = 0;
        button.Click += (_, _) => clicks++;
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(50, 15));
        window.Root.DispatchPointerUp(new SKPoint(50, 15));
        button.PerformClick();
        Assert.False(button.Focus());
        window.Root.DispatchKeyDown(Key.Enter);
        Assert.Equal(0, clicks);
    }

    [Fact]
    public void Hover_and_press_repaint_only_the_button_without_layout()
    {
        var button = new Button("Send") { Width = 80, Height = 28, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = new HeadlessWindow(button, 300, 200);
        window.RenderFrame();
        window.Root.DispatchPointerMove(new SKPoint(40, 14));
        Assert.False(window.Root.IsLayoutPending);
        var stats = window.RenderFrame();
        Assert.True(stats.PixelsRepainted <= 82 * 30, $"repainted {stats.PixelsRepainted} px for a hover");
    }

    [Fact]
    public void Markup_names_caption_style_and_state()
    {
        var button = new Button("Cancel all") { Style = ButtonStyle.Danger, Name = "cancel" };
        using var window = new HeadlessWindow(button, 120, 30);
        window.RenderFrame();
        button.Focus();
        Assert.Equal("Button #cancel (0,0 120x30) focused=true text=\"Cancel all\" style=Danger", window.Root.ToMarkup().Trim());
    }

    [Fact]
    public void Measures_to_fit_its_caption_at_control_height()
    {
        var small = new Button("OK");
        var large = new Button("Close all positions");
        small.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity));
        large.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity));
        Assert.Equal(Theme.Dark.ControlHeight, small.DesiredSize.Height);
        Assert.True(large.DesiredSize.Width > small.DesiredSize.Width + 50);
    }
}
