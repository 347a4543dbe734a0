using Skia.Toolkit.Diagnostics;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Threading;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Diagnostics;

public class ToolkitMetricsTests
{
    [Fact]
    public void A_headless_frame_reports_its_time_dirty_pixels_and_widgets_to_a_meter_listener()
    {
        using var recorder = new ToolkitMeterRecorder();
        var probe = new ProbeWidget(10, 10) { HorizontalAlignment = Skia.Toolkit.Core.HorizontalAlignment.Left, VerticalAlignment = Skia.Toolkit.Core.VerticalAlignment.Top };
        using var window = new HeadlessWindow(new Stack { probe }, 200, 100);

        var first = window.RenderFrame();
        Assert.Equal(1, recorder.FrameDurations);
        Assert.Equal(1, recorder.FramesAdded);
        Assert.Equal(200 * 100, recorder.LastDirtyPixels);
        Assert.Equal(first.WidgetsRendered, recorder.LastWidgetsRendered);
        Assert.Equal(first.Elapsed.TotalMilliseconds, recorder.LastFrameDuration);
        Assert.True(recorder.LastFrameDuration > 0);

        probe.Color = SKColors.Red;
        var partial = window.RenderFrame();
        Assert.Equal(2, recorder.FramesAdded);
        Assert.Equal(11 * 11, recorder.LastDirtyPixels); // the 10 x 10 probe grown by 1 px, clipped at the window's top-left corner
        Assert.Equal(partial.PixelsRepainted, recorder.LastDirtyPixels);
        Assert.Equal(partial.WidgetsRendered, recorder.LastWidgetsRendered);

        // A frame with nothing dirty is not a frame: nothing is recorded.
        window.RenderFrame();
        Assert.Equal(2, recorder.FramesAdded);
    }

    [Fact]
    public void Text_cache_counters_include_every_live_cache()
    {
        using var recorder = new ToolkitMeterRecorder();
        var cache = new TextMeasureCache(new TextShaper(FontSet.Default));
        Assert.True(ToolkitMetrics.IsTracked(cache));
        for (int i = 0; i < 2000; i++) cache.Get("metrics", FontSpec.Ui(12));

        recorder.Observe();
        Assert.Equal(1999, cache.Hits);
        Assert.Equal(1, cache.Misses);
        // Other tests' caches count too, so the sums are at least this cache's counts.
        Assert.True(recorder.TextCacheHits >= cache.Hits, $"hits {recorder.TextCacheHits}");
        Assert.True(recorder.TextCacheMisses >= cache.Misses, $"misses {recorder.TextCacheMisses}");
        GC.KeepAlive(cache);
    }

    [Fact]
    public void Dispatcher_queue_length_counts_work_waiting_for_the_ui_thread()
    {
        using var recorder = new ToolkitMeterRecorder();
        var dispatcher = new UiDispatcher();
        Assert.True(ToolkitMetrics.IsTracked(dispatcher));
        for (int i = 0; i < 500; i++) dispatcher.Post(() => { });

        recorder.Observe();
        Assert.True(recorder.DispatcherQueueLength >= 500, $"queue length {recorder.DispatcherQueueLength}");
        Assert.Equal(500, dispatcher.RunPending());
        Assert.Equal(0, dispatcher.QueueLength);
    }

    [Fact]
    public void Gc_collections_count_up_after_a_collection()
    {
        using var recorder = new ToolkitMeterRecorder();
        recorder.Observe();
        long before = recorder.Gen0Collections;
        Assert.True(before >= 0);
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        recorder.Observe();
        Assert.True(recorder.Gen0Collections > before, $"gen0 {before} -> {recorder.Gen0Collections}");
    }

    [Fact]
    public void Recording_a_frame_allocates_nothing_with_or_without_a_listener()
    {
        var stats = new FrameStats(12, 3456, 2, TimeSpan.FromMilliseconds(1.25));
        Assert.Equal(0, AllocatedBy(() => RecordMany(stats)));

        using var recorder = new ToolkitMeterRecorder();
        Assert.Equal(0, AllocatedBy(() => RecordMany(stats)));
        Assert.Equal(2 * 1000, recorder.FramesAdded); // warm-up and measured run both reached the listener
        Assert.Equal(1.25, recorder.LastFrameDuration);
        Assert.Equal(3456, recorder.LastDirtyPixels);
    }

    [Fact]
    public void A_steady_state_headless_frame_allocates_nothing_while_a_listener_records_it()
    {
        using var recorder = new ToolkitMeterRecorder();
        // Rectangles draw with the toolkit's scratch paint (the test ProbeWidget allocates a paint per render).
        var cells = Enumerable.Range(0, 8).Select(_ => new Rectangle { Height = 10, Fill = SKColors.Gray }).ToArray();
        var stack = new Stack();
        foreach (var c in cells) stack.Add(c);
        using var window = new HeadlessWindow(stack, 100, 100);
        int tick = 0;
        void Frame()
        {
            cells[tick % cells.Length].Fill = (tick / cells.Length % 2) == 0 ? SKColors.Red : SKColors.Blue;
            tick++;
            window.RenderFrame();
        }

        for (int i = 0; i < 50; i++) Frame();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++) Frame();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(250, recorder.FramesAdded);
    }

    private static void RecordMany(FrameStats stats)
    {
        for (int i = 0; i < 1000; i++) ToolkitMetrics.RecordFrame(stats);
    }

    /// <summary>AllocatedBy runs <paramref name="action"/> once to warm up, then again, and returns the bytes the second run allocated on this thread.</summary>
    private static long AllocatedBy(Action action)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
