using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Core;

public class LayoutQueueTests
{
    // A fixed-size probe is a layout boundary: its size does not depend on its children.
    private static ProbeWidget Boundary(float size) => new() { Width = size, Height = size, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };

    [Fact]
    public void Nested_dirty_boundaries_are_laid_out_once_from_the_shallowest()
    {
        var inner = Boundary(20);
        var outer = Boundary(60);
        outer.Add(inner);
        var sibling = new ProbeWidget(10, 10);
        var stack = new Stack { outer, sibling };
        using var window = new HeadlessWindow(stack, 100, 100);
        window.RenderFrame();
        var outerArranges = outer.ArrangeCount;
        var innerArranges = inner.ArrangeCount;
        var siblingMeasures = sibling.MeasureCount;

        inner.ContentSize = new SKSize(5, 5);
        outer.ContentSize = new SKSize(6, 6);
        Assert.True(window.Root.IsLayoutPending);
        window.Root.UpdateLayout();

        Assert.False(window.Root.IsLayoutPending);
        Assert.Equal(outerArranges + 1, outer.ArrangeCount);
        Assert.Equal(innerArranges + 1, inner.ArrangeCount);
        // Outside the boundaries nothing was touched.
        Assert.Equal(siblingMeasures, sibling.MeasureCount);
    }

    [Fact]
    public void Passes_count_only_passes_that_had_work()
    {
        var queue = new LayoutQueue();
        var probe = Boundary(10);
        using var window = new HeadlessWindow(new Stack { probe }, 50, 50);
        window.RenderFrame();
        var before = window.Root.LayoutPasses;
        window.Root.UpdateLayout();
        Assert.Equal(before, window.Root.LayoutPasses);
        probe.ContentSize = new SKSize(3, 3);
        window.Root.UpdateLayout();
        Assert.Equal(before + 1, window.Root.LayoutPasses);

        Assert.False(queue.IsPending);
        queue.Run(window.Root);
        Assert.Equal(0, queue.Passes);
    }

    [Fact]
    public void A_boundary_invalidated_twice_is_laid_out_once()
    {
        var probe = Boundary(10);
        using var window = new HeadlessWindow(new Stack { probe }, 50, 50);
        window.RenderFrame();
        var measures = probe.MeasureCount;
        var arranges = probe.ArrangeCount;
        probe.ContentSize = new SKSize(2, 2);
        probe.ContentSize = new SKSize(4, 4);
        window.Root.UpdateLayout();
        Assert.Equal(measures + 1, probe.MeasureCount);
        Assert.Equal(arranges + 1, probe.ArrangeCount);
        Assert.False(window.Root.IsLayoutPending);
    }
}
