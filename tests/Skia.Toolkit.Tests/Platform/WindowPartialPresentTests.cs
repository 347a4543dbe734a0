using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// Windows present only the dirty rectangles (and, on GL, what the swap's buffer age says the window's buffer
/// missed). What the X server shows must still be the whole frame: read back with XGetImage, it equals the
/// retained back buffer (read from the backend, not from the window) and, for raster, the headless frame of the
/// same state, after 60 partial presents, after a resize and after the window was covered and uncovered (the
/// expose presents everything).
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowPartialPresentTests
{
    private static readonly SKColor[] Steps = [SKColors.Orange, SKColors.Teal, new(20, 20, 20, 90), SKColors.HotPink, SKColors.Gold, SKColors.SeaGreen, SKColors.Navy];

    private static Window Open(RenderBackendKind kind, float scale, out List<Rectangle> cells)
    {
        var window = new Window(BackendScene.Build(out cells), new WindowOptions
        {
            Width = BackendScene.Width,
            Height = BackendScene.Height,
            Scale = scale,
            Backend = kind,
            Vsync = false,
            Log = _ => { },
        });
        window.Root.Background = SKColors.Lavender;
        return window;
    }

    private static void Step(List<Rectangle> cells, int i)
    {
        var cell = cells[(i * 3 + 1) % cells.Count];
        cell.Fill = Steps[i % Steps.Length];
        cell.CornerRadius = 1 + i % 5;
    }

    private static SKBitmap FromXServer(Window window) =>
        X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11WindowId, window.Root.PixelSize);

    // The X server must show the back buffer exactly; a raster window's back buffer must also be the headless frame
    // of the same state (steps cells changed, at this size and scale).
    private static void AssertShowsWholeFrame(Window window, List<Rectangle> cells, int steps, float scale, string when)
    {
        window.RenderIfNeeded();
        using var shown = FromXServer(window);
        using (var backBuffer = window.CaptureBackBuffer())
        using (var diff = PixelDiff.Compare(backBuffer, shown, threshold: 0))
        {
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{when}: {diff.DifferentPixels} pixels on the X server differ from the back buffer");
        }
        if (window.BackendName != "raster") return;
        var logical = window.Root.LogicalSize;
        using var reference = BackendScene.Reference(scale, c => { for (var i = 0; i < steps; i++) Step(c, i); }, (int)logical.Width, (int)logical.Height);
        using var headless = PixelDiff.Compare(reference, shown, threshold: 0);
        Assert.True(headless.SizesMatch, $"{when}: the window shows {headless.ActualSize}, the headless frame is {headless.ExpectedSize}");
        Assert.True(headless.Identical || headless.DifferentPixels == 0, $"{when}: {headless.DifferentPixels} pixels on the X server differ from the headless frame");
    }

    private static void Pump(Window window)
    {
        for (var i = 0; i < 20; i++)
        {
            window.PollEvents();
            window.RenderIfNeeded();
            Thread.Sleep(5);
        }
    }

    private static int PartialFrames(Window window, List<Rectangle> cells, int from, int count)
    {
        var total = window.Root.PixelSize.Width * window.Root.PixelSize.Height;
        for (var i = from; i < from + count; i++)
        {
            Step(cells, i);
            Assert.True(window.RenderIfNeeded());
            Assert.InRange(window.LastFrame.PixelsRepainted, 1, total / 3); // really partial
        }
        return from + count;
    }

    [Theory]
    [InlineData(RenderBackendKind.Auto, 1f)]
    [InlineData(RenderBackendKind.Auto, 2f)]
    [InlineData(RenderBackendKind.Raster, 1f)]
    [InlineData(RenderBackendKind.Raster, 2f)]
    [InlineData(RenderBackendKind.Gl, 1f)]
    [InlineData(RenderBackendKind.Gl, 2f)]
    [InlineData(RenderBackendKind.Vulkan, 1f)]
    [InlineData(RenderBackendKind.Vulkan, 2f)]
    public void After_60_partial_presents_the_x_server_shows_the_whole_frame(RenderBackendKind kind, float scale)
    {
        using var window = Open(kind, scale, out var cells);
        window.RenderIfNeeded();
        var steps = PartialFrames(window, cells, 0, 60);
        AssertShowsWholeFrame(window, cells, steps, scale, "after 60 partial presents");
    }

    [Theory]
    [InlineData(RenderBackendKind.Auto)]
    [InlineData(RenderBackendKind.Raster)]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    public void After_a_resize_partial_presents_still_show_the_whole_frame(RenderBackendKind kind)
    {
        using var window = Open(kind, 1, out var cells);
        window.RenderIfNeeded();
        var steps = PartialFrames(window, cells, 0, 10);
        var before = window.Root.PixelSize;
        window.Resize(BackendScene.Width + 40, BackendScene.Height + 30);
        for (var i = 0; i < 50 && window.Root.PixelSize == before; i++)
        {
            window.PollEvents();
            Thread.Sleep(10);
        }
        Assert.NotEqual(before, window.Root.PixelSize);
        window.RenderIfNeeded(); // the resize may already have rendered the new size
        steps = PartialFrames(window, cells, steps, 20);
        Assert.Equal(new SKSizeI(BackendScene.Width + 40, BackendScene.Height + 30), window.Root.PixelSize);
        AssertShowsWholeFrame(window, cells, steps, 1, "after a resize and 20 partial presents");
    }

    [Theory]
    [InlineData(RenderBackendKind.Auto)]
    [InlineData(RenderBackendKind.Raster)]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    public void After_the_window_was_covered_and_uncovered_the_expose_presents_the_whole_frame(RenderBackendKind kind)
    {
        using var window = Open(kind, 1, out var cells);
        window.RenderIfNeeded();
        var steps = PartialFrames(window, cells, 0, 10);
        var size = window.Root.PixelSize;
        using (var cover = new GlfwWindow(size.Width, size.Height, "cover", withGlContext: false, visible: true, new NullEventSink()))
        {
            window.PollEvents();
        }
        Pump(window);
        AssertShowsWholeFrame(window, cells, steps, 1, "after cover and uncover");
        // Xvfb may restore what the cover hid from a backing store; a server without one loses those pixels
        // and sends an expose. Do that here, so the test holds on either server.
        X11Damage.LosePixels(Glfw.glfwGetX11Display(), window.X11WindowId, size.Width, size.Height);
        using var lost = FromXServer(window);
        // A change arrives with the expose: the frame that shows it must still present everything.
        Step(cells, steps++);
        Pump(window);
        AssertShowsWholeFrame(window, cells, steps, 1, "after lost pixels, an expose and a change");
        using (var backBuffer = window.CaptureBackBuffer())
        using (var lostDiff = PixelDiff.Compare(backBuffer, lost, threshold: 0))
        {
            Assert.True(lostDiff.DifferentPixels > 0, "covering the window lost no pixels: the expose path went untested");
        }
        steps = PartialFrames(window, cells, steps, 10);
        AssertShowsWholeFrame(window, cells, steps, 1, "after cover, uncover and 10 more partial presents");
    }
}
