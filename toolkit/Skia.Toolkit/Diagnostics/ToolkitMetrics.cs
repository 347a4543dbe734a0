using System.Diagnostics.Metrics;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Diagnostics;

/// <summary>
/// ToolkitMetrics publishes the toolkit's counters through <see cref="System.Diagnostics.Metrics"/> on
/// one meter, <see cref="MeterName"/>: per-frame histograms (frame time, dirty pixels, widgets
/// rendered), a frame counter, text-cache hits and misses, the dispatcher queue length and the GC
/// count. Read them live with <c>dotnet-counters monitor --counters Skia.Toolkit -p PID</c>, or in
/// process with a <see cref="MeterListener"/>. Recording a frame allocates nothing, with or without
/// a listener attached.
/// </summary>
public static class ToolkitMetrics
{
    /// <summary>MeterName is the name of the toolkit's meter, the one to pass to dotnet-counters.</summary>
    public const string MeterName = "Skia.Toolkit";

    /// <summary>FrameDurationName is the histogram of frame time in milliseconds (layout, drawing and present).</summary>
    public const string FrameDurationName = "skia.toolkit.frame.duration";

    /// <summary>FramesName is the counter of frames rendered (frames with nothing dirty are not rendered and not counted).</summary>
    public const string FramesName = "skia.toolkit.frames";

    /// <summary>DirtyPixelsName is the histogram of device pixels repainted per frame.</summary>
    public const string DirtyPixelsName = "skia.toolkit.frame.dirty_pixels";

    /// <summary>WidgetsRenderedName is the histogram of widgets drawn per frame.</summary>
    public const string WidgetsRenderedName = "skia.toolkit.frame.widgets_rendered";

    /// <summary>TextCacheHitsName is the observable counter of text-measure-cache lookups answered from a cache, summed over live caches.</summary>
    public const string TextCacheHitsName = "skia.toolkit.text_cache.hits";

    /// <summary>TextCacheMissesName is the observable counter of text-measure-cache lookups that had to shape, summed over live caches.</summary>
    public const string TextCacheMissesName = "skia.toolkit.text_cache.misses";

    /// <summary>DispatcherQueueLengthName is the observable gauge of work items waiting for UI threads, summed over live dispatchers.</summary>
    public const string DispatcherQueueLengthName = "skia.toolkit.dispatcher.queue_length";

    /// <summary>GcCollectionsName is the observable counter of garbage collections since process start, one value per generation.</summary>
    public const string GcCollectionsName = "skia.toolkit.gc.collections";

    /// <summary>SnapshotWaitName is the histogram of how long new data waited for the frame that applied it (ms): from a <see cref="Threading.LatestValue{T}"/> publish, or a <see cref="Threading.FrameQueue{T}"/> batch's oldest item, to the frame clock applying it. Above one frame interval, a refresh passed without showing it.</summary>
    public const string SnapshotWaitName = "skia.toolkit.snapshot.wait";

    private static readonly Meter Meter = new(MeterName);
    private static readonly LiveInstances<TextMeasureCache> TextCaches = new();
    private static readonly LiveInstances<UiDispatcher> Dispatchers = new();

    private static readonly Histogram<double> FrameDuration =
        Meter.CreateHistogram<double>(FrameDurationName, "ms", "Frame time: layout, drawing and present.");

    private static readonly Histogram<double> SnapshotWait =
        Meter.CreateHistogram<double>(SnapshotWaitName, "ms", "Time new data waited in its slot or queue for the frame that applied it.");

    private static readonly Counter<long> Frames =
        Meter.CreateCounter<long>(FramesName, "{frame}", "Frames rendered.");

    private static readonly Histogram<long> DirtyPixels =
        Meter.CreateHistogram<long>(DirtyPixelsName, "{pixel}", "Device pixels repainted per frame.");

    private static readonly Histogram<int> WidgetsRendered =
        Meter.CreateHistogram<int>(WidgetsRenderedName, "{widget}", "Widgets drawn per frame.");

    // Kept in fields so the observable instruments live as long as the meter.
    private static readonly ObservableCounter<long> TextCacheHits =
        Meter.CreateObservableCounter(TextCacheHitsName, static () => TextCaches.Sum(static c => c.Hits), "{lookup}", "Text-measure-cache hits.");

    private static readonly ObservableCounter<long> TextCacheMisses =
        Meter.CreateObservableCounter(TextCacheMissesName, static () => TextCaches.Sum(static c => c.Misses), "{lookup}", "Text-measure-cache misses (shapings).");

    private static readonly ObservableGauge<int> DispatcherQueueLength =
        Meter.CreateObservableGauge(DispatcherQueueLengthName, static () => (int)Dispatchers.Sum(static d => d.QueueLength), "{item}", "Work items queued for UI threads.");

    private static readonly ObservableCounter<long> GcCollections =
        Meter.CreateObservableCounter(GcCollectionsName, ObserveGcCollections, "{collection}", "Garbage collections per generation.");

    /// <summary>RecordFrame records one rendered frame's statistics; it allocates nothing.</summary>
    internal static void RecordFrame(in FrameStats stats)
    {
        FrameDuration.Record(stats.Elapsed.TotalMilliseconds);
        Frames.Add(1);
        DirtyPixels.Record(stats.PixelsRepainted);
        WidgetsRendered.Record(stats.WidgetsRendered);
    }

    /// <summary>RecordSnapshotWait records the wait of data published at Stopwatch time <paramref name="publishedAt"/> and applied now (0: unknown, not recorded); it allocates nothing.</summary>
    internal static void RecordSnapshotWait(long publishedAt)
    {
        if (publishedAt == 0 || !SnapshotWait.Enabled) return;
        SnapshotWait.Record(System.Diagnostics.Stopwatch.GetElapsedTime(publishedAt).TotalMilliseconds);
    }

    /// <summary>TrackTextCache counts <paramref name="cache"/>'s hits and misses in the text-cache counters while it lives.</summary>
    internal static void TrackTextCache(TextMeasureCache cache) => TextCaches.Add(cache);

    /// <summary>TrackDispatcher counts <paramref name="dispatcher"/>'s queue in the queue-length gauge while it lives.</summary>
    internal static void TrackDispatcher(UiDispatcher dispatcher) => Dispatchers.Add(dispatcher);

    /// <summary>IsTracked says whether a cache counts in the text-cache counters (for tests).</summary>
    internal static bool IsTracked(TextMeasureCache cache) => TextCaches.Contains(cache);

    /// <summary>IsTracked says whether a dispatcher counts in the queue-length gauge (for tests).</summary>
    internal static bool IsTracked(UiDispatcher dispatcher) => Dispatchers.Contains(dispatcher);

    private static IEnumerable<Measurement<long>> ObserveGcCollections()
    {
        // Runs once per collection interval (a second for dotnet-counters), not per frame: the tag arrays may allocate.
        var measurements = new Measurement<long>[GC.MaxGeneration + 1];
        for (int generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            measurements[generation] = new Measurement<long>(GC.CollectionCount(generation), new KeyValuePair<string, object?>("gc.generation", "gen" + generation));
        }
        return measurements;
    }
}
