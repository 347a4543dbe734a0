namespace Skia.Toolkit.Hosting;

/// <summary>
/// FrameLoop is the one UI loop turn that <see cref="Platform.Window"/> and <see cref="Platform.HeadlessWindow"/>
/// both run, so the order of the steps (wait, dispatcher work, snapshots, frame; timed repaints come due through the root's damage tracker) has one owner.
/// </summary>
internal static class FrameLoop
{
    /// <summary>
    /// Turn waits with <paramref name="wait"/> (until the next frame is due when something is pending, else one
    /// frame interval so new snapshots are noticed, never longer than <paramref name="maxWait"/>), runs the
    /// dispatcher's work, then, when a frame is due, applies snapshots and renders
    /// if something changed. <paramref name="presentPending"/> says the window has something to show without a new frame (an expose).
    /// </summary>
    public static bool Turn(IAppWindow window, bool presentPending, TimeSpan? maxWait, Action<TimeSpan> wait)
    {
        window.Dispatcher.VerifyAccess();
        var clock = window.Clock;
        var pending = presentPending || window.Root.NeedsFrame || window.Dispatcher.HasPending || clock.HasNewSnapshot;
        var timeout = pending ? clock.TimeUntilNextFrame() : clock.FrameInterval;
        // Wake for the next timed repaint (a flash ending, a toast expiring) rather than a whole interval late,
        // but never before the next frame may be drawn: a repaint already due waits for its frame, it does not spin.
        if (window.Root.Damage.TimeUntilDue is { } due && due < timeout)
        {
            var frame = clock.TimeUntilNextFrame();
            timeout = due > frame ? due : frame;
        }
        if (maxWait is { } max && max < timeout) timeout = max < TimeSpan.Zero ? TimeSpan.Zero : max;
        wait(timeout);
        window.Dispatcher.RunPending();
        if (clock.TimeUntilNextFrame() > TimeSpan.Zero) return false;
        clock.ApplySnapshots();
        return window.RenderIfNeeded();
    }
}
