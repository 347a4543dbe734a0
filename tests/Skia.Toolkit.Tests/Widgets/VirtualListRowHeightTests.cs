using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>VirtualList with a height per item (<see cref="VirtualList.ItemHeight"/>) next to its fixed-height fast path.</summary>
public class VirtualListRowHeightTests
{
    // Every third row is a two-line row: 40 px; the others 20 px.
    private static float Height(int i) => i % 3 == 0 ? 40 : 20;

    private static VirtualList List(int count, Func<int, float>? itemHeight, Action<int>? onBind = null) => new(
        () => new Rectangle(),
        (row, i) =>
        {
            onBind?.Invoke(i);
            ((Rectangle)row).Fill = i % 2 == 0 ? SKColors.SteelBlue : SKColors.SeaGreen;
        })
    { ItemCount = count, RowHeight = 20, ItemHeight = itemHeight };

    private static double Top(int index)
    {
        double top = 0;
        for (var i = 0; i < index; i++) top += Height(i);
        return top;
    }

    [Fact]
    public void A_million_rows_of_varying_height_realise_only_the_visible_ones_and_scroll_to_index_shows_a_row_whole()
    {
        var asked = 0;
        var list = List(1_000_000, i => { asked++; return Height(i); });
        Assert.Equal(1_000_000, asked); // each item once, when ItemHeight is set
        using var window = new HeadlessWindow(list, 300, 300);
        window.RenderFrame();
        // Three rows take 80 px, so rows 0..10 fill the 300 px exactly.
        Assert.Equal(11, list.RealizedRowCount);
        Assert.Equal(1_000_000 / 3 * 80.0 + 40, list.MaxOffset + 300);

        list.ScrollToIndex(777_777);
        window.RenderFrame();
        var row = list.RowFor(777_777)!;
        Assert.Equal(300, row.BoundsInWindow.Bottom, 0.01f); // scrolled down: the row sits at the bottom
        Assert.Equal(Height(777_777), row.Bounds.Height);
        Assert.Equal(Top(777_778) - 300, list.ScrollOffset, 0.01);
        Assert.InRange(list.RealizedRowCount, 11, 12);
        Assert.Equal(1_000_000, asked); // scrolling asks no heights

        list.ScrollToIndex(777_700);
        window.RenderFrame();
        Assert.Equal(0, list.RowFor(777_700)!.BoundsInWindow.Top, 0.01f); // scrolled up: the row sits at the top
        Assert.Equal(777_700, list.FirstVisibleIndex);
    }

    [Fact]
    public void A_click_lands_on_the_item_under_the_pointer_with_varying_heights()
    {
        var list = List(100, Height);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        window.Root.DispatchPointerDown(new SKPoint(50, 45)); // row 0 is 0..40, row 1 40..60
        Assert.Equal(1, list.SelectedIndex);
        window.Root.DispatchPointerDown(new SKPoint(50, 95)); // row 3 is 80..120
        Assert.Equal(3, list.SelectedIndex);
    }

    [Fact]
    public void Refreshing_one_row_with_a_new_height_moves_only_the_rows_below()
    {
        var heights = Enumerable.Repeat(20f, 50).ToArray();
        var list = List(50, i => heights[i]);
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        var aboveTop = list.RowFor(1)!.BoundsInWindow.Top;
        var belowTop = list.RowFor(5)!.BoundsInWindow.Top;

        heights[2] = 60;
        list.RefreshRow(2);
        window.RenderFrame();
        Assert.Equal(aboveTop, list.RowFor(1)!.BoundsInWindow.Top);
        Assert.Equal(60, list.RowFor(2)!.Bounds.Height);
        Assert.Equal(belowTop + 40, list.RowFor(5)!.BoundsInWindow.Top);
    }

    [Fact]
    public void Data_shrinking_under_the_scroll_position_clamps_and_appending_asks_only_the_new_items()
    {
        var asked = new List<int>();
        var list = List(1000, i => { asked.Add(i); return Height(i); });
        using var window = new HeadlessWindow(list, 200, 200);
        window.RenderFrame();
        list.ScrollToIndex(999);
        list.SelectedIndex = 990;
        window.RenderFrame();

        list.ItemCount = 5; // 40+20+20+40+20 = 140 px: everything fits
        window.RenderFrame();
        Assert.Equal(0, list.ScrollOffset);
        Assert.Equal(0, list.FirstVisibleIndex);
        Assert.Equal(-1, list.SelectedIndex);
        Assert.Equal(5, list.RealizedRowCount);
        Assert.Equal(120, list.RowFor(4)!.BoundsInWindow.Top);

        asked.Clear();
        list.ItemCount = 8;
        window.RenderFrame();
        Assert.Equal([5, 6, 7], asked);
        Assert.Equal(Top(6), list.RowFor(6)!.BoundsInWindow.Top); // row 7 starts at 200, just below the viewport

        var bad = Assert.Throws<InvalidOperationException>(() => list.ItemHeight = i => i == 3 ? -1 : 20);
        Assert.Contains("row 3", bad.Message);
        window.RenderFrame();
        Assert.Equal(7, list.RealizedRowCount); // the list kept its old heights
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scrolling_frames_allocate_nothing_on_either_path(bool varying)
    {
        var list = List(1_000_000, varying ? Height : null);
        using var window = new HeadlessWindow(list, 300, 300);
        long drawn = 0;
        void Scroll(int n)
        {
            list.ScrollOffset = n * 7.5;
            drawn += window.RenderFrame().WidgetsRendered;
        }

        for (var n = 0; n < 200; n++) Scroll(n); // warm-up: the row pool reaches its size
        drawn = 0;
        var allocated = SteadyAllocation.Bytes(w =>
        {
            drawn = 0;
            for (var n = 200 * (w + 1); n < 200 * (w + 2); n++) Scroll(n);
        });
        Assert.Equal(0, allocated);
        Assert.True(drawn >= 200, $"the measured frames drew {drawn} widgets");
    }
}
