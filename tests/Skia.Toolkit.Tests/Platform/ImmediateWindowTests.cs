using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class ImmediateWindowTests
{
    [Theory]
    [InlineData(RenderBackendKind.Gl, "gl")]
    [InlineData(RenderBackendKind.Vulkan, "vulkan")]
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
    public void An_immediate_window_refuses_the_raster_backend_and_use_after_dispose()
    {
        Assert.Throws<ArgumentException>(() => new ImmediateWindow(RenderBackendKind.Raster, 320, 200));
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
}
