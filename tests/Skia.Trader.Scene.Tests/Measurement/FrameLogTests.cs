using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.Scene.Pacing;
using Skia.Trader.Scene.Tests.Pacing;

namespace Skia.Trader.Scene.Tests.Measurement;

public class FrameLogTests
{
    [Fact]
    public void The_frame_log_has_one_line_per_frame_shown_with_its_work_updates_and_orders()
    {
        var clock = new VirtualSceneClock();
        // Frame 10 stalls for 100 ms: the next frame catches up some 20 updates.
        var view = new RecordingSceneView(clock, i => i == 10 ? 100.0 : 1.0);
        var feed = new SceneFeed();
        var log = new FrameLog(SceneRun.FrameSlots);
        var result = new SceneRun(feed, view, clock) { Log = log }.RunToEnd();

        var writer = new StringWriter();
        log.WriteTsv(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("frame\tslot\tstart_ms\twork_ms\tcpu_ms\tupdates\torders_added", lines[0]);
        Assert.Equal(result.FramesShown, lines.Length - 1);

        int updates = 0, orders = 0;
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            updates += int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture);
            orders += int.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture);
        }
        // Every update applied in a frame is counted once (the last ones, due at the very end, after the last frame).
        Assert.InRange(updates, SceneFeed.LastUpdate - 3, SceneFeed.LastUpdate + 1);
        Assert.InRange(orders, 40, 41);
        var stalled = lines[11].Split('\t');
        Assert.Equal("100.000", stalled[3]);
        Assert.True(int.Parse(lines[12].Split('\t')[5], System.Globalization.CultureInfo.InvariantCulture) >= 20);
        Assert.Equal(10, int.Parse(lines[11].Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
