using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.Gl;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// A GL window with <see cref="WindowOptions.RasterFirstFrame"/> is opened by GLFW without a client API (no driver loaded
/// on the UI thread) and its GLX context is made by the toolkit on the worker, over an X connection of its own
/// (<see cref="GlxWindowContext"/>). After the hand-over to it, what the X server shows (read back with XGetImage on
/// GLFW's connection, after the frame was waited for on the context's) must be the back buffer exactly and the headless
/// frame of the same state, after 60 partial presents at scales 1 and 2 and after a resize.
/// </summary>
[Collection(DisplayCollection.Name)]
public class GlxWorkerContextTests
{
    // GPU rasterisers cover anti-aliased edges slightly differently from Skia's CPU one (as WindowBackendConsistencyTests).
    private const double GpuDifferingPixelBudget = 0.005;

    private static readonly SKColor[] Steps = [SKColors.Orange, SKColors.Teal, new(20, 20, 20, 90), SKColors.HotPink, SKColors.Gold, SKColors.SeaGreen, SKColors.Navy];

    private static void Step(List<Rectangle> cells, int i)
    {
        var cell = cells[(i * 3 + 1) % cells.Count];
        cell.Fill = Steps[i % Steps.Length];
        cell.CornerRadius = 1 + i % 5;
    }

    private static void AssertShowsWholeFrame(Window window, int steps, float scale, string when)
    {
        window.WaitUntilShown(); // the swap went through the context's own connection: wait there, then read on GLFW's
        using var shown = X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11WindowId, window.Root.PixelSize);
        using (var backBuffer = window.CaptureBackBuffer())
        using (var diff = PixelDiff.Compare(backBuffer, shown, threshold: 0))
        {
            Assert.True(diff.SizesMatch, $"{when}: the window shows {diff.ActualSize}, the back buffer is {diff.ExpectedSize}");
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{when}: {diff.DifferentPixels} pixels on the X server differ from the back buffer");
        }
        var logical = window.Root.LogicalSize;
        using var reference = BackendScene.Reference(scale, c => { for (var i = 0; i < steps; i++) Step(c, i); }, (int)logical.Width, (int)logical.Height);
        using var headless = PixelDiff.Compare(reference, shown);
        Assert.True(headless.SizesMatch, $"{when}: the window shows {headless.ActualSize}, the headless frame is {headless.ExpectedSize}");
        var budget = (int)(reference.Width * reference.Height * GpuDifferingPixelBudget);
        Assert.True(headless.DifferentPixels <= budget, $"{when}: {headless.DifferentPixels} pixels on the X server differ from the headless frame (budget {budget})");
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
    [InlineData(1f)]
    [InlineData(2f)]
    public void A_gl_window_opened_without_a_client_api_hands_over_to_a_glx_context_made_on_the_worker(float scale)
    {
        var log = new List<string>();
        using var hold = new ManualResetEventSlim(false);
        var glfwContext = WindowBackendSelection.UseGlfwContext;
        WindowBackendSelection.UseGlfwContext = false; // the path under test, even where SKIA_TOOLKIT_GLFW_CONTEXT=1 is set
        WindowBackendSelection.HoldWarming = hold; // the first frame is surely the raster one, before any GL exists
        try
        {
            using var window = new Window(BackendScene.Build(out var cells), new WindowOptions
            {
                Title = "gl on a GLX context made on a worker",
                Width = BackendScene.Width,
                Height = BackendScene.Height,
                Scale = scale,
                Backend = RenderBackendKind.Gl,
                Vsync = false,
                RasterFirstFrame = true,
                Log = log.Add,
            });
            window.Root.Background = SKColors.Lavender;
            Assert.False(window.GlfwMadeGlContext); // GLFW made the window with no client API: no driver on the UI thread
            Assert.True(window.GpuWarming);
            Assert.True(window.RenderIfNeeded());
            Assert.Equal("raster", window.BackendName);
            AssertShowsWholeFrame(window, 0, scale, "first frame (raster)");

            hold.Set();
            Assert.True(window.WaitForGpu(TimeSpan.FromMinutes(2)), "gl was not made within 2 minutes");
            Assert.Equal("gl", window.BackendName);
            Assert.Contains("GLX context made on a worker over its own X connection", window.BackendLog, StringComparison.Ordinal);
            var gl = Assert.IsType<GlBackend>(Assert.IsType<GpuHandoverBackend>(window.Backend).Current);
            var glx = Assert.IsType<GlxWindowContext>(gl.GlContext);
            Assert.NotEqual(Environment.CurrentManagedThreadId, glx.CreatedOnThread); // made on the worker, not on this UI thread
            Assert.NotEqual(Glfw.glfwGetX11Display(), glx.X11Display); // over a connection of its own, not GLFW's
            Assert.NotEqual((nuint)0, glx.GlxDrawable);

            // The hand-over presents the frame it took over, whole, through the new context.
            Assert.False(window.RenderIfNeeded());
            AssertShowsWholeFrame(window, 0, scale, "right after the hand-over");

            var steps = PartialFrames(window, cells, 0, 60);
            Assert.Equal("gl", window.BackendName);
            AssertShowsWholeFrame(window, steps, scale, "after 60 partial presents on the worker-made context");

            var before = window.Root.PixelSize;
            var grown = new SKSizeI((int)MathF.Ceiling((BackendScene.Width + 40) * scale), (int)MathF.Ceiling((BackendScene.Height + 30) * scale));
            window.Resize(BackendScene.Width + 40, BackendScene.Height + 30); // logical pixels
            for (var i = 0; i < 50 && window.Root.PixelSize == before; i++)
            {
                window.PollEvents();
                Thread.Sleep(10);
            }
            Assert.Equal(grown, window.Root.PixelSize);
            window.RenderIfNeeded(); // the resize may already have rendered the new size
            steps = PartialFrames(window, cells, steps, 20);
            AssertShowsWholeFrame(window, steps, scale, "after a resize and 20 partial presents");
        }
        finally
        {
            WindowBackendSelection.UseGlfwContext = glfwContext;
            WindowBackendSelection.HoldWarming = null;
            hold.Set();
        }
    }

    [Fact]
    public void A_steady_state_partial_frame_on_the_worker_made_context_allocates_nothing()
    {
        var glfwContext = WindowBackendSelection.UseGlfwContext;
        WindowBackendSelection.UseGlfwContext = false;
        try
        {
            using var window = new Window(BackendScene.Build(out var cells), new WindowOptions
            {
                Width = BackendScene.Width,
                Height = BackendScene.Height,
                Scale = 1,
                Backend = RenderBackendKind.Gl,
                Vsync = false,
                RasterFirstFrame = true,
                Log = _ => { },
            });
            Assert.True(window.WaitForGpu(TimeSpan.FromMinutes(2)), "gl was not made within 2 minutes");
            var gl = Assert.IsType<GlBackend>(Assert.IsType<GpuHandoverBackend>(window.Backend).Current);
            Assert.IsType<GlxWindowContext>(gl.GlContext);
            SKColor[] colours = [SKColors.Orange, SKColors.Teal];
            for (var i = 0; i < 20; i++) // warm-up: surfaces, Skia's caches
            {
                cells[1].Fill = colours[i % 2];
                Assert.True(window.RenderIfNeeded());
            }

            const int frames = 50;
            var shown = window.Clock.Statistics.FramesShown;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < frames; i++)
            {
                cells[1].Fill = colours[i % 2];
                window.RenderIfNeeded(); // make current, draw, present, swap and flush the context's own connection
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(shown + frames, window.Clock.Statistics.FramesShown);
            Assert.True(window.LastFrame.PixelsRepainted < BackendScene.Width * BackendScene.Height / 4);
            Assert.Equal(0, allocated);
        }
        finally
        {
            WindowBackendSelection.UseGlfwContext = glfwContext;
        }
    }

    [Fact]
    public void With_the_glfw_context_switch_the_gl_window_gets_its_context_from_glfw_as_before()
    {
        var log = new List<string>();
        var glfwContext = WindowBackendSelection.UseGlfwContext;
        WindowBackendSelection.UseGlfwContext = true;
        try
        {
            using var window = new Window(BackendScene.Build(out _), new WindowOptions
            {
                Width = BackendScene.Width,
                Height = BackendScene.Height,
                Scale = 1,
                Backend = RenderBackendKind.Gl,
                Vsync = false,
                RasterFirstFrame = true,
                Log = log.Add,
            });
            window.Root.Background = SKColors.Lavender;
            Assert.True(window.GlfwMadeGlContext);
            Assert.True(window.RenderIfNeeded());
            Assert.True(window.WaitForGpu(TimeSpan.FromMinutes(2)), "gl was not made within 2 minutes");
            Assert.Equal("gl", window.BackendName);
            var gl = Assert.IsType<GlBackend>(Assert.IsType<GpuHandoverBackend>(window.Backend).Current);
            Assert.IsType<GlfwGlContext>(gl.GlContext);
            Assert.DoesNotContain("own X connection", window.BackendLog, StringComparison.Ordinal);
            Assert.False(window.RenderIfNeeded());
            AssertShowsWholeFrame(window, 0, 1, "right after the hand-over on GLFW's context");
        }
        finally
        {
            WindowBackendSelection.UseGlfwContext = glfwContext;
        }
    }
}
