using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Tests.Pacing;

public class SceneRunTests
{
    [Fact]
    public void A_run_that_keeps_up_shows_all_600_frames_and_ends_in_the_reference_state()
    {
        var clock = new VirtualSceneClock();
        var view = new RecordingSceneView(clock, _ => 2.0);
        var feed = new SceneFeed();

        var result = new SceneRun(feed, view, clock).RunToEnd();

        Assert.Equal(600, result.FramesShown);
        Assert.Equal(0, result.FramesDropped);
        Assert.Equal("mid=29983.424431 last=29983.42 orders=10041", feed.StateLine());
        Assert.Equal(1, view.Frames[0].UpdatesApplied); // update 0 is applied before the first frame
        Assert.Equal(2.0, result.FrameWork.P99, 6);
    }

    [Fact]
    public void Every_frame_shows_all_updates_due_at_its_start()
    {
        var clock = new VirtualSceneClock();
        var view = new RecordingSceneView(clock, i => i % 7 == 3 ? 9.0 : 1.0);
        var run = new SceneRun(new SceneFeed(), view, clock);

        run.RunToEnd();

        foreach (var (now, applied) in view.Frames)
        {
            int due = (int)Math.Floor((now - run.T0) / SceneFeed.UpdateIntervalMs) + 1;
            Assert.Equal(Math.Min(due, SceneFeed.LastUpdate + 1), applied);
        }
    }

    [Fact]
    public void A_stalled_frame_drops_the_slots_it_overran_and_late_updates_are_caught_up_not_skipped()
    {
        var clock = new VirtualSceneClock();
        // Frame 10 takes 100 ms: the six slots that begin during it pass before a frame can start.
        var view = new RecordingSceneView(clock, i => i == 10 ? 100.0 : 1.0);
        var feed = new SceneFeed();
        var run = new SceneRun(feed, view, clock);

        var result = run.RunToEnd();

        Assert.Equal(5, result.FramesDropped);
        Assert.Equal(595, result.FramesShown);
        Assert.Equal(100.0, result.FrameWork.Max, 6);
        // The frame after the stall shows every update due by then: 20 late ones applied in one go, in order.
        var (after, applied) = view.Frames[11];
        Assert.Equal(Math.Floor((after - run.T0) / 5) + 1, applied);
        Assert.True(applied - view.Frames[10].UpdatesApplied >= 20);
        Assert.Equal("mid=29983.424431 last=29983.42 orders=10041", feed.StateLine());
    }

    [Fact]
    public void A_run_slower_than_the_feed_still_applies_all_2001_updates()
    {
        var clock = new VirtualSceneClock();
        var view = new RecordingSceneView(clock, _ => 40.0);
        var feed = new SceneFeed();

        var result = new SceneRun(feed, view, clock).RunToEnd();

        Assert.True(result.FramesDropped > 300);
        Assert.Equal(600, result.FramesShown + result.FramesDropped);
        Assert.Equal(SceneFeed.LastUpdate + 1, feed.NextUpdate);
        Assert.Equal("mid=29983.424431 last=29983.42 orders=10041", feed.StateLine());
    }

    [Fact]
    public void A_shortened_run_ends_after_its_last_second_with_every_update_due_applied()
    {
        var clock = new VirtualSceneClock();
        var view = new RecordingSceneView(clock, _ => 2.0);
        var feed = new SceneFeed();

        var result = new SceneRun(feed, view, clock, durationMs: 2000).RunToEnd();

        var reference = new SceneFeed();
        for (int k = 0; k <= 400; k++) reference.ApplyNext(k * SceneFeed.UpdateIntervalMs);
        Assert.Equal(120, result.FramesShown);
        Assert.Equal(0, result.FramesDropped);
        Assert.Equal(401, feed.NextUpdate);
        Assert.Equal(reference.StateLine(), feed.StateLine());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1002)]
    [InlineData(10005)]
    public void A_run_length_that_is_not_whole_feed_periods_within_10_s_is_refused(int durationMs)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SceneRun(new SceneFeed(), new RecordingSceneView(new VirtualSceneClock(), _ => 1.0), new VirtualSceneClock(), durationMs));
    }
}
