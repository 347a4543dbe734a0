using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class StackGoldenTests
{
    [Fact]
    public void Vertical_stack_with_spacing_and_each_horizontal_alignment()
    {
        var stack = new Stack
        {
            Spacing = 6,
            Margin = new Thickness(4),
            Background = new SKColor(0xFFEEEEEE),
        };
        stack.Add(Swatch.Of("stretch", SKColors.SteelBlue, height: 14));
        stack.Add(Swatch.Of("left", SKColors.IndianRed, 40, 14, HorizontalAlignment.Left));
        stack.Add(Swatch.Of("center", SKColors.SeaGreen, 40, 14, HorizontalAlignment.Center));
        stack.Add(Swatch.Of("right", SKColors.Goldenrod, 40, 14, HorizontalAlignment.Right));
        using var window = new TestWindow(stack, 120, 90);

        RenderAssert.AssertRendersToImage(window);
        RenderAssert.AssertRendersToMarkup(window, """
            Stack (4,4 112x82) orientation=Vertical spacing=6 background=#FFEEEEEE
              Rectangle #stretch (0,0 112x14) fill=#FF4682B4
              Rectangle #left (0,20 40x14) fill=#FFCD5C5C
              Rectangle #center (36,40 40x14) fill=#FF2E8B57
              Rectangle #right (72,60 40x14) fill=#FFDAA520
            """);
    }

    [Fact]
    public void Horizontal_stack_with_spacing_and_each_vertical_alignment()
    {
        var stack = new Stack
        {
            Orientation = Orientation.Horizontal,
            Spacing = 4,
            Margin = new Thickness(4),
            Background = new SKColor(0xFFEEEEEE),
        };
        stack.Add(Swatch.Of("stretch", SKColors.SteelBlue, width: 16));
        stack.Add(Swatch.Of("top", SKColors.IndianRed, 16, 20, vertical: VerticalAlignment.Top));
        stack.Add(Swatch.Of("center", SKColors.SeaGreen, 16, 20, vertical: VerticalAlignment.Center));
        stack.Add(Swatch.Of("bottom", SKColors.Goldenrod, 16, 20, vertical: VerticalAlignment.Bottom));
        using var window = new TestWindow(stack, 100, 60);

        RenderAssert.AssertRendersToImage(window);
    }
}
