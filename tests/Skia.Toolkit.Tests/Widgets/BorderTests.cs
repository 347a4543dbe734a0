using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class BorderTests
{
    [Fact]
    public void Child_is_inset_by_border_thickness_and_padding()
    {
        var child = new ProbeWidget(20, 10);
        var border = new Border { Child = child, BorderThickness = 2, Padding = new Thickness(3, 4, 5, 6), HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        var root = new UiRoot(border, new SKSizeI(100, 100));
        root.UpdateLayout();
        Assert.Equal(new SKSize(20 + 4 + 8, 10 + 4 + 10), border.DesiredSize);
        Assert.Equal(new SKRect(5, 6, 25, 16), child.Bounds);
    }

    [Fact]
    public void Draws_background_inside_and_border_colour_on_the_edge()
    {
        var border = new Border { Background = SKColors.Yellow, BorderColor = SKColors.Black, BorderThickness = 2, CornerRadius = 0 };
        using var window = new HeadlessWindow(border, 40, 30);
        using var bitmap = window.Capture();
        Assert.Equal(SKColors.Black, bitmap.GetPixel(0, 15));
        Assert.Equal(SKColors.Black, bitmap.GetPixel(39, 15));
        Assert.Equal(SKColors.Yellow, bitmap.GetPixel(20, 15));
    }

    [Fact]
    public void Rounded_corners_leave_the_corner_pixel_unpainted()
    {
        var border = new Border { Background = SKColors.Yellow, CornerRadius = 8 };
        using var window = new HeadlessWindow(border, 40, 30);
        using var bitmap = window.Capture();
        Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(0, 0));
        Assert.Equal(SKColors.Yellow, bitmap.GetPixel(8, 8));
        Assert.Throws<ArgumentException>(() => border.CornerRadius = -1);
        Assert.Throws<ArgumentException>(() => border.BorderThickness = float.PositiveInfinity);
    }

    [Fact]
    public void Replacing_the_child_detaches_the_old_one()
    {
        var first = new ProbeWidget();
        var second = new ProbeWidget();
        var border = new Border { Child = first };
        border.Child = second;
        Assert.Null(first.Parent);
        Assert.Same(border, second.Parent);
        Assert.Single(border.Children);
    }
}
