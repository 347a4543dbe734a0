using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class VirtualListTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private sealed class Probe
    {
        public int Created;
        public int Binds;
        public readonly HashSet<int> Bound = [];

        public VirtualList List(int count) => new(
            () =>
            {
                Created++;
                return new Label { Margin = new Thickness(8, 0, 0, 0), VerticalAlignment = VerticalAlignment.Center };
            },
            (row, i) =>
            {
                Binds++;
                Bound.Add(i);
                ((Label)row).Text = "Item " + i;
            })
        { ItemCount = count, RowHeight = 20 };
    }

    [Fact]
    public void A_million_items_realise_only_the_rows_that_fit()
    {
        var probe = new Probe();
        var list = probe.List(1_000_000);
        using var window = new HeadlessWindow(list, 300, 300);
        window.RenderFrame();
        // 300 / 20 = 15 rows, plus one partly visible when scrolled.
        Assert.InRange(list.RealizedRowCount, 15, 16);
        Assert.InRange(probe.Created, 15, 16);
        Assert.True(probe.Bound.Max() < 16);

        list.ScrollToIndex(999_999);
        window.RenderFrame();
        Assert.Equal(1_000_000 - 15, list.FirstVisibleIndex);
        Assert.Equal("Item 999999", ((Label)list.RowFor(999_999)!).Text);
        Assert.InRange(probe.Created, 15, 16); // recycled, not re-created
        Assert.InRange(list.Children.Count, 16, 17); // rows plus the scroll bar overlay
        Assert.True(probe.Binds < 40, $"{probe.Binds} binds for two screens");
    }

    [Fact]
    public void Scrolling_by_one_row_binds_only_the_row_that_came_in()
    {
        var probe = new Probe();
        var list = probe.List(1000);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        var binds = probe.Binds;
        list.ScrollOffset = 20;
        window.RenderFrame();
        Assert.Equal(1, probe.Binds - binds);
        Assert.Equal(1, list.FirstVisibleIndex);
    }

    [Fact]
    public void Measuring_with_infinite_height_throws_a_clear_error()
    {
        var stack = new Stack();
        stack.Add(new Probe().List(10));
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            using var window = new HeadlessWindow(stack, 200, 200);
            window.RenderFrame();
        });
        Assert.Contains("infinite height", ex.Message);
    }

    [Fact]
    public void Data_shrinking_under_the_scroll_position_clamps_and_drops_the_selection()
    {
        var probe = new Probe();
        var list = probe.List(10_000);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        list.SelectedIndex = 9_000;
        list.ScrollToIndex(9_000);
        window.RenderFrame();
        list.ItemCount = 12;
        window.RenderFrame();
        Assert.Equal(-1, list.SelectedIndex);
        Assert.Equal(40, list.ScrollOffset); // 12 rows of 20 in 200 px: at most 40 px of scroll
        Assert.Equal(10, list.RealizedRowCount); // items 2..11
        Assert.True(probe.Bound.Where(i => i >= 12).All(i => i >= 8_990), "rows bound past the new end after shrinking");
        list.ItemCount = 0;
        window.RenderFrame();
        Assert.Equal(0, list.RealizedRowCount);
        Assert.Equal(0, list.ScrollOffset);
    }

    [Fact]
    public void Keys_move_the_selection_and_keep_it_in_view()
    {
        var list = new Probe().List(100);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        list.Focus();
        window.Root.DispatchKeyDown(Key.Down);
        Assert.Equal(0, list.SelectedIndex);
        window.Root.DispatchKeyDown(Key.End);
        window.RenderFrame();
        Assert.Equal(99, list.SelectedIndex);
        Assert.Equal(list.MaxOffset, list.ScrollOffset);
        window.Root.DispatchKeyDown(Key.PageUp);
        Assert.Equal(90, list.SelectedIndex); // a page is the rows that fit (10) less one kept for context
        window.Root.DispatchKeyDown(Key.Home);
        Assert.Equal(0, list.ScrollOffset);
    }

    [Fact]
    public void Click_selects_and_wheel_scrolls_three_rows_per_notch()
    {
        var list = new Probe().List(100);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(50, 45));
        window.Root.DispatchPointerUp(new SKPoint(50, 45));
        Assert.Equal(2, list.SelectedIndex);
        window.Root.DispatchWheel(new SKPoint(50, 50), new SKPoint(0, -1));
        Assert.Equal(60, list.ScrollOffset);
        window.RenderFrame();
        Assert.Contains("items=100 first=3 selected=2", window.Root.ToMarkup());
    }

    [Fact]
    public void Dragging_the_thumb_scrolls_proportionally()
    {
        var list = new Probe().List(1000);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(195, 5));
        window.Root.DispatchPointerMove(new SKPoint(195, 200 - 24 + 5), PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(195, 200 - 24 + 5));
        Assert.Equal(list.MaxOffset, list.ScrollOffset, 3);
        Assert.Equal(-1, list.SelectedIndex);
    }

    [Fact]
    public void Hovering_a_row_repaints_that_row_only()
    {
        var list = new Probe().List(100);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        window.Root.DispatchPointerMove(new SKPoint(50, 50));
        var stats = window.RenderFrame();
        Assert.True(stats.PixelsRepainted <= 202 * 22, $"{stats.PixelsRepainted} px repainted for one row");
    }

    [Fact]
    public void VirtualList_renders_selection_hover_and_scroll_bar_in_both_themes()
    {
        WidgetState State(string name, Action<HeadlessWindow, Widget>? apply) => new(name, () => new Probe().List(200), apply);
        using var strip = StateStrip.Render(160, 130, StateStrip.BothThemes,
            State("top", null),
            State("selected-hover", (win, w) =>
            {
                ((VirtualList)w).SelectedIndex = 1;
                win.Root.DispatchPointerMove(new SKPoint(40, 70));
            }),
            State("scrolled", (win, w) => ((VirtualList)w).ScrollOffset = 1990));
        Goldens.AssertMatches(strip);
    }
}
