using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ScrollContainerTests
{
    private static (HeadlessWindow Window, ScrollContainer Scroll, Rectangle[] Rows) Build()
    {
        var rows = new Rectangle[20];
        var list = new Stack();
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new Rectangle { Height = 10, Fill = i % 2 == 0 ? SKColors.Red : SKColors.Blue, Name = $"row{i}" };
            list.Add(rows[i]);
        }

        var scroll = new ScrollContainer { Content = list, Height = 50, VerticalAlignment = VerticalAlignment.Top, Margin = new Thickness(10, 20, 10, 0) };
        var dock = new Grid { new Rectangle { Fill = SKColors.Green }, scroll };
        var window = new HeadlessWindow(dock, 100, 100);
        window.RenderFrame();
        return (window, scroll, rows);
    }

    [Fact]
    public void Content_is_clipped_to_the_viewport()
    {
        var (window, _, _) = Build();
        using (window)
        {
            using var bitmap = window.Capture();
            Assert.Equal(SKColors.Red, bitmap.GetPixel(50, 25));
            Assert.Equal(SKColors.Blue, bitmap.GetPixel(50, 55));
            Assert.Equal(SKColors.Green, bitmap.GetPixel(50, 75));
        }
    }

    [Fact]
    public void Scrolling_offsets_the_content_and_repaints_only_the_viewport()
    {
        var (window, scroll, rows) = Build();
        using (window)
        {
            scroll.VerticalOffset = 10;
            window.Root.UpdateLayout();
            var viewport = scroll.BoundsInWindow;
            var allowed = new SKRectI((int)viewport.Left - 1, (int)viewport.Top - 1, (int)viewport.Right + 1, (int)viewport.Bottom + 1);
            foreach (var r in window.Root.DirtyRegion.Rects)
            {
                Assert.True(allowed.Contains(r), $"dirty rect {r} escapes the viewport {allowed}");
            }

            Assert.Equal(-10, rows[0].BoundsInWindow.Top - viewport.Top);
            using var bitmap = window.Capture();
            Assert.Equal(SKColors.Blue, bitmap.GetPixel(50, 25));
            Assert.Equal(SKColors.Green, bitmap.GetPixel(50, 75));
        }
    }

    [Fact]
    public void Offsets_are_clamped_to_the_scrollable_range_and_the_wheel_scrolls()
    {
        var (window, scroll, _) = Build();
        using (window)
        {
            scroll.VerticalOffset = 1000;
            window.RenderFrame();
            Assert.Equal(150, scroll.VerticalOffset);
            Assert.Equal(150, scroll.MaxVerticalOffset);

            Assert.True(window.Root.DispatchWheel(new SKPoint(50, 40), new SKPoint(0, 1)));
            Assert.Equal(150 - ScrollContainer.WheelStep, scroll.VerticalOffset);
            Assert.Throws<ArgumentException>(() => scroll.VerticalOffset = float.NaN);
        }
    }

    [Fact]
    public void Hit_testing_follows_the_scrolled_content_and_ignores_the_clipped_part()
    {
        var (window, scroll, rows) = Build();
        using (window)
        {
            scroll.VerticalOffset = 30;
            Assert.Same(rows[3], window.Root.HitTest(new SKPoint(50, 25)));
            // Row 0 lies above the viewport now: the point there hits the green background, not the row.
            var above = window.Root.HitTest(new SKPoint(50, 15));
            Assert.DoesNotContain(rows, r => ReferenceEquals(r, above));
            Assert.Equal(SKColors.Green, Assert.IsType<Rectangle>(above).Fill);
        }
    }
}
