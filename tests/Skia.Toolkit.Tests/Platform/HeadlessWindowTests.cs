using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

public class HeadlessWindowTests
{
    [Fact]
    public void Capture_draws_a_stretched_rectangle_over_the_whole_window()
    {
        using var window = new HeadlessWindow(new Rectangle { Fill = SKColors.Red }, 20, 10);
        using var bitmap = window.Capture();
        Assert.Equal(20, bitmap.Width);
        Assert.Equal(10, bitmap.Height);
        Assert.Equal(SKColors.Red, bitmap.GetPixel(0, 0));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(19, 9));
    }

    [Fact]
    public void Capture_at_scale_two_doubles_the_back_buffer_and_keeps_logical_layout()
    {
        var rect = new Rectangle { Fill = SKColors.Blue, Width = 5, Height = 5, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = new HeadlessWindow(rect, 20, 10, scale: 2);
        using var bitmap = window.Capture();
        Assert.Equal(40, bitmap.Width);
        Assert.Equal(20, bitmap.Height);
        Assert.Equal(new SKRect(0, 0, 5, 5), rect.Bounds);
        Assert.Equal(SKColors.Blue, bitmap.GetPixel(9, 9));
        Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(10, 10));
    }

    [Fact]
    public void SavePng_writes_a_decodable_png_of_the_window_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-{Guid.NewGuid():N}.png");
        try
        {
            using (var window = new HeadlessWindow(new Rectangle { Fill = SKColors.Green }, 12, 7))
            {
                window.SavePng(path);
            }

            using var decoded = SKBitmap.Decode(path);
            Assert.Equal(12, decoded.Width);
            Assert.Equal(7, decoded.Height);
            Assert.Equal(SKColors.Green, decoded.GetPixel(6, 3));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
