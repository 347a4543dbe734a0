using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class WindowFrameAllocationTests
{
    [Theory]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    [InlineData(RenderBackendKind.Raster)] // CPU drawing, dirty rectangles put on the X server (MIT-SHM)
    [InlineData(RenderBackendKind.Auto)]
    public void A_steady_state_partial_frame_on_every_window_backend_allocates_nothing(RenderBackendKind kind)
    {
        using var window = new Window(BackendScene.Build(out var cells), new WindowOptions
        {
            Width = BackendScene.Width,
            Height = BackendScene.Height,
            Scale = 1,
            Backend = kind,
            Vsync = false,
            Log = _ => { },
        });
        SKColor[] colours = [SKColors.Orange, SKColors.Teal];
        for (var i = 0; i < 20; i++) // warm-up: surfaces, swapchain images, Skia's caches
        {
            cells[1].Fill = colours[i % 2];
            Assert.True(window.RenderIfNeeded());
        }

        const int frames = 50;
        var measured = 0;
        var allocated = SteadyAllocation.Bytes(_ =>
        {
            for (var i = 0; i < frames; i++)
            {
                cells[1].Fill = colours[i % 2];
                window.RenderIfNeeded();
            }
            measured += frames;
        });

        Assert.Equal(measured + 20, window.Clock.Statistics.FramesShown);
        Assert.True(window.LastFrame.PixelsRepainted < BackendScene.Width * BackendScene.Height / 4);
        Assert.Equal(0, allocated);
    }
}
