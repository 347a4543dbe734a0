using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;
using Skia.Toolkit.Diagnostics;

namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// FrameLoadMeter measures what each frame costs the UI thread in steady state (perf/terminal-load.sh, issue 13's
/// 5-symbol figure): at the end of every frame the window renders on that thread it records the frame's render time
/// (the toolkit's <c>skia.toolkit.frame.duration</c>: layout, drawing, present; wall clock), the thread's CPU time and
/// the bytes it allocated since the end of the previous frame (its <em>frame work</em>: the snapshots applied, layout,
/// render, present and any dispatcher work in between; CPU time, so a thread waiting for a core on a busy machine does
/// not count as working). Frames before <see cref="SteadyAfter"/> (start-up: connect, first books, JIT) are not counted.
/// Recording allocates nothing. Read it on the UI thread, or after the loop ended.
/// </summary>
public sealed partial class FrameLoadMeter : IDisposable
{
    // CLOCK_THREAD_CPUTIME_ID in <time.h> on Linux.
    private const int ThreadCpuTimeClock = 3;

    private readonly MeterListener _listener = new();
    private readonly int _uiThreadId;
    private readonly long _steadyFrom;
    private readonly double _frameIntervalMs;
    private double _lastCpuMs = double.NaN;
    private long _lastAllocated;
    private long _lastFrameEnd;

    /// <summary>Starts measuring the frames rendered on the thread <paramref name="uiThreadId"/>.</summary>
    /// <param name="uiThreadId">The window's UI thread (<see cref="Environment.CurrentManagedThreadId"/> there).</param>
    /// <param name="frameInterval">The display's frame interval: a render longer than it drops frames.</param>
    /// <param name="steadyAfter">How long after now frames start to count.</param>
    public FrameLoadMeter(int uiThreadId, TimeSpan frameInterval, TimeSpan steadyAfter)
    {
        _uiThreadId = uiThreadId;
        _frameIntervalMs = frameInterval.TotalMilliseconds;
        SteadyAfter = steadyAfter;
        _steadyFrom = Stopwatch.GetTimestamp() + (long)(steadyAfter.TotalSeconds * Stopwatch.Frequency);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ToolkitMetrics.MeterName
                && instrument.Name is ToolkitMetrics.FrameDurationName or ToolkitMetrics.SnapshotWaitName)
                listener.EnableMeasurementEvents(instrument, this);
        };
        _listener.SetMeasurementEventCallback<double>(static (instrument, milliseconds, _, state) =>
        {
            if (instrument.Name == ToolkitMetrics.FrameDurationName) ((FrameLoadMeter)state!).OnFrame(milliseconds);
            else ((FrameLoadMeter)state!).OnSnapshotApplied(milliseconds);
        });
        _listener.Start();
    }

    /// <summary>SteadyAfter is how long after start frames began to count.</summary>
    public TimeSpan SteadyAfter { get; }

    /// <summary>Render is the wall time of each counted frame's layout, drawing and present.</summary>
    public LatencyHistogram Render { get; } = new();

    /// <summary>Work is the UI thread's CPU time per counted frame, from the end of the previous frame to the end of this one (NaN clocks: not recorded).</summary>
    public LatencyHistogram Work { get; } = new();

    /// <summary>Frames counts the frames counted.</summary>
    public long Frames { get; private set; }

    /// <summary>FramesDropped counts display refreshes missed by counted frames whose render took longer than the frame interval.</summary>
    public long FramesDropped { get; private set; }

    /// <summary>Gap is the wall time from the end of each counted frame to the end of the one before (the screen's refresh cadence as the user sees it).</summary>
    public LatencyHistogram Gap { get; } = new();

    /// <summary>
    /// RefreshesWithoutFrame counts display refreshes that passed with no new frame between two counted frames: for each
    /// gap, its length in frame intervals (rounded) less one. An upper bound of the refreshes that had new data to show
    /// and no frame: a gap in which nothing changed counts too (under a streaming market there is new data every few
    /// milliseconds). <see cref="FramesDropped"/>, from render times alone, is the lower bound: a frame that starts late
    /// (the UI thread waiting for a core, dispatcher work, snapshots) drops refreshes it does not count.
    /// </summary>
    public long RefreshesWithoutFrame { get; private set; }

    /// <summary>
    /// SnapshotWait is, for each snapshot (or per-frame batch) the UI thread applied in the counted time, how long it had
    /// waited since it was published (<c>skia.toolkit.snapshot.wait</c>): the exact form of "dropped frames" for data. The
    /// loop looks for new data at every refresh, so data shown at the next refresh waited at most one frame interval
    /// (plus the wake-up's jitter).
    /// </summary>
    public LatencyHistogram SnapshotWait { get; } = new();

    /// <summary>SnapshotsApplied counts the snapshots and batches applied in the counted time.</summary>
    public long SnapshotsApplied { get; private set; }

    /// <summary>
    /// SnapshotsLate counts applied snapshots that waited more than one and a half frame intervals: a refresh passed
    /// without showing them, or their frame came half a refresh late. Issue 13's "no dropped frames" means none.
    /// </summary>
    public long SnapshotsLate { get; private set; }

    /// <summary>FramesAllocating counts the counted frames in which the UI thread allocated anything.</summary>
    public long FramesAllocating { get; private set; }

    /// <summary>BytesAllocated is what the UI thread allocated over all counted frames.</summary>
    public long BytesAllocated { get; private set; }

    /// <summary>MaxBytesPerFrame is the most the UI thread allocated in one counted frame.</summary>
    public long MaxBytesPerFrame { get; private set; }

    private void OnFrame(double renderMs)
    {
        if (Environment.CurrentManagedThreadId != _uiThreadId) return;
        double cpu = ThreadCpuMs();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        bool first = double.IsNaN(_lastCpuMs) && _lastAllocated == 0;
        double work = cpu - _lastCpuMs;
        long bytes = allocated - _lastAllocated;
        long now = Stopwatch.GetTimestamp();
        double gapMs = _lastFrameEnd == 0 ? double.NaN : (now - _lastFrameEnd) * 1000.0 / Stopwatch.Frequency;
        _lastCpuMs = cpu;
        _lastAllocated = allocated;
        _lastFrameEnd = now;
        if (first || now < _steadyFrom) return;
        Frames++;
        if (!double.IsNaN(gapMs))
        {
            Gap.Record(gapMs);
            RefreshesWithoutFrame += Math.Max(0, (long)Math.Round(gapMs / _frameIntervalMs) - 1);
        }
        Render.Record(renderMs);
        if (renderMs > _frameIntervalMs) FramesDropped += (long)(renderMs / _frameIntervalMs);
        if (!double.IsNaN(work)) Work.Record(work);
        if (bytes > 0)
        {
            FramesAllocating++;
            BytesAllocated += bytes;
            if (bytes > MaxBytesPerFrame) MaxBytesPerFrame = bytes;
        }
    }

    private void OnSnapshotApplied(double waitMs)
    {
        if (Environment.CurrentManagedThreadId != _uiThreadId || Stopwatch.GetTimestamp() < _steadyFrom) return;
        SnapshotsApplied++;
        SnapshotWait.Record(waitMs);
        if (waitMs > 1.5 * _frameIntervalMs) SnapshotsLate++;
    }

    /// <summary>Dispose stops measuring.</summary>
    public void Dispose() => _listener.Dispose();

    private static double ThreadCpuMs() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out TimeSpec t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
