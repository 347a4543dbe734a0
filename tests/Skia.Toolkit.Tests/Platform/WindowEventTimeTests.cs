using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using SkiaSharp;
using static Skia.Toolkit.Tests.Platform.X11Input;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// Input events in a real window carry the X server's time of the user's action, not the time the UI thread handled
/// them: clicks and keys made while the window was not pumping keep the times they were made at.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowEventTimeTests
{
    [Fact]
    public void Clicks_and_keys_carry_the_x_servers_time_of_the_action_even_when_the_window_handles_them_late()
    {
        var probe = new TimeProbe();
        using var window = new Window(probe, new WindowOptions { Title = "event times", Width = 300, Height = 200, Scale = 1, Backend = RenderBackendKind.Raster, Vsync = false, Log = _ => { } });
        window.RenderIfNeeded();
        using var x = new XServerClock(Environment.GetEnvironmentVariable("DISPLAY")!);
        MoveTo(window, probe);
        PumpUntil(window, () => probe.Moves > 0, "the pointer over the probe");

        // A double click 80 ms apart, then a key, all made while the window does not pump; it handles them 0.7 s later.
        var before = x.Now();
        Xdotool("click", "--repeat", "2", "--delay", "80", "1");
        Xdotool("key", "a");
        var after = x.Now();
        Thread.Sleep(700);
        var handled = x.Now();
        PumpUntil(window, () => probe.Downs.Count == 2 && probe.Ups.Count == 2 && probe.Keys.Count >= 1, "both clicks and the key");

        TimeSpan first = probe.Downs[0], second = probe.Downs[1], key = probe.Keys[0];
        Assert.InRange(first, Ms(before), Ms(after));
        Assert.InRange(key, Ms(before), Ms(after));
        Assert.InRange(second - first, TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(500)); // xdotool's gap, not the handling's
        Assert.True(Ms(handled) - second >= TimeSpan.FromMilliseconds(700), $"handled {Ms(handled) - second} after the click");
        Assert.True(probe.Ups[0] >= first && probe.Ups[1] >= second && key >= probe.Ups[1], "times in the order the user acted");
        Assert.InRange(window.Root.InputTimestamp, key, Ms(after)); // the last event dispatched: the key's release
    }

    [Fact]
    public void Recording_and_matching_event_times_allocates_nothing_and_skips_events_glfw_handled_without_a_callback()
    {
        try
        {
            X11EventTimes.StartForTest();
            const nuint window = 0x400001, other = 0x500001;
            X11EventTimes.Record(4, other, 1, 900); // another window's press: processed by GLFW first, no callback here
            X11EventTimes.Record(4, window, 1, 1000); // left press
            X11EventTimes.Record(3, window, 38, 1010); // a key release GLFW drops (auto-repeat)
            X11EventTimes.Record(5, window, 3, 1020); // right release
            X11EventTimes.Record(4, window, 5, 1030); // wheel down notch
            X11EventTimes.Record(4, window, 9, 1040); // X button 9 is GLFW's button 4
            X11EventTimes.Record(6, window, 0, 1050); // motion
            Assert.Equal(TimeSpan.FromMilliseconds(1000), X11EventTimes.TakeButton(window, 0, press: true));
            Assert.Equal(TimeSpan.FromMilliseconds(1020), X11EventTimes.TakeButton(window, 1, press: false));
            Assert.Equal(TimeSpan.FromMilliseconds(1030), X11EventTimes.TakeScroll(window, 0, -1));
            Assert.Equal(TimeSpan.FromMilliseconds(1040), X11EventTimes.TakeButton(window, 4, press: true));
            Assert.Equal(TimeSpan.FromMilliseconds(1050), X11EventTimes.TakePointer(window));
            // Nothing left to match (GLFW made the event up): the newest server time read, on the same clock.
            Assert.Equal(TimeSpan.FromMilliseconds(1050), X11EventTimes.TakeKey(window, 38, press: true));

            // The server's 32-bit millisecond clock wraps; the times carry on past it.
            X11EventTimes.Record(2, window, 38, uint.MaxValue - 5);
            X11EventTimes.Record(3, window, 38, 4);
            var wrapBefore = X11EventTimes.TakeKey(window, 38, press: true)!.Value;
            Assert.Equal(TimeSpan.FromMilliseconds(10), X11EventTimes.TakeKey(window, 38, press: false)!.Value - wrapBefore);

            for (var i = 0; i < 100; i++) Cycle(window, (uint)i); // warm-up
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++) Cycle(window, (uint)(2000 + i * 10));
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
        finally
        {
            X11EventTimes.Uninstall();
        }
    }

    // One click's worth of events through the rings, as Xlib's reads and GLFW's callbacks interleave.
    private static void Cycle(nuint window, uint time)
    {
        X11EventTimes.Record(6, window, 0, time);
        X11EventTimes.Record(4, window, 1, time + 1);
        X11EventTimes.Record(5, window, 1, time + 2);
        X11EventTimes.Record(2, window, 38, time + 3);
        _ = X11EventTimes.TakePointer(window);
        _ = X11EventTimes.TakeButton(window, 0, press: true);
        _ = X11EventTimes.TakeButton(window, 0, press: false);
        _ = X11EventTimes.TakeKey(window, 38, press: true);
    }

    private static TimeSpan Ms(uint serverTime) => TimeSpan.FromMilliseconds(serverTime);

    /// <summary>TimeProbe records the timestamps of the input events it gets.</summary>
    private sealed class TimeProbe : Widget
    {
        public TimeProbe() => Focusable = true;

        public int Moves { get; private set; }
        public List<TimeSpan> Downs { get; } = [];
        public List<TimeSpan> Ups { get; } = [];
        public List<TimeSpan> Keys { get; } = [];

        protected override void OnPointerMove(PointerEventArgs e) => Moves++;

        protected override void OnPointerDown(PointerEventArgs e)
        {
            Downs.Add(e.Timestamp);
            e.Handled = true;
        }

        protected override void OnPointerUp(PointerEventArgs e)
        {
            Ups.Add(e.Timestamp);
            e.Handled = true;
        }

        protected override void OnKeyDown(KeyEventArgs e)
        {
            Keys.Add(e.Timestamp);
            e.Handled = true;
        }

        protected override void OnRender(SKCanvas canvas) => canvas.Clear(SKColors.SteelBlue);
    }
}
