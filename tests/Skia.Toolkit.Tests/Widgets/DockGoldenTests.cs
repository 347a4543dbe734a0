using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class DockGoldenTests
{
    [Fact]
    public void Dock_with_every_side_and_a_filling_centre()
    {
        var dock = new Dock { Background = SKColors.White };
        dock.Add(Swatch.Of("top", SKColors.SteelBlue, height: 16), DockSide.Top);
        dock.Add(Swatch.Of("left", SKColors.IndianRed, width: 20), DockSide.Left);
        dock.Add(Swatch.Of("bottom", SKColors.SeaGreen, height: 12), DockSide.Bottom);
        dock.Add(Swatch.Of("right", SKColors.Goldenrod, width: 24), DockSide.Right);
        dock.Add(Swatch.Of("centre", SKColors.MediumPurple));
        using var window = new TestWindow(dock, 120, 80);

        RenderAssert.AssertRendersToImage(window);
        RenderAssert.AssertRendersToMarkup(window, """
            Dock (0,0 120x80) background=#FFFFFFFF
              Rectangle #top (0,0 120x16) fill=#FF4682B4
              Rectangle #left (0,16 20x64) fill=#FFCD5C5C
              Rectangle #bottom (20,68 100x12) fill=#FF2E8B57
              Rectangle #right (96,16 24x52) fill=#FFDAA520
              Rectangle #centre (20,16 76x52) fill=#FF9370DB
            """);
    }
}
