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
