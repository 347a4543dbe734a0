using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.Gl;
using SkiaSharp;
using static Skia.Toolkit.Tests.Platform.WindowFrameChecks;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// A GL window with <see cref="WindowOptions.RasterFirstFrame"/> is opened by GLFW without a client API (no driver loaded
/// on the UI thread) and its GLX context is made by the toolkit on the worker, over an X connection of its own
/// (<see cref="GlxWindowContext"/>). After the hand-over to it, what the X server shows (read back with XGetImage on
/// GLFW's connection, after the frame was waited for on the context's) must be the back buffer exactly and the headless
/// frame of the same state, after 60 partial presents at scales 1 and 2, after a resize and after the window was
/// covered and uncovered.
/// </summary>
[Collection(DisplayCollection.Name)]
public class GlxWorkerContextTests
{
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
            using var window = Open(RenderBackendKind.Gl, scale, out var cells, log.Add, rasterFirst: true, title: "gl on a GLX context made on a worker");
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

            ResizeTo(window, BackendScene.Width + 40, BackendScene.Height + 30); // logical pixels
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

    [Theory]
    [InlineData(1f)]
    [InlineData(2f)]
    public void On_the_worker_made_context_the_expose_after_a_cover_presents_the_whole_frame(float scale)
    {
        var glfwContext = WindowBackendSelection.UseGlfwContext;
        WindowBackendSelection.UseGlfwContext = false;
        try
        {
            using var window = Open(RenderBackendKind.Gl, scale, out var cells, rasterFirst: true);
            Assert.True(window.WaitForGpu(TimeSpan.FromMinutes(2)), "gl was not made within 2 minutes");
            Assert.IsType<GlxWindowContext>(Assert.IsType<GlBackend>(Assert.IsType<GpuHandoverBackend>(window.Backend).Current).GlContext);
            window.RenderIfNeeded();
            var steps = PartialFrames(window, cells, 0, 10);
            steps = CoverUncoverAndLosePixels(window, cells, steps, scale);
            steps = PartialFrames(window, cells, steps, 10);
            Assert.Equal("gl", window.BackendName);
            AssertShowsWholeFrame(window, steps, scale, "after cover, uncover and 10 more partial presents on the worker-made context");
        }
        finally
        {
            WindowBackendSelection.UseGlfwContext = glfwContext;
        }
    }

    [Fact]
    public void A_steady_state_partial_frame_on_the_worker_made_context_allocates_nothing()
    {
        var glfwContext = WindowBackendSelection.UseGlfwContext;
        WindowBackendSelection.UseGlfwContext = false;
        try
        {
            using var window = Open(RenderBackendKind.Gl, 1, out var cells, rasterFirst: true);
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
            using var window = Open(RenderBackendKind.Gl, 1, out _, log.Add, rasterFirst: true);
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
