using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ChoiceControlTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    [Fact]
    public void ToggleButton_states_render_in_both_themes()
    {
        Func<Widget> off = () => new ToggleButton("Post only") { Margin = new Thickness(6) };
        Func<Widget> on = () => new ToggleButton("Post only") { IsChecked = true, Margin = new Thickness(6) };
        using var strip = StateStrip.Render(110, 40, StateStrip.BothThemes,
            new("off", off),
            new("on", on),
            new("on-hover", on, StateStrip.Hover),
            new("on-focused", on, StateStrip.Focus),
            new("on-disabled", on, StateStrip.Disable));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void CheckBox_states_render_in_both_themes()
    {
        Func<Widget> off = () => new CheckBox("Reduce only") { Margin = new Thickness(4) };
        Func<Widget> on = () => new CheckBox("Reduce only") { IsChecked = true, Margin = new Thickness(4) };
        using var strip = StateStrip.Render(120, 36, StateStrip.BothThemes,
            new("off", off),
            new("off-hover", off, StateStrip.Hover),
            new("on", on),
            new("on-focused", on, StateStrip.Focus),
            new("on-disabled", on, StateStrip.Disable),
            new("off-disabled", off, StateStrip.Disable));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void RadioGroup_states_render_in_both_themes()
    {
        Func<Widget> make = () => new RadioGroup(["GTC", "IOC", "FOK"]) { SelectedIndex = 1, Margin = new Thickness(4) };
        using var strip = StateStrip.Render(90, 96, StateStrip.BothThemes,
            new("normal", make),
            new("focused", make, StateStrip.Focus),
            new("disabled", make, StateStrip.Disable));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void SegmentedControl_states_render_in_both_themes()
    {
        Func<Widget> side = () =>
        {
            var s = new SegmentedControl(["BUY", "SELL"]) { Margin = new Thickness(6) };
            s.SetSegmentStyle(0, ButtonStyle.Positive);
            s.SetSegmentStyle(1, ButtonStyle.Negative);
            return s;
        };
        Func<Widget> type = () => new SegmentedControl(["LIMIT", "MARKET", "STOP"]) { SelectedIndex = 1, Margin = new Thickness(6) };
        using var strip = StateStrip.Render(230, 40, StateStrip.BothThemes,
            new("buy", side),
            new("sell", side, (_, w) => ((SegmentedControl)w).SelectedIndex = 1),
            new("type-focused", type, StateStrip.Focus),
            new("type-disabled", type, StateStrip.Disable));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void ToggleButton_flips_on_click_and_space()
    {
        var toggle = new ToggleButton("Post only");
        using var window = new HeadlessWindow(toggle, 100, 30);
        var changes = 0;
        toggle.CheckedChanged += (_, _) => changes++;
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(50, 15));
        window.Root.DispatchPointerUp(new SKPoint(50, 15));
        Assert.True(toggle.IsChecked);
        window.Root.DispatchKeyDown(Key.Space);
        Assert.False(toggle.IsChecked);
        Assert.Equal(2, changes);
        Assert.Contains("checked=false", window.Root.ToMarkup());
    }

    [Fact]
    public void CheckBox_flips_on_click_of_its_label_and_on_enter()
    {
        var box = new CheckBox("Reduce only");
        using var window = new HeadlessWindow(box, 200, 30);
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(80, 15));
        window.Root.DispatchPointerUp(new SKPoint(80, 15));
        Assert.True(box.IsChecked);
        window.Root.DispatchKeyDown(Key.Enter);
        Assert.False(box.IsChecked);
        Assert.Equal("CheckBox (0,0 200x30) focused=true text=\"Reduce only\" checked=false", window.Root.ToMarkup().Trim());
    }

    [Fact]
    public void RadioGroup_selects_by_click_and_arrows_and_clamps_at_the_ends()
    {
        var group = new RadioGroup(["GTC", "IOC", "FOK"]);
        using var window = new HeadlessWindow(group, 100, 200);
        window.RenderFrame();
        var rowHeight = group.Bounds.Height > 0 ? Skia.Toolkit.Theming.Theme.Dark.ControlHeight : 0;
        window.Root.DispatchPointerDown(new SKPoint(30, rowHeight * 2.5f));
        Assert.Equal(2, group.SelectedIndex);
        window.Root.DispatchKeyDown(Key.Down);
        Assert.Equal(2, group.SelectedIndex);
        window.Root.DispatchKeyDown(Key.Up);
        window.Root.DispatchKeyDown(Key.Up);
        window.Root.DispatchKeyDown(Key.Up);
        Assert.Equal(0, group.SelectedIndex);
        window.Root.DispatchKeyDown(Key.End);
        Assert.Equal(2, group.SelectedIndex);
        Assert.Throws<ArgumentOutOfRangeException>(() => group.SelectedIndex = 3);
    }

    [Fact]
    public void SegmentedControl_selects_by_click_and_arrows()
    {
        var side = new SegmentedControl(["BUY", "SELL"]);
        using var window = new HeadlessWindow(side, 200, 30);
        var changes = 0;
        side.SelectionChanged += (_, _) => changes++;
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(150, 15));
        Assert.Equal("SELL", side.SelectedItem);
        window.Root.DispatchKeyDown(Key.Left);
        Assert.Equal(0, side.SelectedIndex);
        window.Root.DispatchKeyDown(Key.Left);
        Assert.Equal(0, side.SelectedIndex);
        Assert.Equal(2, changes);
        Assert.Contains("items=BUY|SELL selected=0", window.Root.ToMarkup());
    }

    [Fact]
    public void SegmentedControl_says_when_the_pointer_pressed_a_segment_and_never_for_the_keys()
    {
        var tif = new SegmentedControl(["GTC", "IOC", "FOK"]);
        using var window = new HeadlessWindow(tif, 300, 30);
        var pressed = new List<(int Index, bool Focused)>();
        tif.SegmentPressed += (_, _) => pressed.Add((tif.SelectedIndex, tif.IsFocused));
        window.RenderFrame();

        window.Root.DispatchPointerDown(new SKPoint(150, 15));
        window.Root.DispatchPointerUp(new SKPoint(150, 15));
        Assert.Equal([(1, true)], pressed); // selected first, with the focus the press gave it: an app can take it back
        window.Root.DispatchPointerDown(new SKPoint(150, 15)); // the selected one again: said too
        Assert.Equal(2, pressed.Count);

        window.Root.DispatchKeyDown(Key.Right);
        window.Root.DispatchKeyDown(Key.Home);
        window.Root.DispatchKeyDown(Key.End);
        Assert.Equal(2, tif.SelectedIndex); // the arrows still move the choice ...
        Assert.Equal(2, pressed.Count); // ... and are not a press
    }

    [Fact]
    public void Choice_controls_refuse_bad_items()
    {
        Assert.Throws<ArgumentException>(() => new SegmentedControl([]));
        Assert.Throws<ArgumentException>(() => new RadioGroup(["a", null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentedControl(["a"]).SelectedIndex = 1);
    }
}
