using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Input;

public class InputRouterTests
{
    private static (HeadlessWindow Window, InputRouter Router, ProbeWidget Left, ProbeWidget Right) Scene()
    {
        var left = new ProbeWidget(50, 50) { Name = "left", Focusable = true };
        var right = new ProbeWidget(50, 50) { Name = "right", Focusable = true };
        var row = new Stack { Orientation = Orientation.Horizontal };
        row.Add(left);
        row.Add(right);
        var window = new HeadlessWindow(row, 100, 50);
        window.RenderFrame();
        return (window, window.Root.Input, left, right);
    }

    [Fact]
    public void Hover_moves_with_the_pointer_and_tells_its_listeners_once_per_change()
    {
        var (window, router, left, right) = Scene();
        using (window)
        {
            var changes = 0;
            router.HoveredWidgetChanged += () => changes++;
            router.PointerMove(new SKPoint(10, 10), PointerButton.None, KeyModifiers.None, TimeSpan.Zero);
            router.PointerMove(new SKPoint(20, 10), PointerButton.None, KeyModifiers.None, TimeSpan.Zero);
            Assert.Same(left, router.HoveredWidget);
            Assert.Equal(1, changes);
            router.PointerMove(new SKPoint(70, 10), PointerButton.None, KeyModifiers.None, TimeSpan.Zero);
            Assert.Same(right, router.HoveredWidget);
            Assert.Equal(["left:enter", "left:move", "left:move", "left:leave"], left.Events);
            router.PointerLeave();
            Assert.Null(router.HoveredWidget);
            Assert.Equal(3, changes);
        }
    }

    [Fact]
    public void A_press_focuses_and_a_captured_pointer_goes_to_its_holder_until_release()
    {
        var (window, router, left, right) = Scene();
        using (window)
        {
            router.PointerDown(new SKPoint(10, 10), PointerButton.Left, KeyModifiers.None, TimeSpan.Zero);
            Assert.Same(left, router.FocusedWidget);
            router.PointerCaptureWidget = left;
            router.PointerMove(new SKPoint(70, 10), PointerButton.Left, KeyModifiers.None, TimeSpan.Zero);
            Assert.Contains("left:move", left.Events);
            Assert.DoesNotContain("right:move", right.Events);
            router.PointerUp(new SKPoint(70, 10), PointerButton.Left, KeyModifiers.None, TimeSpan.Zero);
            Assert.Null(router.PointerCaptureWidget);
            Assert.Same(right, router.HoveredWidget);
        }
    }

    [Fact]
    public void Keys_bubble_from_the_focused_widget_and_unhandled_Tab_moves_focus()
    {
        var (window, router, left, right) = Scene();
        using (window)
        {
            router.SetFocus(left);
            Assert.False(router.KeyDown(Key.A, KeyModifiers.None, TimeSpan.Zero));
            Assert.Contains("left:keydown:A", left.Events);
            Assert.True(router.KeyDown(Key.Tab, KeyModifiers.None, TimeSpan.Zero));
            Assert.Same(right, router.FocusedWidget);
            Assert.Equal(["left:gotfocus", "left:keydown:A", "left:keydown:Tab", "left:lostfocus"], left.Events);
            var fired = 0;
            router.Hotkeys.Register(new Hotkey(Key.F2, KeyModifiers.None), "rename", () => fired++);
            Assert.True(router.KeyDown(Key.F2, KeyModifiers.None, TimeSpan.Zero));
            Assert.Equal(1, fired);
        }
    }

    [Fact]
    public void Every_event_carries_the_time_the_user_acted_and_the_root_keeps_it_for_clicks_and_hotkeys()
    {
        var (window, router, left, _) = Scene();
        using (window)
        {
            TimeSpan? atHotkey = null;
            router.Hotkeys.Register(new Hotkey(Key.F3, KeyModifiers.None), "probe", () => atHotkey = window.Root.InputTimestamp);
            router.PointerDown(new SKPoint(10, 10), PointerButton.Left, KeyModifiers.None, TimeSpan.FromMilliseconds(1000));
            router.KeyDown(Key.A, KeyModifiers.None, TimeSpan.FromMilliseconds(1100));
            Assert.Equal([TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(1100)], left.Timestamps);
            router.KeyDown(Key.F3, KeyModifiers.None, TimeSpan.FromMilliseconds(1200));
            Assert.Equal(TimeSpan.FromMilliseconds(1200), atHotkey);
            Assert.Equal(TimeSpan.FromMilliseconds(1200), window.Root.InputTimestamp);
        }
    }

    [Fact]
    public void Hiding_a_subtree_drops_the_focus_capture_and_hover_inside_it()
    {
        var (window, router, left, _) = Scene();
        using (window)
        {
            router.PointerDown(new SKPoint(10, 10), PointerButton.Left, KeyModifiers.None, TimeSpan.Zero);
            router.PointerCaptureWidget = left;
            left.IsVisible = false;
            Assert.Null(router.FocusedWidget);
            Assert.Null(router.PointerCaptureWidget);
            Assert.NotSame(left, router.HoveredWidget);
        }
    }
}
