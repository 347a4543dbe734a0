using SkiaSharp;

namespace Skia.Toolkit.Core;

/// <summary>
/// LayoutQueue holds a window's dirty layout boundaries and lays them out, shallowest first, so that a
/// boundary inside another one that is laid out anyway costs nothing; widgets outside them are not touched.
/// </summary>
/// <remarks>One thread (the UI thread) owns a queue, like the root it belongs to.</remarks>
internal sealed class LayoutQueue
{
    // Guards against a widget that keeps invalidating itself during layout (a layout cycle).
    private const int MaxLayoutStepsPerPass = 1_000_000;

    // Dirty layout boundaries with their depth; kept sorted deepest first (so the shallowest pops off the
    // end) and re-sorted only after new entries arrive, so a pass over n boundaries costs O(n log n).
    private readonly List<(int Depth, Widget Widget)> _queue = [];
    private bool _sorted = true;

    /// <summary>IsPending tells whether a layout pass has work to do.</summary>
    public bool IsPending => _queue.Count > 0;

    /// <summary>Passes counts the layout passes that had work, so a widget can tell one pass from the next.</summary>
    public long Passes { get; private set; }

    /// <summary>Schedule queues <paramref name="widget"/> (a layout boundary or the content) for the next pass; queuing it twice is harmless.</summary>
    public void Schedule(Widget widget)
    {
        if ((widget.Flags & WidgetFlags.InLayoutQueue) != 0) return;
        widget.Flags |= WidgetFlags.InLayoutQueue;
        _queue.Add((widget.Depth, widget));
        _sorted = false;
    }

    /// <summary>Run measures and arranges every queued boundary of <paramref name="root"/>'s tree, shallowest first, until none is left.</summary>
    /// <exception cref="InvalidOperationException">layout does not settle (a widget keeps invalidating layout while laid out).</exception>
    public void Run(UiRoot root)
    {
        if (_queue.Count == 0) return;
        Passes++;
        int steps = 0;
        var content = root.Content;
        while (_queue.Count > 0)
        {
            if (++steps > MaxLayoutStepsPerPass)
            {
                throw new InvalidOperationException("Layout did not settle: a widget keeps invalidating layout while being laid out.");
            }

            var w = TakeShallowest();
            if (!ReferenceEquals(w.Root, root) || (w.Flags & (WidgetFlags.MeasureDirty | WidgetFlags.ArrangeDirty)) == 0) continue;

            if (ReferenceEquals(w, content))
            {
                var logical = root.LogicalSize;
                content.Measure(logical);
                content.Arrange(new SKRect(0, 0, logical.Width, logical.Height));
                continue;
            }

            if (!w.IsEffectivelyVisible)
            {
                // A hidden ancestor will lay this subtree out when it is shown (showing resets its layout state).
                continue;
            }

            if ((w.Flags & WidgetFlags.HasArranged) == 0)
            {
                // Never placed: only its parent knows where it goes.
                w.Parent!.InvalidateMeasure();
                continue;
            }

            if (w.IsMeasureDirty)
            {
                var before = w.DesiredSize;
                w.Measure(w.LastAvailableSize);
                if (w.DesiredSize != before)
                {
                    // The boundary's size changed after all (a custom IsLayoutBoundary that was wrong): escalate.
                    w.Parent!.InvalidateMeasure();
                    continue;
                }
            }

            w.Arrange(w.LastFinalRect);
        }
    }

    private Widget TakeShallowest()
    {
        if (!_sorted)
        {
            _queue.Sort(static (a, b) => b.Depth.CompareTo(a.Depth));
            _sorted = true;
        }

        var w = _queue[^1].Widget;
        _queue.RemoveAt(_queue.Count - 1);
        w.Flags &= ~WidgetFlags.InLayoutQueue;
        return w;
    }
}
