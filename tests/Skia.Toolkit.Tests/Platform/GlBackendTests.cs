using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.Gl;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class GlBackendTests
{
    [Fact]
    public void Gl_window_shows_what_was_drawn_into_the_back_buffer()
    {
        using var window = new GlfwWindow(200, 120, "gl smoke", withGlContext: true, visible: true, new NullEventSink());
        using var backend = new GlBackend(window, vsync: false);
        var size = window.FramebufferSize;
        var canvas = backend.BeginFrame(size);
        canvas.Clear(SKColors.White);
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawRect(10, 20, 50, 40, red);
        }
        backend.EndFrame();
        backend.Present();
        using var shown = backend.ReadWindowPixels();
        Assert.Equal(size.Width, shown.Width);
        Assert.Equal(SKColors.Red, shown.GetPixel(30, 40));
        Assert.Equal(SKColors.White, shown.GetPixel(5, 5));
        Assert.Equal(SKColors.White, shown.GetPixel(30, 15)); // the top row is on top: no vertical flip
    }
}
