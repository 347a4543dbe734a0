using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class TabViewTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static TabView Make()
    {
        var tabs = new TabView { Margin = new Thickness(6) };
        tabs.AddTab("Positions", new Rectangle { Name = "positions", Fill = new SKColor(0x3B, 0x82, 0xF6, 0x60), Margin = new Thickness(6) });
        tabs.AddTab("Open orders", new Rectangle { Name = "orders", Fill = new SKColor(0x16, 0xC7, 0x84, 0x60), Margin = new Thickness(6) });
        tabs.AddTab("History", new Rectangle { Name = "history", Fill = new SKColor(0xF5, 0xA5, 0x24, 0x60), Margin = new Thickness(6) });
        return tabs;
    }

    private static void HoverSecondTab(HeadlessWindow window, Widget w) => window.Root.DispatchPointerMove(new SKPoint(w.BoundsInWindow.Left + 120, w.BoundsInWindow.Top + 14));

    [Fact]
    public void TabView_states_render_in_both_themes()
    {
        using var strip = StateStrip.Render(280, 90, StateStrip.BothThemes,
            new("normal", Make),
            new("hover", Make, HoverSecondTab),
            new("focused", Make, StateStrip.Focus),
            new("disabled", Make, StateStrip.Disable));
        Goldens.AssertMatches(strip, "TabView_states_render_in_both_themes");
    }

    [Fact]
    public void Clicking_a_tab_shows_its_page_and_keeps_the_others_hidden()
    {
        var tabs = Make();
        using var window = new TestWindow(tabs, 300, 120);
        var changes = 0;
        tabs.SelectionChanged += (_, _) => changes++;
        window.Click(new SKPoint(126, 20));
        Assert.Equal(1, tabs.SelectedIndex);
        Assert.Equal(1, changes);
        Assert.False(tabs.Tabs[0].Content.IsVisible);
        Assert.True(tabs.Tabs[1].Content.IsVisible);
        Assert.Same(tabs.Tabs[1].Content, window.Root.HitTest(new SKPoint(150, 80)));
    }

    [Fact]
    public void Arrow_keys_move_between_tabs_when_focused_and_Ctrl_Tab_cycles_from_inside()
    {
        var tabs = Make();
        var input = new TextBox();
        tabs.Tabs[0].Content.IsVisible = true;
        using var window = new TestWindow(new Stack { tabs, input }, 300, 160);
        tabs.Focus();
        window.KeyPress(Key.Right);
        window.KeyPress(Key.Right);
        window.KeyPress(Key.Right);
        Assert.Equal(2, tabs.SelectedIndex);
        window.KeyPress(Key.Home);
        Assert.Equal(0, tabs.SelectedIndex);
        window.KeyPress(Key.Tab, KeyModifiers.Control);
        Assert.Equal(1, tabs.SelectedIndex);
        window.KeyPress(Key.Tab, KeyModifiers.Control | KeyModifiers.Shift);
        window.KeyPress(Key.Tab, KeyModifiers.Control | KeyModifiers.Shift);
        Assert.Equal(2, tabs.SelectedIndex);
    }

    [Fact]
    public void Removing_the_selected_tab_selects_its_neighbour_and_an_empty_view_selects_nothing()
    {
        var tabs = Make();
        using var window = new TestWindow(tabs, 300, 120);
        tabs.SelectedIndex = 2;
        Assert.True(tabs.RemoveTab(tabs.Tabs[2]));
        Assert.Equal(1, tabs.SelectedIndex);
        Assert.True(tabs.Tabs[1].Content.IsVisible);
        tabs.RemoveTab(tabs.Tabs[0]);
        tabs.RemoveTab(tabs.Tabs[0]);
        Assert.Equal(-1, tabs.SelectedIndex);
        window.KeyPress(Key.Right);
        window.Click(new SKPoint(20, 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => tabs.SelectedIndex = 0);
    }

    [Fact]
    public void Markup_lists_the_tabs_and_shows_only_the_selected_page()
    {
        var tabs = Make();
        tabs.Name = "blotter";
        using var window = new TestWindow(tabs, 300, 120);
        tabs.SelectedIndex = 1;
        RenderAssert.AssertRendersToMarkup(window, """
            TabView #blotter (6,6 288x108) tabs="Positions|Open orders|History" selected=1
              Rectangle #positions hidden fill=#603B82F6
              Rectangle #orders (6,34 276x68) fill=#6016C784
              Rectangle #history hidden fill=#60F5A524
            """);
    }
}
