using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ScrollViewerTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    // 40 rows of 20 px = 800 px of content in a 200 px viewport.
    private static (TestWindow Window, ScrollViewer Viewer, Stack Rows) Scene(int rows = 40, float rowWidth = float.NaN, bool horizontal = false)
    {
        var stack = new Stack();
        for (int i = 0; i < rows; i++)
        {
            stack.Add(new Rectangle { Height = 20, Width = rowWidth, Fill = i % 2 == 0 ? Theme.Dark.Surface : Theme.Dark.SurfaceRaised, Stroke = Theme.Dark.GridLine, StrokeThickness = 1 });
        }

        var viewer = new ScrollViewer { Content = stack, CanScrollHorizontally = horizontal };
        var window = new TestWindow(viewer, 200, 200);
        window.Root.Theme = Theme.Dark;
        window.RenderFrame();
        return (window, viewer, stack);
    }

    [Fact]
    public void ScrollViewer_scrolled_with_both_bars()
    {
        var (window, viewer, _) = Scene(40, 400, horizontal: true);
        using (window)
        {
            viewer.ScrollTo(100, 300);
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void ScrollBar_states_render_in_both_themes()
    {
        Func<Widget> make = () =>
        {
            var bar = new ScrollBar(Orientation.Horizontal) { Maximum = 300, ViewportSize = 100, Margin = new Thickness(6, 10) };
            bar.Value = 100;
            return bar;
        };
        using var strip = StateStrip.Render(140, 32, StateStrip.BothThemes,
            new("normal", make),
            new("hover", make, StateStrip.Hover),
            new("dragging", make, (window, w) => window.Root.DispatchPointerDown(new SKPoint(w.BoundsInWindow.Left + 48, w.BoundsInWindow.MidY))),
            new("disabled", make, StateStrip.Disable));
        Goldens.AssertMatches(strip, "ScrollBar_states_render_in_both_themes");
    }

    [Fact]
    public void Wheel_scrolls_the_content_and_moves_the_thumb()
    {
        var (window, viewer, _) = Scene();
        using (window)
        {
            Assert.True(viewer.VerticalBar.Bounds.Width > 0);
            window.Scroll(new SKPoint(80, 100), -2);
            Assert.Equal(2 * ScrollContainer.WheelStep, viewer.VerticalOffset);
            Assert.Equal(viewer.VerticalOffset, viewer.VerticalBar.Value);
            Assert.Equal(600, viewer.VerticalBar.Maximum);

            // The wheel over the bar itself scrolls too.
            window.Scroll(new SKPoint(194, 100), 1);
            Assert.Equal(ScrollContainer.WheelStep, viewer.VerticalOffset);
        }
    }

    [Fact]
    public void Dragging_the_thumb_scrolls_in_proportion_and_stops_at_the_end()
    {
        var (window, viewer, _) = Scene();
        using (window)
        {
            // Track 200 px, thumb 200 * 200 / 800 = 50 px: 150 px of travel for 600 px of content.
            window.Drag(new SKPoint(194, 25), new SKPoint(194, 100));
            Assert.Equal(300, viewer.VerticalOffset, 0.5f);
            window.Drag(new SKPoint(194, 100), new SKPoint(194, 400));
            Assert.Equal(600, viewer.VerticalOffset);
            Assert.False(viewer.VerticalBar.IsDragging);
        }
    }

    [Fact]
    public void A_press_on_the_track_pages_by_one_viewport_towards_it()
    {
        var (window, viewer, _) = Scene();
        using (window)
        {
            window.Click(new SKPoint(194, 180));
            Assert.Equal(200, viewer.VerticalOffset);
            window.Click(new SKPoint(194, 180));
            Assert.Equal(400, viewer.VerticalOffset);
            window.Click(new SKPoint(194, 5));
            Assert.Equal(200, viewer.VerticalOffset);
        }
    }

    [Fact]
    public void Content_shrinking_under_the_scroll_position_clamps_it_and_hides_the_bar()
    {
        var (window, viewer, rows) = Scene();
        using (window)
        {
            viewer.ScrollTo(0, 600);
            window.RenderFrame();
            while (rows.Children.Count > 15) rows.RemoveAt(rows.Children.Count - 1);
            window.RenderFrame();
            Assert.Equal(100, viewer.VerticalOffset);
            Assert.Equal(100, viewer.VerticalBar.Maximum);
            Assert.Equal(100, viewer.VerticalBar.Value);

            while (rows.Children.Count > 5) rows.RemoveAt(rows.Children.Count - 1);
            window.RenderFrame();
            Assert.Equal(0, viewer.VerticalOffset);
            Assert.Equal(0, viewer.VerticalBar.Bounds.Width);
            Assert.Equal(200, viewer.Viewport.Width);
            using var bitmap = window.Capture();
            Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(100, 150));
        }
    }

    [Fact]
    public void Markup_shows_which_bars_are_needed()
    {
        var (window, _, _) = Scene(5);
        using (window)
        {
            RenderAssert.AssertRendersToMarkup(window, """
                ScrollViewer (0,0 200x200)
                  ScrollContainer (0,0 200x200)
                    Stack (0,0 200x200) orientation=Vertical
                      Rectangle (0,0 200x20) fill=#FF1B1E24 stroke=#FF2A2E36 strokeThickness=1
                      Rectangle (0,20 200x20) fill=#FF262A32 stroke=#FF2A2E36 strokeThickness=1
                      Rectangle (0,40 200x20) fill=#FF1B1E24 stroke=#FF2A2E36 strokeThickness=1
                      Rectangle (0,60 200x20) fill=#FF262A32 stroke=#FF2A2E36 strokeThickness=1
                      Rectangle (0,80 200x20) fill=#FF1B1E24 stroke=#FF2A2E36 strokeThickness=1
                  ScrollBar (200,0 0x0) orientation=Vertical value=0 maximum=0 viewport=200
                  ScrollBar (0,200 0x0) orientation=Horizontal value=0 maximum=0 viewport=200
                """);
        }
    }
}
