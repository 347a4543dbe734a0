using Skia.Toolkit.Core;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class StackTests
{
    [Fact]
    public void Vertical_stack_places_children_top_to_bottom_with_spacing_at_full_width()
    {
        var a = new ProbeWidget(30, 10);
        var b = new ProbeWidget(50, 20);
        var stack = new Stack { Spacing = 5 };
        stack.Add(a);
        stack.Add(b);
        var root = new UiRoot(stack, new SKSizeI(100, 100));
        root.UpdateLayout();

        Assert.Equal(new SKSize(100, 100), stack.Bounds.Size);
        Assert.Equal(new SKRect(0, 0, 100, 10), a.Bounds);
        Assert.Equal(new SKRect(0, 15, 100, 35), b.Bounds);
        Assert.Equal(new SKSize(50, 35), stack.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity)));
    }

    [Fact]
    public void Horizontal_stack_skips_hidden_children_and_their_spacing()
    {
        var a = new ProbeWidget(30, 10);
        var hidden = new ProbeWidget(40, 10) { IsVisible = false };
        var b = new ProbeWidget(20, 10);
        var stack = new Stack { Orientation = Orientation.Horizontal, Spacing = 4, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        stack.Add(a);
        stack.Add(hidden);
        stack.Add(b);
        var root = new UiRoot(stack, new SKSizeI(200, 50));
        root.UpdateLayout();

        Assert.Equal(new SKSize(54, 10), stack.DesiredSize);
        Assert.Equal(new SKRect(34, 0, 54, 10), b.Bounds);
        Assert.Throws<ArgumentException>(() => stack.Spacing = float.NaN);
    }
}
