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
}
