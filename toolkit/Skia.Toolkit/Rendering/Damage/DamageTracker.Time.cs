using Skia.Toolkit.Core;

namespace Skia.Toolkit.Rendering.Damage;

/// <summary>DamageTracker's clock: repaints asked for at a time, and the time of the frame being drawn.</summary>
public sealed partial class DamageTracker
{
    // Widgets waiting for a repaint at a time, one entry per widget (the earliest time asked for). A short list:
    // a screen has a few dozen flashing cells at most, so a linear scan beats a heap and allocates nothing.
    // Both start with room for a few entries: the first timed repaint that comes due (a ladder's fade, a second into a
    // run) must not grow a list inside a frame that is otherwise allocation-free.
    private readonly List<(Widget Widget, long Due)> _timed = new(8);
    private readonly List<Widget> _due = new(8);
    private long _frameTime;
    private bool _hasFramed;
    private bool _inFrame;

    /// <summary>Time is the clock every time-driven look is measured with: flashes, toast lifetimes, tooltip delays. A test or a headless window replaces it.</summary>
    public TimeProvider Time
    {
        get;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = TimeProvider.System;

    /// <summary>FrameInterval is the display's refresh interval (1/60 s until a window sets its own): how long a one-frame look such as a flash lasts.</summary>
    public TimeSpan FrameInterval
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = DefaultFrameInterval;

    /// <summary>Now is the current timestamp of <see cref="Time"/>.</summary>
    public long Now => Time.GetTimestamp();

    /// <summary>FrameTime is the timestamp at which the frame being drawn (or the last one drawn) began; painting compares time against it, never against <see cref="Now"/>, so one frame shows one moment.</summary>
    public long FrameTime => _frameTime;

    /// <summary>
    /// NextFrameTime is when the first frame able to show a change made now begins: the frame being laid out
    /// when called during a frame, otherwise the later of now and one frame interval after the last frame.
    /// A look that lasts "one frame" lasts from there for <see cref="FrameInterval"/>.
    /// </summary>
    public long NextFrameTime
    {
        get
        {
            if (_inFrame) return _frameTime;
            long now = Now;
            if (!_hasFramed) return now;
            long next = _frameTime + Ticks(FrameInterval);
            return next > now ? next : now;
        }
    }

    /// <summary>Ticks converts a duration to timestamp units of <see cref="Time"/>.</summary>
    public long Ticks(TimeSpan duration)
    {
        long frequency = Time.TimestampFrequency;
        // Exact when timestamps are TimeSpan ticks (test clocks); rounded, not truncated, otherwise.
        return frequency == TimeSpan.TicksPerSecond ? duration.Ticks : (long)Math.Round(duration.TotalSeconds * frequency);
    }

    /// <summary>
    /// InvalidateAt asks for <paramref name="widget"/> to be repainted by the first frame at or after
    /// <paramref name="timestamp"/> (in <see cref="Time"/>'s units): before that frame lays out, the widget's
    /// <see cref="Widget.OnRepaintDue"/> runs (by default it repaints the widget). A widget has at most one
    /// pending time, the earliest asked for; one that has left the tree when its time comes is skipped.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="widget"/> is not in this tracker's window.</exception>
    public void InvalidateAt(Widget widget, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(widget);
        if (!ReferenceEquals(widget.Root?.Damage, this)) throw new InvalidOperationException($"{widget.GetType().Name} '{widget.Name}' is not in this tracker's window.");
        for (int i = 0; i < _timed.Count; i++)
        {
            if (!ReferenceEquals(_timed[i].Widget, widget)) continue;
            if (timestamp < _timed[i].Due) _timed[i] = (widget, timestamp);
            return;
        }
        _timed.Add((widget, timestamp));
    }

    /// <summary>NextDue is the earliest timestamp a repaint was asked for, or null when none is pending.</summary>
    internal long? NextDue
    {
        get
        {
            if (_timed.Count == 0) return null;
            long min = long.MaxValue;
            for (int i = 0; i < _timed.Count; i++) min = Math.Min(min, _timed[i].Due);
            return min;
        }
    }

    /// <summary>IsRepaintDue tells whether a timed repaint has come due, so the next frame has work.</summary>
    public bool IsRepaintDue => NextDue is { } due && due <= Now;

    /// <summary>TimeUntilDue is how long until the earliest timed repaint (zero when due, null when none is pending): how long a UI loop may sleep.</summary>
    public TimeSpan? TimeUntilDue
    {
        get
        {
            if (NextDue is not { } due) return null;
            var left = Time.GetElapsedTime(Now, due);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// BeginFrame starts a frame: takes its time and runs the timed repaints due by then, in the order they were
    /// asked for (they may change the tree: a toast leaves). The frame renderer calls it before layout.
    /// </summary>
    internal void BeginFrame()
    {
        _frameTime = Now;
        _hasFramed = true;
        _inFrame = true;
        if (_timed.Count == 0) return;
        for (int i = 0; i < _timed.Count; i++)
        {
            if (_timed[i].Due > _frameTime) continue;
            _due.Add(_timed[i].Widget);
            _timed.RemoveAt(i--);
        }
        // By index: a widget's OnRepaintDue may ask for another time, or detach other widgets.
        for (int i = 0; i < _due.Count; i++)
        {
            var widget = _due[i];
            if (widget.Root?.Damage == this) widget.RaiseRepaintDue(_frameTime);
        }
        _due.Clear();
    }

    /// <summary>EndFrame ends the frame begun by <see cref="BeginFrame"/>.</summary>
    internal void EndFrame() => _inFrame = false;

    /// <summary>Forget drops the timed repaint of a widget (it left the tree).</summary>
    internal void Forget(Widget widget)
    {
        for (int i = 0; i < _timed.Count; i++)
        {
            if (!ReferenceEquals(_timed[i].Widget, widget)) continue;
            _timed.RemoveAt(i);
            return;
        }
    }
}
