using Skia.Toolkit.Core;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class DockTests
{
    [Fact]
    public void Docked_children_take_strips_in_order_and_the_last_fills_the_centre()
    {
        var top = new ProbeWidget(0, 20);
        var left = new ProbeWidget(30, 0);
        var bottom = new ProbeWidget(0, 10);
        var right = new ProbeWidget(40, 0);
        var centre = new ProbeWidget(5, 5);
        var dock = new Dock();
        dock.Add(top, DockSide.Top);
        dock.Add(left, DockSide.Left);
        dock.Add(bottom, DockSide.Bottom);
        dock.Add(right, DockSide.Right);
        dock.Add(centre);
        var root = new UiRoot(dock, new SKSizeI(200, 100));
        root.UpdateLayout();

        Assert.Equal(new SKRect(0, 0, 200, 20), top.Bounds);
        Assert.Equal(new SKRect(0, 20, 30, 100), left.Bounds);
        Assert.Equal(new SKRect(30, 90, 200, 100), bottom.Bounds);
        Assert.Equal(new SKRect(160, 20, 200, 90), right.Bounds);
        Assert.Equal(new SKRect(30, 20, 160, 90), centre.Bounds);
        Assert.Equal(DockSide.Right, Dock.GetDock(right));
    }

    [Fact]
    public void Without_last_child_fill_the_last_child_keeps_its_desired_size()
    {
        var left = new ProbeWidget(30, 0);
        var last = new ProbeWidget(25, 0);
        var dock = new Dock { LastChildFill = false };
        dock.Add(left, DockSide.Left);
        dock.Add(last, DockSide.Left);
        var root = new UiRoot(dock, new SKSizeI(200, 100));
        root.UpdateLayout();
        Assert.Equal(new SKRect(30, 0, 55, 100), last.Bounds);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void A_side_outside_the_four_edges_is_refused_and_leaves_the_child_where_it_was(int side)
    {
        var child = new ProbeWidget(10, 10);
        Dock.SetDock(child, DockSide.Top);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Dock.SetDock(child, (DockSide)side));

        Assert.Equal("side", error.ParamName);
        Assert.Equal(DockSide.Top, Dock.GetDock(child));
    }

    [Fact]
    public void Every_named_side_is_accepted()
    {
        var child = new ProbeWidget(10, 10);
        foreach (var side in Enum.GetValues<DockSide>())
        {
            Dock.SetDock(child, side);
            Assert.Equal(side, Dock.GetDock(child));
        }
    }
}
