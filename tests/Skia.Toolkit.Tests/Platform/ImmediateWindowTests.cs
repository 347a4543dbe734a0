using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class ImmediateWindowTests
{
    [Theory]
    [InlineData(RenderBackendKind.Gl, "gl")]
    [InlineData(RenderBackendKind.Vulkan, "vulkan")]
    [InlineData(RenderBackendKind.Raster, "raster")]
    public void Frames_drawn_straight_into_the_window_surface_present_and_allocate_nothing_once_warm(RenderBackendKind kind, string name)
    {
        using var window = new ImmediateWindow(kind, 320, 200, "immediate " + name);
        Assert.Equal(name, window.BackendName);
        Assert.Equal(new SKSizeI(320, 200), window.PixelSize);
        using var paint = new SKPaint { Color = SKColors.Orange };
        SKColor[] backgrounds = [SKColors.Navy, SKColors.Teal];
        for (var i = 0; i < 10; i++) DrawFrame(window, backgrounds[i % 2], paint, i); // warm-up: surfaces, swapchain images

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 30; i++) DrawFrame(window, backgrounds[i % 2], paint, i);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.False(window.IsClosed);
    }

    [Fact]
    public void An_immediate_window_refuses_auto_and_use_after_dispose()
    {
        Assert.Throws<ArgumentException>(() => new ImmediateWindow(RenderBackendKind.Auto, 320, 200));
        var window = new ImmediateWindow(RenderBackendKind.Gl, 320, 200);
        window.Dispose();
        Assert.True(window.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => window.BeginFrame());
    }

    private static void DrawFrame(ImmediateWindow window, SKColor background, SKPaint paint, int i)
    {
        window.PollEvents();
        var canvas = window.BeginFrame();
        canvas.Clear(background);
        canvas.DrawRect(10 + i, 10, 100, 50, paint);
        window.Present();
    }

    [Fact]
    public void A_raster_immediate_window_puts_each_whole_frame_on_the_x_server()
    {
        using var window = new ImmediateWindow(RenderBackendKind.Raster, 320, 200, "immediate raster");
        Assert.Contains("X11", window.Detail);
        using var paint = new SKPaint { Color = SKColors.Orange };
        DrawFrame(window, SKColors.Navy, paint, 0);
        DrawFrame(window, SKColors.Teal, paint, 7);
        using var shown = X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11WindowId, window.PixelSize);
        Assert.Equal(SKColors.Teal, shown.GetPixel(300, 190)); // the second frame's background everywhere it drew it
        Assert.Equal(SKColors.Orange, shown.GetPixel(20, 20));
        Assert.Equal(SKColors.Teal, shown.GetPixel(12, 12)); // the first frame's rectangle started at x 10: repainted
    }
}
