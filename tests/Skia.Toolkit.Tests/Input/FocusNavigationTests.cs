using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Input;

public class FocusNavigationTests
{
    private static (HeadlessWindow Window, Button A, CheckBox B, Button Hidden, Button Disabled, SegmentedControl C) Form()
    {
        var a = new Button("A");
        var b = new CheckBox("B");
        var hidden = new Button("hidden") { IsVisible = false };
        var disabled = new Button("disabled") { IsEnabled = false };
        var c = new SegmentedControl(["x", "y"]);
        var inner = new Stack { Orientation = Orientation.Horizontal };
        inner.Add(b);
        inner.Add(hidden);
        var stack = new Stack();
        stack.Add(a);
        stack.Add(new Label("not focusable"));
        stack.Add(inner);
        stack.Add(disabled);
        stack.Add(c);
        var window = new HeadlessWindow(stack, 300, 300);
        window.RenderFrame();
        return (window, a, b, hidden, disabled, c);
    }

    [Fact]
    public void Tab_walks_focusable_visible_enabled_widgets_in_tree_order_and_wraps()
    {
        var (window, a, b, _, _, c) = Form();
        using var _w = window;
        window.Root.DispatchKeyDown(Key.Tab);
        Assert.Same(a, window.Root.FocusedWidget);
        window.Root.DispatchKeyDown(Key.Tab);
        Assert.Same(b, window.Root.FocusedWidget);
        window.Root.DispatchKeyDown(Key.Tab);
        Assert.Same(c, window.Root.FocusedWidget);
        window.Root.DispatchKeyDown(Key.Tab);
        Assert.Same(a, window.Root.FocusedWidget);
    }

    [Fact]
    public void Shift_tab_walks_backwards_and_wraps()
    {
        var (window, a, b, _, _, c) = Form();
        using var _w = window;
        window.Root.DispatchKeyDown(Key.Tab, KeyModifiers.Shift);
        Assert.Same(c, window.Root.FocusedWidget);
        window.Root.DispatchKeyDown(Key.Tab, KeyModifiers.Shift);
        Assert.Same(b, window.Root.FocusedWidget);
        window.Root.DispatchKeyDown(Key.Tab, KeyModifiers.Shift);
        Assert.Same(a, window.Root.FocusedWidget);
        window.Root.DispatchKeyDown(Key.Tab, KeyModifiers.Shift);
        Assert.Same(c, window.Root.FocusedWidget);
    }

    [Fact]
    public void Focus_ring_is_drawn_where_the_focus_is()
    {
        var (window, a, _, _, _, _) = Form();
        using var _w = window;
        using var before = window.Capture();
        window.Root.DispatchKeyDown(Key.Tab);
        using var after = window.Capture();
        var ring = Skia.Toolkit.Theming.Theme.Dark.FocusRing;
        var edge = a.BoundsInWindow;
        Assert.NotEqual(ring, before.GetPixel((int)edge.MidX, (int)edge.Top));
        Assert.Equal(ring, after.GetPixel((int)edge.MidX, (int)edge.Top));
    }

    [Fact]
    public void Tab_with_nothing_focusable_does_nothing()
    {
        using var window = new HeadlessWindow(new Label("just text"), 100, 30);
        window.RenderFrame();
        Assert.False(window.Root.MoveFocus());
        window.Root.DispatchKeyDown(Key.Tab);
        Assert.Null(window.Root.FocusedWidget);
    }
}
