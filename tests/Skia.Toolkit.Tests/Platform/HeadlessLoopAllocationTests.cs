using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// The headless app loop (<see cref="HeadlessWindow.RunOnce"/>: wait for work or the next frame, dispatcher, snapshots,
/// render) allocates nothing per turn once warm: the terminal's --headless run and its load figure go through it every
/// few milliseconds.
/// </summary>
public class HeadlessLoopAllocationTests
{
    [Fact]
    public void Loop_turns_that_wait_and_render_a_changing_widget_allocate_nothing()
    {
        var cell = new Rectangle { Fill = SKColors.Orange };
        using var window = new HeadlessWindow(cell, 40, 30);
        SKColor[] colours = [SKColors.Orange, SKColors.Teal];
        var rendered = 0;
        void Turn(int n)
        {
            cell.Fill = colours[n % 2];
            // Up to two frame intervals: the turn waits for its frame to be due, then renders.
            if (window.RunOnce(TimeSpan.FromMilliseconds(40))) rendered++;
        }
        for (var n = 0; n < 20; n++) Turn(n);
        // Let tiered compilation install the optimised code (a method's first tier-1 run may allocate once in the process).
        Thread.Sleep(250);
        for (var n = 20; n < 30; n++) Turn(n);
        rendered = 0;

        var report = new System.Text.StringBuilder();
        for (var n = 30; n < 90; n++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Turn(n);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (bytes != 0) report.Append(System.Globalization.CultureInfo.InvariantCulture, $"turn {n}: {bytes} B; ");
        }

        Assert.True(rendered >= 30, $"only {rendered} of 60 turns rendered");
        Assert.True(report.Length == 0, "turns that allocated: " + report);
    }
}
