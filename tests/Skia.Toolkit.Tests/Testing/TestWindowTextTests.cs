using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

public class TestWindowTextTests
{
    [Fact]
    public void Text_in_the_bundled_fonts_renders_to_its_golden_at_scale_two()
    {
        using var window = new TestWindow(new TwoLines(), 120, 40, scale: 2);
        // The widget draws black text itself, so it goes on white rather than the default dark theme's background.
        window.Root.Background = SKColors.White;

        RenderAssert.AssertRendersToImage(window);
    }

    /// <summary>Draws a UI line in Inter and a price in JetBrains Mono, shaped by the toolkit from its bundled fonts.</summary>
    private sealed class TwoLines : Widget
    {
        private static readonly TextShaper Shaper = new(FontSet.Default);

        protected override void OnRender(SKCanvas canvas)
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            Shaper.Shape("Bid size", FontSpec.Ui(13)).Draw(canvas, 4, 16, paint);
            Shaper.Shape("43,210.57", FontSpec.Mono(13)).Draw(canvas, 4, 34, paint);
        }
    }
}
