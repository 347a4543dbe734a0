using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class ImageTests
{
    private static SKImage TwoColourImage()
    {
        // 20x10: left half red, right half blue.
        using var bitmap = new SKBitmap(20, 10);
        for (int y = 0; y < 10; y++)
        {
            for (int x = 0; x < 20; x++) bitmap.SetPixel(x, y, x < 10 ? SKColors.Red : SKColors.Blue);
        }

        return SKImage.FromBitmap(bitmap);
    }

    [Fact]
    public void Natural_size_is_the_image_size_when_space_is_unlimited()
    {
        using var source = TwoColourImage();
        var image = new Image { Source = source, Stretch = Stretch.None };
        Assert.Equal(new SKSize(20, 10), image.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity)));
    }

    [Fact]
    public void Uniform_fits_keeping_aspect_and_centres()
    {
        using var source = TwoColourImage();
        var image = new Image { Source = source, Stretch = Stretch.Uniform };
        using var window = new HeadlessWindow(image, 40, 40);
        using var bitmap = window.Capture();
        Assert.Equal(new SKSize(40, 20), image.DesiredSize);
        // Image drawn 40x20 centred: rows 10..29.
        Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(5, 5));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(5, 20));
        Assert.Equal(SKColors.Blue, bitmap.GetPixel(35, 20));
    }

    [Fact]
    public void Fill_distorts_to_cover_and_uniform_to_fill_crops()
    {
        using var source = TwoColourImage();
        var fill = new Image { Source = source, Stretch = Stretch.Fill };
        using (var window = new HeadlessWindow(fill, 40, 40))
        {
            using var bitmap = window.Capture();
            Assert.Equal(SKColors.Red, bitmap.GetPixel(5, 2));
            Assert.Equal(SKColors.Blue, bitmap.GetPixel(35, 37));
        }

        var crop = new Image { Source = source, Stretch = Stretch.UniformToFill };
        using (var window = new HeadlessWindow(crop, 40, 40))
        {
            using var bitmap = window.Capture();
            // Scaled to 80x40 and centred: x 0..39 shows image x 5..15, so the left edge is red and the right blue.
            Assert.Equal(SKColors.Red, bitmap.GetPixel(2, 2));
            Assert.Equal(SKColors.Blue, bitmap.GetPixel(37, 37));
        }
    }

    [Fact]
    public void No_source_draws_nothing_and_wants_no_space()
    {
        var image = new Image { HorizontalAlignment = HorizontalAlignment.Left };
        using var window = new HeadlessWindow(image, 10, 10);
        using var bitmap = window.Capture();
        Assert.Equal(SKSize.Empty, image.DesiredSize);
        Assert.Equal(Theme.Dark.Background, bitmap.GetPixel(5, 5));
    }
}
