using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ContextMenuTests
{
    private static (TestWindow Window, PopupHost Host, Rectangle Target, ContextMenu Menu, List<string> Chosen) Scene()
    {
        var chosen = new List<string>();
        var target = new Rectangle { Name = "orders", Fill = new SKColor(0x1B, 0x1E, 0x24), Margin = new Thickness(10) };
        var menu = new ContextMenu
        {
            new MenuItem("Cancel order", () => chosen.Add("cancel")),
            new MenuItem("Amend price", () => chosen.Add("amend")) { IsEnabled = false },
            new MenuItem("Copy order id", () => chosen.Add("copy")),
        };
        var window = PopupScene.Show(target, out var host, 260, 180);
        host.SetContextMenu(target, menu);
        return (window, host, target, menu, chosen);
    }

    [Fact]
    public void ContextMenu_open_at_the_pointer_with_a_hovered_item()
    {
        var (window, _, _, menu, _) = Scene();
        using (window)
        {
            window.Click(new SKPoint(40, 30), PointerButton.Right);
            var list = (MenuList)menu.Popup!.Content;
            window.MoveTo(list.BoundsInWindow.MidX, list.BoundsInWindow.Top + 4 + 11);
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void A_right_click_opens_the_menu_at_the_pointer_and_choosing_runs_the_item()
    {
        var (window, host, _, menu, chosen) = Scene();
        using (window)
        {
            window.Click(new SKPoint(40, 30), PointerButton.Right);
            Assert.True(menu.IsOpen);
            var list = (MenuList)menu.Popup!.Content;
            Assert.Equal(new SKPoint(40, 30), list.BoundsInWindow.Location);
            window.Click(new SKPoint(list.BoundsInWindow.MidX, list.BoundsInWindow.Top + 4 + (2.5f * 22)));
            Assert.Equal(["copy"], chosen);
            Assert.False(menu.IsOpen);
            Assert.Empty(host.Popups);
        }
    }

    [Fact]
    public void Left_clicks_do_not_open_it_and_a_right_click_outside_the_target_does_not_either()
    {
        var (window, _, _, menu, _) = Scene();
        using (window)
        {
            window.Click(new SKPoint(40, 30));
            Assert.False(menu.IsOpen);
            window.Click(new SKPoint(3, 3), PointerButton.Right);
            Assert.False(menu.IsOpen);
        }
    }

    [Fact]
    public void Keys_skip_disabled_items_and_Enter_chooses()
    {
        var (window, _, _, menu, chosen) = Scene();
        using (window)
        {
            window.Click(new SKPoint(40, 30), PointerButton.Right);
            var list = (MenuList)menu.Popup!.Content;
            Assert.True(list.IsFocused);
            window.KeyPress(Key.Down);
            window.KeyPress(Key.Down);
            Assert.Equal(2, list.HighlightedIndex);
            window.KeyPress(Key.Up);
            Assert.Equal(0, list.HighlightedIndex);

            // A click on the disabled item does nothing and keeps the menu open.
            window.Click(new SKPoint(list.BoundsInWindow.MidX, list.BoundsInWindow.Top + 4 + (1.5f * 22)));
            Assert.True(menu.IsOpen);
            Assert.Empty(chosen);

            window.KeyPress(Key.Enter);
            Assert.Equal(["cancel"], chosen);
        }
    }

    [Fact]
    public void Escape_closes_the_menu_and_focus_returns_to_the_widget_that_had_it()
    {
        var button = new Button("Blotter") { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = PopupScene.Show(button, out var host);
        var menu = new ContextMenu { new MenuItem("Refresh") };
        host.SetContextMenu(button, menu);
        button.Focus();
        window.Click(PopupScene.Centre(button), PointerButton.Right);
        Assert.True(menu.IsOpen);
        window.KeyPress(Key.Escape);
        Assert.False(menu.IsOpen);
        Assert.Same(button, window.Root.FocusedWidget);
    }

    [Fact]
    public void A_menu_with_no_items_does_not_open()
    {
        using var window = PopupScene.Show(new Stack(), out var host);
        Assert.Null(new ContextMenu().Open(host, new SKPoint(10, 10)));
        Assert.Empty(host.Popups);
    }
}
