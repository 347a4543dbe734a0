using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class GridGoldenTests
{
    [Fact]
    public void Grid_with_fixed_auto_and_star_tracks_and_a_spanning_child()
    {
        // Columns: 30 fixed, auto (the widest child in it: 24), then the remaining 106 shared 1:1 star.
        // Rows: auto (12), 20 fixed, star the rest.
        var grid = new Grid
        {
            Columns = GridLength.Parse("30, Auto, *, *"),
            Rows = GridLength.Parse("Auto, 20, *"),
            Background = new SKColor(0xFFEEEEEE),
        };
        grid.Add(Swatch.Of("fixed", SKColors.SteelBlue), 0, 0);
        grid.Add(Swatch.Of("auto", SKColors.IndianRed, 24, 12), 0, 1);
        grid.Add(Swatch.Of("star", SKColors.SeaGreen), 0, 2);
        grid.Add(Swatch.Of("star2", SKColors.Goldenrod), 0, 3);
        grid.Add(Swatch.Of("span", SKColors.MediumPurple), 1, 1, columnSpan: 3);
        grid.Add(Swatch.Of("corner", SKColors.DarkSlateGray, 10, 10, HorizontalAlignment.Right, VerticalAlignment.Bottom), 2, 3);
        using var window = new TestWindow(grid, 160, 70);

        RenderAssert.AssertRendersToImage(window);
        RenderAssert.AssertRendersToMarkup(window, """
            Grid (0,0 160x70) rows=Auto,20,* columns=30,Auto,*,* background=#FFEEEEEE
              Rectangle #fixed (0,0 30x12) fill=#FF4682B4
              Rectangle #auto (30,0 24x12) fill=#FFCD5C5C
              Rectangle #star (54,0 53x12) fill=#FF2E8B57
              Rectangle #star2 (107,0 53x12) fill=#FFDAA520
              Rectangle #span (30,12 130x20) fill=#FF9370DB
              Rectangle #corner (150,60 10x10) fill=#FF2F4F4F
            """);
    }
}
