using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Core;

public class UiRootInputTests
{
    // outer (0,0 200x100) holds inner at (50,20 40x30), which holds leaf at (5,5 10x10) inside it.
    private static (UiRoot Root, ProbeWidget Outer, ProbeWidget Inner, ProbeWidget Leaf, List<string> Log) Build()
    {
        var log = new List<string>();
        var outer = new ProbeWidget { Name = "outer" };
        var inner = new ProbeWidget { Name = "inner", Width = 40, Height = 30, Margin = new Thickness(50, 20, 0, 0), HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        var leaf = new ProbeWidget { Name = "leaf", Width = 10, Height = 10, Margin = new Thickness(5, 5, 0, 0), HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        inner.Add(leaf);
        outer.Add(inner);
        var root = new UiRoot(outer, new SKSizeI(200, 100));
        root.UpdateLayout();
        return (root, outer, inner, leaf, log);
    }

    private static List<string> All(params ProbeWidget[] probes) => probes.SelectMany(p => p.Events).ToList();

    [Fact]
    public void Hit_test_finds_the_deepest_widget_and_nothing_outside_the_window()
    {
        var (root, outer, inner, leaf, _) = Build();
        Assert.Same(leaf, root.HitTest(new SKPoint(57, 27)));
        Assert.Same(inner, root.HitTest(new SKPoint(80, 40)));
        Assert.Same(outer, root.HitTest(new SKPoint(150, 90)));
        Assert.Null(root.HitTest(new SKPoint(250, 10)));
    }

    [Fact]
    public void Pointer_down_bubbles_from_the_target_with_local_positions_until_handled()
    {
        var (root, outer, inner, leaf, _) = Build();
        Assert.False(root.DispatchPointerDown(new SKPoint(57, 27)));
        Assert.Equal(["leaf:down"], leaf.Events.Where(e => e.EndsWith("down", StringComparison.Ordinal)));
        Assert.Contains("inner:down", inner.Events);
        Assert.Contains("outer:down", outer.Events);
        Assert.Equal(new SKPoint(2, 2), leaf.LastPointerPosition);
        Assert.Equal(new SKPoint(7, 7), inner.LastPointerPosition);

        inner.HandlePointer = true;
        outer.Events.Clear();
        Assert.True(root.DispatchPointerDown(new SKPoint(57, 27)));
        Assert.DoesNotContain("outer:down", outer.Events);
    }

    [Fact]
    public void Moving_the_pointer_raises_enter_and_leave_along_the_chain()
    {
        var (root, outer, inner, leaf, _) = Build();
        root.DispatchPointerMove(new SKPoint(57, 27));
        Assert.Equal(["outer:enter"], outer.Events.Where(e => !e.EndsWith("move", StringComparison.Ordinal)));
        Assert.True(leaf.IsPointerOver && inner.IsPointerOver && outer.IsPointerOver);

        root.DispatchPointerMove(new SKPoint(80, 40));
        Assert.Contains("leaf:leave", leaf.Events);
        Assert.DoesNotContain("inner:leave", inner.Events);
        Assert.False(leaf.IsPointerOver);

        root.DispatchPointerLeave();
        Assert.Contains("inner:leave", inner.Events);
        Assert.Contains("outer:leave", outer.Events);
        Assert.Null(root.HoveredWidget);
        Assert.False(outer.IsPointerOver);
    }

    [Fact]
    public void Captured_widget_gets_moves_outside_itself_until_the_button_goes_up()
    {
        var (root, outer, _, leaf, _) = Build();
        root.DispatchPointerDown(new SKPoint(57, 27));
        leaf.CapturePointer();
        leaf.Events.Clear();
        root.DispatchPointerMove(new SKPoint(190, 90));
        Assert.Contains("leaf:move", leaf.Events);
        Assert.Equal(new SKPoint(135, 65), leaf.LastPointerPosition);
        root.DispatchPointerUp(new SKPoint(190, 90));
        Assert.Contains("leaf:up", leaf.Events);
        Assert.False(leaf.HasPointerCapture);
        Assert.Null(root.PointerCaptureWidget);

        leaf.Events.Clear();
        root.DispatchPointerMove(new SKPoint(191, 90));
        Assert.DoesNotContain("leaf:move", leaf.Events);
        Assert.Contains("outer:move", outer.Events);
    }

    [Fact]
    public void Click_focuses_the_nearest_focusable_ancestor_and_keys_bubble_from_it()
    {
        var (root, outer, inner, leaf, _) = Build();
        inner.Focusable = true;
        root.DispatchPointerDown(new SKPoint(57, 27));
        Assert.Same(inner, root.FocusedWidget);
        Assert.True(inner.IsFocused);
        Assert.Contains("inner:gotfocus", inner.Events);

        root.DispatchKeyDown(Key.A, KeyModifiers.Control);
        root.DispatchTextInput("x");
        Assert.Contains("inner:keydown:A", inner.Events);
        Assert.Contains("outer:keydown:A", outer.Events);
        Assert.Contains("inner:text:x", inner.Events);
        Assert.DoesNotContain("leaf:keydown:A", leaf.Events);

        inner.HandleKeys = true;
        outer.Events.Clear();
        Assert.True(root.DispatchKeyDown(Key.Enter));
        Assert.DoesNotContain("outer:keydown:Enter", outer.Events);
    }

    [Fact]
    public void Focus_needs_a_focusable_visible_enabled_attached_widget()
    {
        var (root, _, inner, leaf, _) = Build();
        Assert.False(leaf.Focus());
        leaf.Focusable = true;
        Assert.True(leaf.Focus());
        Assert.Same(leaf, root.FocusedWidget);
        Assert.False(new ProbeWidget { Focusable = true }.Focus());

        inner.IsVisible = false;
        Assert.Null(root.FocusedWidget);
        Assert.Contains("leaf:lostfocus", leaf.Events);
        Assert.False(leaf.Focus());
    }

    [Fact]
    public void Removing_the_focused_widget_clears_focus_and_disabled_widgets_get_no_input()
    {
        var (root, outer, inner, leaf, _) = Build();
        leaf.Focusable = true;
        leaf.Focus();
        inner.Remove(leaf);
        Assert.Null(root.FocusedWidget);

        inner.IsEnabled = false;
        root.DispatchPointerDown(new SKPoint(80, 40));
        Assert.DoesNotContain("inner:down", inner.Events);
        Assert.Contains("outer:down", outer.Events);
        Assert.False(inner.IsEffectivelyEnabled);
    }

    [Fact]
    public void Markup_lists_type_name_bounds_and_described_properties_indented()
    {
        var (root, _, inner, _, _) = Build();
        inner.IsVisible = true;
        var markup = root.ToMarkup();
        Assert.Equal(
            "ProbeWidget #outer (0,0 200x100) color=#FF808080\n"
            + "  ProbeWidget #inner (50,20 40x30) color=#FF808080\n"
            + "    ProbeWidget #leaf (5,5 10x10) color=#FF808080\n",
            markup);
    }
}
