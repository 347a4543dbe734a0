using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.Vulkan;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class VulkanBackendTests
{
    [Fact]
    public void Vulkan_window_shows_what_was_drawn_into_the_back_buffer_frame_after_frame()
    {
        using var window = new GlfwWindow(200, 120, "vulkan smoke", withGlContext: false, visible: true, new NullEventSink());
        using var backend = new VulkanBackend(window, vsync: false);
        var size = window.FramebufferSize;
        using var red = new SKPaint { Color = SKColors.Red };
        using var blue = new SKPaint { Color = SKColors.Blue };

        var canvas = backend.BeginFrame(size);
        canvas.Clear(SKColors.White);
        canvas.DrawRect(10, 20, 50, 40, red);
        backend.EndFrame();
        backend.Present();

        // Second frame repaints only a corner: the rest must come from the retained back buffer.
        canvas = backend.BeginFrame(size);
        canvas.DrawRect(150, 80, 20, 20, blue);
        backend.EndFrame();
        backend.Present();

        using var shown = backend.ReadWindowPixels();
        Assert.Equal(SKColors.Red, shown.GetPixel(30, 40));
        Assert.Equal(SKColors.Blue, shown.GetPixel(160, 90));
        Assert.Equal(SKColors.White, shown.GetPixel(5, 5));
        backend.Present(); // presenting after a read-back still works
    }
}
