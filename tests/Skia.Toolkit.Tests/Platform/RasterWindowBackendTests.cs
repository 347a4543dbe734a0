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
    [Theory]
    [InlineData(true)] // MIT-SHM: the back buffer is a shared segment the server reads in place (Xvfb offers it)
    [InlineData(false)] // XPutImage: the pixels go through the socket
    public void X11_path_shows_the_raster_reference_exactly_with_no_gpu_involved(bool useShm)
    {
        using var expected = BackendScene.Reference();
        using var glfw = new GlfwWindow(BackendScene.Width, BackendScene.Height, "x11 raster", withGlContext: false, visible: true, new NullEventSink());
        var presenter = new X11ImagePresenter(glfw, useShm);
        using var backend = new RasterWindowBackend(presenter, vsync: true);
        Assert.False(backend.Vsync); // XPutImage cannot wait for the display: the frame clock must pace
        Assert.Equal(useShm, presenter.UsesShm);
        Assert.Contains(useShm ? "XShmPutImage" : "X11 XPutImage", backend.Detail);
        var root = new UiRoot(BackendScene.Build(out _), new SKSizeI(BackendScene.Width, BackendScene.Height)) { Background = SKColors.Lavender };
        using var renderer = new FrameRenderer(root, backend);
        renderer.RenderFrame();

        using var shown = backend.ReadWindowPixels(); // read back from the X server, not from our buffer
        using var diff = PixelDiff.Compare(expected, shown, threshold: 0);
        Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{diff.DifferentPixels} pixels differ");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_partial_frame_sends_only_its_dirty_rectangles_to_the_x_server(bool useShm)
    {
        using var glfw = new GlfwWindow(BackendScene.Width, BackendScene.Height, "x11 partial", withGlContext: false, visible: true, new NullEventSink());
        var presenter = new X11ImagePresenter(glfw, useShm);
        using var backend = new RasterWindowBackend(presenter, vsync: false);
        var root = new UiRoot(BackendScene.Build(out var cells), new SKSizeI(BackendScene.Width, BackendScene.Height)) { Background = SKColors.Lavender };
        using var renderer = new FrameRenderer(root, backend);
        renderer.RenderFrame();
        Assert.Equal(BackendScene.Width * BackendScene.Height, presenter.LastPresentPixels); // the first present: everything

        for (var i = 0; i < 30; i++)
        {
            cells[i % cells.Count].Fill = Fill(i);
            var stats = renderer.RenderFrame();
            Assert.InRange(stats.PixelsRepainted, 1, BackendScene.Width * BackendScene.Height / 4);
            Assert.InRange(presenter.LastPresentPixels, 1, stats.PixelsRepainted); // the dirty rectangles, no full-window upload
        }
        var reference = BackendScene.Reference(1, c => { for (var i = 0; i < 30; i++) c[i % c.Count].Fill = Fill(i); });
        using (reference)
        using (var shown = backend.ReadWindowPixels())
        using (var diff = PixelDiff.Compare(reference, shown, threshold: 0))
        {
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{diff.DifferentPixels} pixels on the X server differ from the headless frame");
        }
    }

    [Fact]
    public void A_present_does_not_wait_for_the_x_server_and_the_event_loop_notices_when_the_server_has_read_it()
    {
        using var glfw = new GlfwWindow(BackendScene.Width, BackendScene.Height, "x11 present without a round trip", withGlContext: false, visible: true, new NullEventSink());
        var presenter = new X11ImagePresenter(glfw, useShm: true);
        Assert.True(presenter.UsesShm); // Xvfb offers MIT-SHM: the server reads the back buffer in place, after the present returned
        using var backend = new RasterWindowBackend(presenter, vsync: false);
        var root = new UiRoot(BackendScene.Build(out var cells), new SKSizeI(BackendScene.Width, BackendScene.Height)) { Background = SKColors.Lavender };
        using var renderer = new FrameRenderer(root, backend);
        // The last put of a present asks for a completion event; the window's event loop takes it off the socket, and its
        // sequence number tells the presenter the back buffer was read: the next frame then changes it without a round trip.
        void AssertReadThroughEventLoop(string frame) =>
            Assert.True(SpinWait.SpinUntil(() =>
            {
                GlfwRuntime.PollEvents();
                return presenter.ReadByServer;
            }, TimeSpan.FromSeconds(10)), $"{frame}: the server's completion of the put never came through the event loop");

        renderer.RenderFrame();
        AssertReadThroughEventLoop("first frame");
        for (var i = 0; i < 30; i++)
        {
            cells[i % cells.Count].Fill = Fill(i);
            renderer.RenderFrame();
            AssertReadThroughEventLoop($"frame {i}");
        }
        Assert.Equal(0, presenter.BlockingWaits);

        var reference = BackendScene.Reference(1, c => { for (var i = 0; i < 30; i++) c[i % c.Count].Fill = Fill(i); });
        using (reference)
        using (var shown = backend.ReadWindowPixels())
        using (var diff = PixelDiff.Compare(reference, shown, threshold: 0))
        {
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{diff.DifferentPixels} pixels on the X server differ from the headless frame");
        }
    }

    private static SKColor Fill(int i) => new((byte)(40 + i * 7), (byte)(200 - i * 5), (byte)(90 + i * 3)); // a new colour every step
}
