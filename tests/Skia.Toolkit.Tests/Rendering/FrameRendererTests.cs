using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

public class FrameRendererTests
{
    [Fact]
    public void First_frame_paints_everything_then_an_idle_frame_paints_nothing()
    {
        var a = new ProbeWidget(10, 10);
        using var window = new HeadlessWindow(new Stack { a }, 100, 50);
        var first = window.RenderFrame();
        Assert.Equal(100 * 50, first.PixelsRepainted);
        Assert.Equal(1, first.DirtyRects);
        Assert.Equal(2, first.WidgetsRendered);

        var idle = window.RenderFrame();
        Assert.True(idle.IsEmpty);
        Assert.Equal(0, idle.WidgetsRendered);
        Assert.Equal(1, a.RenderCount);
    }

    [Fact]
    public void Changing_one_widget_repaints_its_bounds_grown_by_one_pixel_and_renders_only_what_intersects()
    {
        var probes = Enumerable.Range(0, 10).Select(i => new ProbeWidget(0, 20) { Name = $"p{i}" }).ToArray();
        var stack = new Stack();
        foreach (var p in probes) stack.Add(p);
        using var window = new HeadlessWindow(stack, 100, 200);
        window.RenderFrame();

        probes[4].Color = SKColors.Red;
        Assert.Equal(new SKRectI(0, 79, 100, 101), window.Root.DirtyRegion.Bounds);
        var stats = window.RenderFrame();

        Assert.Equal(100 * 22, stats.PixelsRepainted);
        // The stack under it, the changed probe and its two neighbours whose edges touch the grown rect.
        Assert.Equal(4, stats.WidgetsRendered);
        Assert.Equal(2, probes[4].RenderCount);
        Assert.Equal(1, probes[0].RenderCount);
        Assert.Equal(1, probes[9].RenderCount);
        using var bitmap = window.Capture();
        Assert.Equal(SKColors.Red, bitmap.GetPixel(50, 90));
        Assert.Equal(SKColors.Gray, bitmap.GetPixel(50, 70));
    }

    [Fact]
    public void Dirty_rects_at_scale_two_are_in_device_pixels()
    {
        var a = new ProbeWidget(10, 10) { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = new HeadlessWindow(new Stack { a }, 100, 100, scale: 2);
        window.RenderFrame();
        a.Color = SKColors.Blue;
        Assert.Equal(new SKRectI(0, 0, 21, 21), window.Root.DirtyRegion.Bounds);
        window.RenderFrame();
        using var bitmap = window.Capture();
        Assert.Equal(SKColors.Blue, bitmap.GetPixel(19, 19));
        Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(20, 20));
    }

    [Fact]
    public void Moving_a_widget_repaints_both_where_it_was_and_where_it_is()
    {
        var a = new ProbeWidget(20, 20) { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top, Color = SKColors.Green };
        using var window = new HeadlessWindow(a, 200, 100);
        window.RenderFrame();
        a.Margin = new Thickness(100, 50, 0, 0);
        window.Root.UpdateLayout();
        var rects = window.Root.DirtyRegion.Rects.ToArray();
        Assert.Contains(new SKRectI(0, 0, 21, 21), rects);
        Assert.Contains(new SKRectI(99, 49, 121, 71), rects);
        using var bitmap = window.Capture();
        Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(10, 10));
        Assert.Equal(SKColors.Green, bitmap.GetPixel(110, 60));
    }

    [Fact]
    public void Steady_state_frame_allocates_nothing()
    {
        var grid = new Grid { Rows = GridLength.Parse("*,*,*"), Columns = GridLength.Parse("*,*,*") };
        var changing = new Rectangle { Fill = SKColors.Red, CornerRadius = 3, Stroke = SKColors.Black, StrokeThickness = 1 };
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                var cell = new Border { Background = SKColors.LightGray, BorderColor = SKColors.Gray, BorderThickness = 1, Padding = new Thickness(2) };
                cell.Child = r == 1 && c == 1 ? changing : new Rectangle { Fill = SKColors.Blue };
                grid.Add(cell, r, c);
            }
        }

        using var window = new HeadlessWindow(grid, 300, 300);
        for (int i = 0; i < 50; i++)
        {
            changing.Fill = (i % 2 == 0) ? SKColors.Red : SKColors.Orange;
            window.RenderFrame();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            changing.Fill = new SKColor((byte)i, 0, 0);
            window.RenderFrame();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(window.Renderer.LastFrame.WidgetsRendered > 0);
    }

    [Fact]
    public void Hiding_a_widget_repaints_its_area_with_what_is_behind()
    {
        var back = new Rectangle { Fill = SKColors.Blue };
        var front = new Rectangle { Fill = SKColors.Red, Width = 10, Height = 10 };
        var panel = new Grid { back, front };
        using var window = new HeadlessWindow(panel, 50, 50);
        using (var first = window.Capture()) Assert.Equal(SKColors.Red, first.GetPixel(25, 25));
        front.IsVisible = false;
        using var second = window.Capture();
        Assert.Equal(SKColors.Blue, second.GetPixel(25, 25));
    }
}
