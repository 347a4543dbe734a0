using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Tests.Threading;

public class FrameClockTests
{
    /// <summary>A clock that moves only when the test says, so frame pacing is checked without timing.</summary>
    private sealed class ManualTime : TimeProvider
    {
        public long Now;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Now;
        public void Advance(TimeSpan by) => Now += by.Ticks;
    }

    private sealed record Book(int Version);

    [Fact]
    public void A_frame_is_needed_only_when_dirty_or_a_snapshot_is_new()
    {
        var clock = new FrameClock(60, new ManualTime());
        var book = new LatestValue<Book>();
        var applied = new List<int>();
        clock.Subscribe(book, b => applied.Add(b.Version));

        Assert.False(clock.NeedsFrame(treeDirty: false));
        Assert.True(clock.NeedsFrame(treeDirty: true));

        book.Publish(new Book(1));
        book.Publish(new Book(2));
        book.Publish(new Book(3));
        Assert.True(clock.NeedsFrame(treeDirty: false));
        Assert.Equal(1, clock.ApplySnapshots());
        Assert.Equal([3], applied); // at most one snapshot per source per frame: the newest
        Assert.False(clock.NeedsFrame(treeDirty: false));
        Assert.Equal(0, clock.ApplySnapshots());
    }

    [Fact]
    public void Statistics_report_percentiles_max_shown_and_dropped_frames()
    {
        var clock = new FrameClock(50, new ManualTime()); // 20 ms interval
        for (var i = 0; i < 98; i++) clock.RecordFrame(TimeSpan.FromMilliseconds(2));
        clock.RecordFrame(TimeSpan.FromMilliseconds(30)); // misses one refresh
        clock.RecordFrame(TimeSpan.FromMilliseconds(65)); // misses three

        var s = clock.Statistics;
        Assert.Equal(100, s.FramesShown);
        Assert.Equal(4, s.FramesDropped);
        Assert.Equal(TimeSpan.FromMilliseconds(2), s.P50);
        Assert.Equal(TimeSpan.FromMilliseconds(30), s.P99);
        Assert.Equal(TimeSpan.FromMilliseconds(65), s.Max);

        clock.ResetStatistics();
        Assert.Equal(default, clock.Statistics);
    }

    [Fact]
    public void Frames_keep_the_display_cadence_and_vsync_leaves_pacing_to_the_backend()
    {
        var time = new ManualTime();
        var clock = new FrameClock(100, time); // 10 ms interval
        var start = clock.BeginFrame();
        time.Advance(TimeSpan.FromMilliseconds(3));
        clock.EndFrame(start);
        Assert.Equal(TimeSpan.FromMilliseconds(7), clock.TimeUntilNextFrame());
        Assert.Equal(TimeSpan.FromMilliseconds(3), clock.Statistics.Max);

        time.Advance(TimeSpan.FromMilliseconds(7));
        Assert.Equal(TimeSpan.Zero, clock.TimeUntilNextFrame());
        clock.BeginFrame();
        Assert.Equal(TimeSpan.FromMilliseconds(10), clock.TimeUntilNextFrame());

        clock.Vsync = true;
        Assert.Equal(TimeSpan.Zero, clock.TimeUntilNextFrame());

        clock.Vsync = false;
        time.Advance(TimeSpan.FromSeconds(5)); // idle: the cadence restarts from the next frame
        clock.BeginFrame();
        Assert.Equal(TimeSpan.FromMilliseconds(10), clock.TimeUntilNextFrame());
    }

    [Fact]
    public void Recent_statistics_count_only_the_frames_of_the_window_and_leave_the_since_start_figures_alone()
    {
        var time = new ManualTime();
        var clock = new FrameClock(50, time); // 20 ms interval
        // Start-up: twenty very slow frames (the first frame, fonts, code not yet optimised) ...
        for (var i = 0; i < 20; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            clock.RecordFrame(TimeSpan.FromMilliseconds(90));
        }
        Assert.Equal(TimeSpan.FromMilliseconds(90), clock.RecentStatistics(TimeSpan.FromSeconds(5)).P99);
        // ... then 20 s of fast frames, 50 a second, with one 30 ms frame 3 s ago.
        for (var i = 0; i < 1_000; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            clock.RecordFrame(TimeSpan.FromMilliseconds(i == 850 ? 30 : 2));
        }

        var recent = clock.RecentStatistics(TimeSpan.FromSeconds(5));
        Assert.Equal(250, recent.FramesShown); // the frames that ended in the last 5 s
        Assert.Equal(1, recent.FramesDropped);
        Assert.Equal(TimeSpan.FromMilliseconds(2), recent.P50);
        Assert.Equal(TimeSpan.FromMilliseconds(2), recent.P99); // 1 slow frame in 250 is under 1 %
        Assert.Equal(TimeSpan.FromMilliseconds(30), recent.Max);
        var lastSecond = clock.RecentStatistics(TimeSpan.FromSeconds(1));
        Assert.Equal(50, lastSecond.FramesShown);
        Assert.Equal(TimeSpan.FromMilliseconds(2), lastSecond.Max); // the 30 ms frame is older than a second
        // Since start, the start-up frames still count (20 of 1,020: over 1 %): Statistics keeps its meaning.
        var all = clock.Statistics;
        Assert.Equal(1_020, all.FramesShown);
        Assert.Equal(TimeSpan.FromMilliseconds(90), all.P99);
        Assert.Equal((20 * 4) + 1, all.FramesDropped);

        time.Advance(TimeSpan.FromSeconds(6)); // idle: no frame in the window
        Assert.Equal(default, clock.RecentStatistics(TimeSpan.FromSeconds(5)));
        clock.RecordFrame(TimeSpan.FromMilliseconds(4));
        Assert.Equal(TimeSpan.FromMilliseconds(4), clock.RecentStatistics(TimeSpan.FromSeconds(5)).P99);
        clock.ResetStatistics();
        Assert.Equal(default, clock.RecentStatistics(TimeSpan.FromSeconds(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.RecentStatistics(TimeSpan.Zero));
    }

    [Fact]
    public void Recent_statistics_look_back_over_at_most_the_latest_RecentCapacity_frames()
    {
        var time = new ManualTime();
        var clock = new FrameClock(60, time);
        clock.RecordFrame(TimeSpan.FromMilliseconds(50)); // pushed out of the ring by the frames after it
        for (var i = 0; i < FrameClock.RecentCapacity; i++) clock.RecordFrame(TimeSpan.FromMilliseconds(1));

        var recent = clock.RecentStatistics(TimeSpan.FromMinutes(1));
        Assert.Equal(FrameClock.RecentCapacity, recent.FramesShown);
        Assert.Equal(TimeSpan.FromMilliseconds(1), recent.Max);
        Assert.Equal(TimeSpan.FromMilliseconds(50), clock.Statistics.Max);
    }

    [Fact]
    public void Recording_frames_and_reading_recent_statistics_allocate_nothing()
    {
        var time = new ManualTime();
        var clock = new FrameClock(60, time);
        // Warm up until a round in which the JIT compiled nothing (a method's first tier-1 run may allocate once).
        for (var settle = 0; settle < 40; settle++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            Run();
            Thread.Sleep(100);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() == compiled) break;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var p99 = Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(TimeSpan.FromMilliseconds(3), p99);

        TimeSpan Run()
        {
            var last = TimeSpan.Zero;
            for (var i = 0; i < 600; i++)
            {
                var start = clock.BeginFrame();
                time.Advance(TimeSpan.FromMilliseconds(i % 50 == 0 ? 3 : 1));
                clock.EndFrame(start);
                time.Advance(TimeSpan.FromMilliseconds(15));
                if (i % 60 == 0) last = clock.RecentStatistics(TimeSpan.FromSeconds(5)).P99;
            }
            return last;
        }
    }
}
