using Skia.Toolkit.Platform;
using SkiaSharp;
using static Skia.Toolkit.Tests.Platform.WindowFrameChecks;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// <see cref="WindowOptions.RasterFirstFrame"/>: a GL or Vulkan window shows its first frame from the CPU, put on the X
/// server, while the GPU backend is made on a worker, then hands over between two frames. What the X server shows
/// (read back with XGetImage) must be the headless frame before the hand-over, the same frame right after it (no blank
/// or half-drawn window), and the headless frame of the changed state after partial frames on the GPU backend.
/// </summary>
[Collection(DisplayCollection.Name)]
public class RasterFirstFrameTests
{
    [Theory]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    public void The_gpu_backend_is_made_only_after_the_first_raster_frame_was_presented(RenderBackendKind kind)
    {
        // Made alongside, the driver's loading took a core from the UI thread's first frame on a 2-core machine: the worker
        // now waits for the first present (here with no time-out, so nothing but the present can start it).
        var before = WindowBackendSelection.FirstFrameWait;
        WindowBackendSelection.FirstFrameWait = Timeout.InfiniteTimeSpan;
        try
        {
            using var window = Open(kind, 1, out _, _ => { }, rasterFirst: true, title: "gpu made after the first frame");
            Assert.True(window.GpuWarming);
            Thread.Sleep(300);
            Assert.False(window.GpuWarmingTask!.IsCompleted, "the GPU backend was made before any frame was presented");
            Assert.Equal("raster", window.BackendName);

            Assert.True(window.RenderIfNeeded()); // the first frame, presented from the CPU: the worker starts
            Assert.True(window.WaitForGpu(TimeSpan.FromMinutes(2)), "the GPU backend was not made within 2 minutes of the first present");
            Assert.Equal(kind.ToString().ToLowerInvariant(), window.BackendName);
        }
        finally
        {
            WindowBackendSelection.FirstFrameWait = before;
        }
    }

    [Theory]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    public void The_first_frame_is_the_raster_one_and_the_gpu_backend_takes_over_showing_the_same_frame(RenderBackendKind kind)
    {
        var name = kind.ToString().ToLowerInvariant();
        using var expected = BackendScene.Reference();
        var log = new List<string>();
        using var hold = new ManualResetEventSlim(false);
        WindowBackendSelection.HoldWarming = hold; // the worker waits: the first frame is surely drawn before the GPU is ready
        Window window;
        try
        {
            window = Open(kind, 1, out var cells, log.Add, rasterFirst: true, title: $"raster first frame, then {name}");
            using (window)
            {
                Assert.True(window.GpuWarming);
                Assert.Equal("raster", window.BackendName);
                Assert.StartsWith($"backend: raster first frames while {name} is made on a worker (asked for {name}; CPU drawing presented by X11", Assert.Single(log));

                Assert.True(window.RenderIfNeeded());
                window.WaitUntilShown();
                AssertShows(expected, window, 0, "first frame (raster)");

                var changes = 0;
                window.BackendChanged += () => changes++;
                hold.Set();
                Assert.True(window.WaitForGpu(TimeSpan.FromMinutes(2)), $"{name} was not made within 2 minutes");
                Assert.False(window.GpuWarming);
                Assert.Equal(1, changes);
                Assert.Equal(name, window.BackendName);
                Assert.Equal(2, log.Count);
                Assert.StartsWith($"backend: {name} (after a raster first frame while it was made on a worker; ", log[1]);
                Assert.Equal(log[1], window.BackendLog);

                // The hand-over presents the frame it took over, whole, from the GPU back buffer: still the headless frame.
                Assert.False(window.RenderIfNeeded()); // nothing changed in the tree: a present, not a new frame
                window.WaitUntilShown();
                AssertShows(expected, window, 0, $"right after the hand-over to {name}");

                // Later frames are the GPU backend's, partial repaints into the back buffer that started as the raster frame.
                for (var i = 0; i < 6; i++)
                {
                    cells[i % cells.Count].Fill = new SKColor((byte)(40 * i), 120, (byte)(200 - 30 * i));
                    Assert.True(window.RenderIfNeeded());
                    Assert.Equal(name, window.BackendName);
                }
                window.WaitUntilShown();
                using var changed = BackendScene.Reference(change: c =>
                {
                    for (var i = 0; i < 6; i++) c[i % c.Count].Fill = new SKColor((byte)(40 * i), 120, (byte)(200 - 30 * i));
                });
                AssertShows(changed, window, Budget(changed), $"after partial frames on {name}");
            }
        }
        finally
        {
            WindowBackendSelection.HoldWarming = null;
            hold.Set();
        }
    }

    [Fact]
    public void The_first_frame_is_the_raster_one_even_when_the_gpu_backend_was_ready_before_it()
    {
        var log = new List<string>();
        using var window = Open(RenderBackendKind.Vulkan, 1, out _, log.Add, rasterFirst: true);
        // A bounded wait on the worker (the window must stay on this, its UI, thread: no await).
        Assert.True(SpinWait.SpinUntil(() => window.GpuWarmingTask!.IsCompleted, TimeSpan.FromMinutes(2)), "vulkan was not made within 2 minutes");
        Assert.True(window.RenderIfNeeded());
        Assert.Equal("raster", window.BackendName);
        Assert.Single(log);
        Assert.False(window.RenderIfNeeded()); // the hand-over, then the whole frame presented by the GPU backend
        Assert.Equal("vulkan", window.BackendName);
        window.WaitUntilShown();
        using var expected = BackendScene.Reference();
        AssertShows(expected, window, 0, "right after the hand-over");
    }

    [Fact]
    public void Auto_on_a_display_without_direct_rendering_starts_on_raster_for_good_without_warming_a_gpu()
    {
        var log = new List<string>();
        using var window = new Window(BackendScene.Build(out _), new WindowOptions { Width = 64, Height = 48, Vsync = false, RasterFirstFrame = true, Log = log.Add });
        var line = Assert.Single(log);
        if (!line.Contains("no direct rendering", StringComparison.Ordinal)) return; // a display with DRI: auto warms gl (the theory above covers the hand-over)
        Assert.False(window.GpuWarming);
        Assert.Equal("raster", window.BackendName);
        Assert.True(window.WaitForGpu(TimeSpan.Zero));
        Assert.True(window.RenderIfNeeded());
        Assert.Single(log);
    }
}
