using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class FlashingNumberTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    // Counts text pixels that lean clearly towards green or red (anti-aliased glyph edges included).
    private static (int Green, int Red, int Neutral) Tints(SKBitmap frame, SKRectI area)
    {
        int green = 0, red = 0, neutral = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var p = frame.GetPixel(x, y);
                if (p.Green > p.Red + 60) green++;
                else if (p.Red > p.Green + 60) red++;
                else if (p.Red > 150 && p.Green > 150) neutral++;
            }
        }
        return (green, red, neutral);
    }

    private static (FlashingNumber Number, HeadlessWindow Window) Settled(decimal value)
    {
        var number = new FlashingNumber { Value = value };
        var window = new HeadlessWindow(number, 160, 40);
        window.RenderFrame();
        window.RenderFrame();
        Assert.Equal(0, number.FlashDirection);
        return (number, window);
    }

    [Fact]
    public void A_rise_flashes_green_for_one_frame_then_returns_to_the_text_colour()
    {
        var (number, window) = Settled(27000.50m);
        using (window)
        {
            number.Value = 27000.75m;
            Assert.Equal("27000.75", number.Text);
            using var flash = window.Capture();
            var tints = Tints(flash, new SKRectI(0, 0, 160, 40));
            Assert.True(tints.Green > 20 && tints.Red == 0, $"rise drawn with green={tints.Green} red={tints.Red}");
            // The flash frame asked for one more repaint, so the next frame draws the normal colour.
            Assert.True(window.Root.NeedsFrame);
            using var after = window.Capture();
            var back = Tints(after, new SKRectI(0, 0, 160, 40));
            Assert.True(back.Green == 0 && back.Red == 0 && back.Neutral > 20, $"after: green={back.Green} red={back.Red} neutral={back.Neutral}");
            Assert.False(window.Root.NeedsFrame);
            Assert.Equal(0, window.RenderFrame().DirtyRects);
        }
    }

    [Fact]
    public void A_fall_flashes_red_for_one_frame()
    {
        var (number, window) = Settled(27000.50m);
        using (window)
        {
            number.Value = 26999.00m;
            using var flash = window.Capture();
            var tints = Tints(flash, new SKRectI(0, 0, 160, 40));
            Assert.True(tints.Red > 20 && tints.Green == 0, $"fall drawn with green={tints.Green} red={tints.Red}");
            using var after = window.Capture();
            Assert.Equal(0, Tints(after, new SKRectI(0, 0, 160, 40)).Red);
        }
    }

    [Fact]
    public void A_ticking_value_allocates_nothing_after_warm_up()
    {
        var (number, window) = Settled(27000.50m);
        using (window)
        {
            long drawn = 0;
            void Tick(int n)
            {
                number.Value = 27000.50m + (n % 7) * 0.01m;
                drawn += window.RenderFrame().WidgetsRendered;
            }
            for (var n = 0; n < 20; n++) Tick(n);
            drawn = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var n = 0; n < 100; n++) Tick(n);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.True(drawn >= 100, $"the measured frames drew {drawn} widgets");
            // The last value set (n = 99, 99 % 7 = 1), read back as text.
            Assert.Equal("27000.51", number.Text);
        }
    }

    [Fact]
    public void Setting_the_same_value_does_not_flash_or_repaint()
    {
        var (number, window) = Settled(1.5m);
        using (window)
        {
            number.Value = 1.5m;
            Assert.False(window.Root.NeedsFrame);
        }
    }

    [Fact]
    public void Flashing_numbers_render_steady_rising_and_falling_in_both_themes()
    {
        using var strip = new SKBitmap(160 * 2, 90, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(strip);
        var themes = new[] { Theme.Dark, Theme.Light };
        for (var i = 0; i < themes.Length; i++)
        {
            var steady = new FlashingNumber { Value = 100.25m, Height = 30 };
            var rising = new FlashingNumber { Value = 100.25m, Height = 30 };
            var falling = new FlashingNumber { Value = 100.25m, Height = 30 };
            var stack = new Stack();
            stack.Add(steady);
            stack.Add(rising);
            stack.Add(falling);
            using var window = new HeadlessWindow(stack, 160, 90);
            window.Root.Theme = themes[i];
            window.RenderFrame();
            window.RenderFrame();
            rising.Value = 100.50m;
            falling.Value = 99.75m;
            using var frame = window.Capture();
            using var image = SKImage.FromBitmap(frame);
            canvas.DrawImage(image, i * 160, 0, SKSamplingOptions.Default);
        }
        canvas.Flush();
        Goldens.AssertMatches(strip);
    }
}
