using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering;
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
    public void A_scroll_moves_every_pixel_of_the_back_buffer_unchanged_and_the_x_server_shows_it()
    {
        using var window = new GlfwWindow(200, 160, "vulkan scroll", withGlContext: false, visible: true, new NullEventSink());
        using var backend = new VulkanBackend(window, vsync: false);
        IScrollableBackBuffer scroller = backend;
        var size = window.FramebufferSize;

        using var expected = ScrollPixelChecks.PresentEveryPixelDifferent(backend, size);

        // Down and up in an area away from every edge (several strips, the last one shorter), a move by one row across the
        // window's width (99 one-row strips), a move of most of a band's height (one strip), and moves by one row of a
        // tall area, down and up (more strips than VulkanBackend.MaxStrips: through the scratch image, grown the second time).
        (SKRectI Area, int Dy)[] moves =
        [
            (new SKRectI(13, 17, 151, 97), 9), (new SKRectI(13, 17, 151, 97), -23), (new SKRectI(0, 5, size.Width, 105), -1),
            (new SKRectI(0, 0, size.Width, 60), 40), (new SKRectI(3, 2, 190, VulkanBackend.MaxStrips + 20), 1),
            (new SKRectI(0, 1, size.Width, size.Height - 3), -1),
        ];
        foreach (var (area, dy) in moves)
        {
            Assert.True(scroller.TryScroll(size, area, dy), $"the scroll of {area} by {dy} was refused");
            ScrollPixelChecks.MoveRows(expected, area, dy);
            backend.BeginFrame(size);
            backend.EndFrame();
            backend.Present();
            ScrollPixelChecks.AssertBackBufferIs(backend, expected, $"after the scroll of {area} by {dy}");
            ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, $"after the scroll of {area} by {dy}");
        }
        Assert.Equal(moves.Length, backend.ScrollBlits);

        // Two moves in one frame, the second over rows the first moved, then drawing after them: all in order.
        Assert.True(scroller.TryScroll(size, new SKRectI(20, 30, 180, 150), 12));
        ScrollPixelChecks.MoveRows(expected, new SKRectI(20, 30, 180, 150), 12);
        Assert.True(scroller.TryScroll(size, new SKRectI(0, 40, 120, 130), -7));
        ScrollPixelChecks.MoveRows(expected, new SKRectI(0, 40, 120, 130), -7);
        var canvas = backend.BeginFrame(size);
        using (var green = new SKPaint { Color = SKColors.Green })
        {
            canvas.DrawRect(30, 35, 20, 10, green);
            using var expectedCanvas = new SKCanvas(expected);
            expectedCanvas.DrawRect(30, 35, 20, 10, green);
        }
        ((IPresentDamageSink)backend).AddPresentDamage([new SKRectI(30, 35, 50, 45)]);
        backend.EndFrame();
        backend.Present();
        using (var held = backend.ReadBackBuffer())
        {
            using var diff = PixelDiff.Compare(expected, held, threshold: 0);
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"after two moves and a draw in one frame: {diff.DifferentPixels} pixels of the back buffer differ");
        }
        ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, "after two moves and a draw in one frame");

        // Nothing would stay visible: the caller repaints instead.
        Assert.False(scroller.TryScroll(size, new SKRectI(0, 0, 50, 20), 20));
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
