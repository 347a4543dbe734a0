using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class RasterWindowBackendTests
{
    [Fact]
    public void XPutImage_path_shows_the_raster_reference_exactly_with_no_gpu_involved()
    {
        using var expected = BackendScene.Reference();
        using var glfw = new GlfwWindow(BackendScene.Width, BackendScene.Height, "x11 raster", withGlContext: false, visible: true, new NullEventSink());
        using var backend = new RasterWindowBackend(new X11ImagePresenter(glfw), vsync: true);
        Assert.False(backend.Vsync); // XPutImage cannot wait for the display: the frame clock must pace
        Assert.Contains("XPutImage", backend.Detail);
        var root = new UiRoot(BackendScene.Build(out _), new SKSizeI(BackendScene.Width, BackendScene.Height)) { Background = SKColors.Lavender };
        using var renderer = new FrameRenderer(root, backend);
        renderer.RenderFrame();

        using var shown = backend.ReadWindowPixels(); // read back from the X server, not from our buffer
        using var diff = PixelDiff.Compare(expected, shown, threshold: 0);
        Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{diff.DifferentPixels} pixels differ");
    }
}
