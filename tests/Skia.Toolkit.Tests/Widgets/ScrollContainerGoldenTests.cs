using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ScrollContainerGoldenTests
{
    // Eight 20 px rows: 160 px of content in an 80 px viewport, so 80 px can be scrolled.
    private static (ScrollContainer Scroll, Border Frame) Scene()
    {
        SKColor[] colours =
        [
            SKColors.SteelBlue, SKColors.IndianRed, SKColors.SeaGreen, SKColors.Goldenrod,
            SKColors.MediumPurple, SKColors.DarkSlateGray, SKColors.Coral, SKColors.Teal,
        ];
        var rows = new Stack();
        for (var i = 0; i < colours.Length; i++)
        {
            rows.Add(Swatch.Of("row" + i, colours[i], height: 20));
        }

        var scroll = new ScrollContainer { Content = rows, Name = "scroll" };
        var frame = new Border
        {
            Margin = new Thickness(10),
            BorderColor = SKColors.Black,
            BorderThickness = 1,
            Padding = new Thickness(0),
            Child = scroll,
            Height = 82,
            VerticalAlignment = VerticalAlignment.Top,
        };
        return (scroll, frame);
    }

    [Fact]
    public void Scroll_container_clips_content_taller_than_its_viewport()
    {
        var (_, frame) = Scene();
        using var window = new TestWindow(frame, 100, 110);

        RenderAssert.AssertRendersToImage(window);
    }

    [Fact]
    public void Wheel_scrolls_the_content_by_one_step_per_notch()
    {
        var (scroll, frame) = Scene();
        using var window = new TestWindow(frame, 100, 110);

        window.Scroll(new SKPoint(50, 50), -0.5f);

        Assert.Equal(ScrollContainer.WheelStep / 2, scroll.VerticalOffset);
        RenderAssert.AssertRendersToImage(window);
    }

    [Fact]
    public void Wheel_past_the_end_stops_at_the_last_row()
    {
        var (scroll, frame) = Scene();
        using var window = new TestWindow(frame, 100, 110);

        window.Scroll(new SKPoint(50, 50), -5);

        Assert.Equal(80, scroll.VerticalOffset);
        RenderAssert.AssertRendersToImage(window);
        RenderAssert.AssertRendersToMarkup(window, """
            Border (10,10 80x82) borderColor=#FF000000 borderThickness=1
              ScrollContainer #scroll (1,1 78x80) verticalOffset=80
                Stack (0,-80 78x160) orientation=Vertical
                  Rectangle #row0 (0,0 78x20) fill=#FF4682B4
                  Rectangle #row1 (0,20 78x20) fill=#FFCD5C5C
                  Rectangle #row2 (0,40 78x20) fill=#FF2E8B57
                  Rectangle #row3 (0,60 78x20) fill=#FFDAA520
                  Rectangle #row4 (0,80 78x20) fill=#FF9370DB
                  Rectangle #row5 (0,100 78x20) fill=#FF2F4F4F
                  Rectangle #row6 (0,120 78x20) fill=#FFFF7F50
                  Rectangle #row7 (0,140 78x20) fill=#FF008080
            """);
    }
}
