using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Rendering.Backends.Vulkan;
using Skia.Toolkit.Testing;
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

    [Fact]
    public void Steady_presents_copy_only_what_changed_name_it_in_present_regions_where_offered_and_the_x_server_shows_the_back_buffer()
    {
        using var window = new GlfwWindow(200, 120, "vulkan partial", withGlContext: false, visible: true, new NullEventSink());
        using var backend = new VulkanBackend(window, vsync: false);
        IPresentDamageSink sink = backend;
        var size = window.FramebufferSize;
        using var paint = new SKPaint { IsAntialias = true };

        var canvas = backend.BeginFrame(size);
        canvas.Clear(SKColors.White);
        backend.EndFrame();
        backend.Present();

        const int frames = 30;
        for (var i = 0; i < frames; i++)
        {
            canvas = backend.BeginFrame(size);
            var rect = SKRectI.Create(5 + (i * 37 % 170), 5 + (i * 23 % 95), 20, 15);
            canvas.Save();
            canvas.ClipRect(rect);
            canvas.Clear(SKColors.White);
            paint.Color = new SKColor((byte)(i * 40), (byte)(255 - (i * 7)), (byte)(i * 13));
            canvas.DrawCircle(rect.MidX, rect.MidY, 6.5f, paint);
            canvas.Restore();
            sink.AddPresentDamage([rect]);
            backend.EndFrame();
            backend.Present();
        }

        // Each swapchain image is copied whole on its first use, then only what it missed.
        Assert.InRange(backend.PartialCopies, frames - 4, frames);
        Assert.Equal(backend.IncrementalPresent, backend.RegionPresents >= frames - 4);
        using var shown = X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11Window, size);
        using var backBuffer = backend.ReadBackBuffer();
        using var diff = PixelDiff.Compare(backBuffer, shown, threshold: 0);
        Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{diff.DifferentPixels} pixels on the X server differ from the back buffer after {frames} partial presents");
    }

    [Fact]
    public void Lavapipe_offers_incremental_present_and_the_backend_enables_it()
    {
        using var window = new GlfwWindow(64, 48, "vulkan extensions", withGlContext: false, visible: true, new NullEventSink());
        using var backend = new VulkanBackend(window, vsync: false);
        if (!backend.Detail.Contains("llvmpipe", StringComparison.Ordinal)) return; // another driver may not offer it
        // Mesa's lavapipe (22.3 here) lists VK_KHR_incremental_present; a present then carries VkPresentRegionsKHR.
        Assert.True(backend.IncrementalPresent, backend.Detail);
        Assert.Contains("present regions (VK_KHR_incremental_present)", backend.Detail);
    }
}
