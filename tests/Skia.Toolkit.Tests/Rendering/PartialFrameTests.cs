using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

/// <summary>A partial frame writes inside its dirty region and nowhere else: checked directly, by marking the back buffer.</summary>
public class PartialFrameTests
{
    // A colour no widget in these scenes draws.
    private static readonly SKColor Mark = new(0xFF, 0x00, 0xFF);

    /// <summary>MarkEverything paints the whole back buffer with <see cref="Mark"/>, outside any frame.</summary>
    private static void MarkEverything(HeadlessWindow window)
    {
        var canvas = window.Backend.BeginFrame(window.Root.PixelSize);
        canvas.Clear(Mark);
        window.Backend.EndFrame();
    }

    private static void AssertOnlyDirtyPixelsChanged(HeadlessWindow window, SKRectI[] dirty)
    {
        using var frame = window.Backend.Snapshot();
        int inside = 0, outside = 0;
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var inDirty = false;
                foreach (var r in dirty)
                {
                    if (r.Contains(x, y)) inDirty = true;
                }
                var marked = frame.GetPixel(x, y) == Mark;
                if (inDirty)
                {
                    Assert.False(marked, $"pixel ({x},{y}) inside the dirty region was not repainted");
                    inside++;
                }
                else
                {
                    Assert.True(marked, $"pixel ({x},{y}) outside the dirty region was written: {frame.GetPixel(x, y)}");
                    outside++;
                }
            }
        }
        Assert.True(inside > 0 && outside > inside, $"{inside} px inside, {outside} outside: not a partial frame");
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(1.5f)]
    [InlineData(2f)]
    public void A_partial_frame_leaves_every_pixel_outside_its_dirty_region_untouched(float scale)
    {
        var buttons = Enumerable.Range(0, 4).Select(i => new Button($"Button {i}") { Margin = new Thickness(4) }).ToArray();
        var changing = new Rectangle { Fill = SKColors.Red, CornerRadius = 4, Height = 30, Margin = new Thickness(5) };
        var label = new Label("Last 27000.50");
        var stack = new Stack { label, changing };
        foreach (var b in buttons) stack.Add(b);
        using var window = new HeadlessWindow(stack, 200, 260, scale);
        window.RenderFrame();

        MarkEverything(window);
        changing.Fill = SKColors.Orange;
        buttons[2].IsEnabled = false;
        window.Root.UpdateLayout();
        var dirty = window.Root.DirtyRegion.Rects.ToArray();
        Assert.True(dirty.Length >= 1);
        var stats = window.RenderFrame();
        Assert.True(stats.WidgetsRendered > 0);
        AssertOnlyDirtyPixelsChanged(window, dirty);
    }

    [Fact]
    public void A_table_row_change_and_a_scroll_blit_write_nothing_outside_the_dirty_region()
    {
        var rows = Enumerable.Range(0, 40).Select(i => (Name: "SYM" + i, Price: 100m + i)).ToArray();
        var table = new Table<int>(
        [
            TableColumn<int>.Text("Symbol", i => rows[i].Name),
            TableColumn<int>.Numeric("Price", i => rows[i].Price, 2),
        ]);
        var items = new List<int>(Enumerable.Range(0, 20));
        table.Items = items;
        using var window = new HeadlessWindow(table, 240, 300);
        window.RenderFrame();

        MarkEverything(window);
        rows[3].Price += 1m;
        table.List.RefreshRow(3);
        window.Root.UpdateLayout();
        var dirty = window.Root.DirtyRegion.Rects.ToArray();
        window.RenderFrame();
        AssertOnlyDirtyPixelsChanged(window, dirty);

        // New items at the start move the rows' pixels down (a scroll-blit): moved pixels carry the mark along,
        // so every pixel outside the dirty region must still hold it.
        window.RenderFrame();
        MarkEverything(window);
        items.InsertRange(0, [20, 21]);
        table.ItemsInsertedAtStart(2);
        window.Root.UpdateLayout();
        dirty = window.Root.DirtyRegion.Rects.ToArray();
        var stats = window.RenderFrame();
        Assert.True(stats.PixelsMoved > 0, "the rows' pixels were moved, not repainted");
        AssertOnlyDirtyPixelsChanged(window, dirty);
    }
}
