using Skia.Toolkit.Threading;
using Skia.Trader.Ui.Panels;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// The status bar's frame p99 is of the recent frames: the slow start-up frames (first frame, fonts, code not yet
/// optimised) must not read as late frames once the screen draws fast. The status tick runs on a clock of the test's
/// own time, so the frame times and the window are exact.
/// </summary>
public class TerminalScreenStatusTests
{
    [Fact]
    public void The_frame_p99_drops_to_the_fast_frames_once_the_slow_start_up_frames_are_older_than_the_window()
    {
        using var screen = new TerminalScreen("BTCUSDT", "SIM");
        var time = new ManualClock();
        var clock = new FrameClock(60, time);
        var shown = new List<string>();
        for (var second = 0; second < 10; second++)
        {
            if (second == 0)
            {
                // Start-up: 20 slow frames in the first second.
                for (var i = 0; i < 20; i++) Frame(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(45));
            }
            else
            {
                // Then 60 fast frames a second.
                for (var i = 0; i < 60; i++) Frame(TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 60), TimeSpan.FromMilliseconds(1.1));
            }
            screen.UpdateStatus(clock); // the status timer's tick, once a second
            shown.Add(screen.StatusBar.Segments[0].Text + " | " + screen.StatusBar.Segments[1].Text);
        }

        // The start-up frames count while they are in the last 5 s (at least 20 in 320 frames: over 1 %), then no longer.
        string slow = "frame p99 45.00 ms", fast = "frame p99 1.10 ms";
        Assert.Equal(
        [
            "FPS 20 | " + slow, "FPS 60 | " + slow, "FPS 60 | " + slow, "FPS 60 | " + slow, "FPS 60 | " + slow,
            "FPS 60 | " + fast, "FPS 60 | " + fast, "FPS 60 | " + fast, "FPS 60 | " + fast, "FPS 60 | " + fast,
        ], shown);
        // Since start they still weigh (20 of 560 frames): the clock's cumulative figures keep their meaning.
        Assert.Equal(TimeSpan.FromMilliseconds(45), clock.Statistics.P99);

        void Frame(TimeSpan interval, TimeSpan frameTime)
        {
            time.Advance(interval);
            clock.RecordFrame(frameTime);
        }
    }
}
