using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Measurement;

namespace Skia.Trader.Scene.Pacing;

/// <summary>
/// SceneRun paces the reference scene as SCENE.md specifies: update 0 and frame 0 at t0, update k
/// due at t0 + 5k ms, frames in 60 Hz slots. Updates that are late are applied in order at the next
/// frame (caught up, never skipped); a frame whose slot has passed before it could start is dropped,
/// not queued. The run ends at t0 + 10 s with update 2000 applied (or earlier for a shortened run,
/// which tests use; only the full 10 s ends in SCENE.md's final state).
/// </summary>
public sealed class SceneRun
{
    /// <summary>FrameRate is the display rate the frames are paced to.</summary>
    public const int FrameRate = 60;

    /// <summary>DurationMs is the length of a run from t0.</summary>
    public const int DurationMs = SceneFeed.LastUpdate * SceneFeed.UpdateIntervalMs;

    /// <summary>FrameSlots is the number of 60 Hz slots in a run (slot 0 is the first frame).</summary>
    public const int FrameSlots = DurationMs * FrameRate / 1000;

    /// <summary>WarmUpFrames are left out of the steady-state allocation figure: the first second of a run.</summary>
    public const int WarmUpFrames = FrameRate;

    private const double SlotMs = 1000.0 / FrameRate;

    private readonly SceneFeed _feed;
    private readonly ISceneView _view;
    private readonly ISceneClock _clock;
    private readonly double[] _frameWorkMs;
    private readonly int _durationMs;
    private readonly int _frameSlots;
    private readonly int _lastUpdate;
    private int _framesShown;
    private int _currentSlot;
    private bool _started;

    /// <summary>SceneRun drives <paramref name="view"/> with <paramref name="feed"/> on <paramref name="clock"/> for <paramref name="durationMs"/> (the full 10 s unless shortened).</summary>
    public SceneRun(SceneFeed feed, ISceneView view, ISceneClock clock, int durationMs = DurationMs)
    {
        // Whole 5 ms feed periods, so the last update of a shortened run is due exactly at its end.
        if (durationMs < SceneFeed.UpdateIntervalMs || durationMs > DurationMs || durationMs % SceneFeed.UpdateIntervalMs != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, $"a run lasts a whole number of {SceneFeed.UpdateIntervalMs} ms feed periods, at most {DurationMs} ms");
        }
        _feed = feed;
        _view = view;
        _clock = clock;
        _durationMs = durationMs;
        _frameSlots = durationMs * FrameRate / 1000;
        _lastUpdate = durationMs / SceneFeed.UpdateIntervalMs;
        _frameWorkMs = new double[Math.Max(1, _frameSlots)];
    }

    /// <summary>Log, when set before the first frame, records every frame shown (see <see cref="FrameLog"/>).</summary>
    public FrameLog? Log { get; init; }

    /// <summary>T0 is the time of the first frame on the run's clock; the feed's clock starts there.</summary>
    public double T0 { get; private set; }

    /// <summary>ShowFirstFrame sets t0, applies update 0 and renders frame 0.</summary>
    public void ShowFirstFrame()
    {
        if (_started) throw new InvalidOperationException("the first frame has been shown already");
        _started = true;
        T0 = _clock.NowMs;
        RenderSlot(T0);
    }

    /// <summary>RunToEnd paces the remaining slots until the end of the run (t0 + 10 s), then applies the updates still due.</summary>
    public SceneRunResult RunToEnd()
    {
        if (!_started) ShowFirstFrame();
        var cpuAtT0 = ProcessStats.CpuTime();
        long allocatedAtWarmUp = 0;
        int shownAtWarmUp = 0;
        int dropped = 0;
        for (int slot = 1; slot < _frameSlots; slot++)
        {
            _clock.SleepUntil(T0 + slot * SlotMs);
            double start = _clock.NowMs;
            // A slot has passed when the next one has begun: its frame is dropped, not queued.
            if (start >= T0 + (slot + 1) * SlotMs)
            {
                dropped++;
                continue;
            }
            if (slot >= WarmUpFrames && shownAtWarmUp == 0)
            {
                shownAtWarmUp = _framesShown;
                allocatedAtWarmUp = GC.GetAllocatedBytesForCurrentThread();
            }
            _currentSlot = slot;
            RenderSlot(start);
        }
        long allocatedSteady = GC.GetAllocatedBytesForCurrentThread() - allocatedAtWarmUp;
        int steadyFrames = _framesShown - shownAtWarmUp;

        _clock.SleepUntil(T0 + _durationMs);
        ApplyDueUpdates(_clock.NowMs);
        var cpu = ProcessStats.CpuTime() - cpuAtT0;
        return new SceneRunResult(
            _framesShown,
            dropped,
            FrameWorkStats.From(_frameWorkMs.AsSpan(0, _framesShown)),
            steadyFrames > 0 && shownAtWarmUp > 0 ? (double)allocatedSteady / steadyFrames : double.NaN,
            cpu.TotalSeconds);
    }

    private void RenderSlot(double start)
    {
        if (Log == null)
        {
            ApplyDueUpdates(start);
            _view.RenderFrame(_feed, start);
            _frameWorkMs[_framesShown++] = _clock.NowMs - start;
            return;
        }
        double cpuStart = ThreadCpuClock.NowMs();
        int updateBefore = _feed.NextUpdate, ordersBefore = _feed.OrderCount, gen0Before = GC.CollectionCount(0);
        var detail = _view as IFrameDetail;
        long missesBefore = detail?.TextCacheMisses ?? 0;
        ApplyDueUpdates(start);
        _view.RenderFrame(_feed, start);
        double work = _clock.NowMs - start;
        _frameWorkMs[_framesShown++] = work;
        Log.Record(_currentSlot, start - T0, work, ThreadCpuClock.NowMs() - cpuStart, _feed.NextUpdate - updateBefore,
            _feed.OrderCount - ordersBefore, detail, missesBefore, GC.CollectionCount(0) - gen0Before);
    }

    private void ApplyDueUpdates(double now)
    {
        // Update k is due at t0 + 5k ms; every due update is applied, oldest first.
        while (_feed.NextUpdate <= _lastUpdate && T0 + _feed.NextUpdate * (double)SceneFeed.UpdateIntervalMs <= now)
        {
            _feed.ApplyNext(now);
        }
    }
}
