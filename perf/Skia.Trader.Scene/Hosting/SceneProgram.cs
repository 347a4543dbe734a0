using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Hosting;

/// <summary>
/// SceneProgram is the shared <c>Main</c> of the scene programs: it times start-up, runs the paced
/// 10 s scene, and prints one JSON line then the final state line. Options: <c>--first-frame</c>
/// (exit after the first complete frame, for start-up timing), <c>--png FILE</c> (save the last
/// frame), <c>--verbose</c> (start-up breakdown on stderr), <c>--pixels n32|rgba</c> (back-buffer
/// pixel order: Skia's native order, the default, or RGBA).
/// </summary>
public static class SceneProgram
{
    /// <summary>Run runs the scene with the view <paramref name="createView"/> builds and returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="createView">Builds the view for a feed and a pixel order ("n32" or "rgba"); it may mark start-up phases (fonts, tree build, layout) on the timeline.</param>
    public static int Run(string[] args, Func<SceneFeed, StartupTimeline, string, IMeasuredSceneView> createView)
    {
        double runtimeStartMs = ProcessStats.MillisecondsSinceStart(out _);
        var timeline = new StartupTimeline(runtimeStartMs);
        bool firstFrameOnly = false, verbose = false;
        string? png = null;
        string pixels = "n32";
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--first-frame": firstFrameOnly = true; break;
                case "--verbose": verbose = true; break;
                case "--png" when i + 1 < args.Length: png = args[++i]; break;
                case "--pixels" when i + 1 < args.Length && args[i + 1] is "n32" or "rgba": pixels = args[++i]; break;
                default:
                    Console.Error.WriteLine($"usage: [--first-frame] [--png FILE] [--verbose] [--pixels n32|rgba] (unknown: {args[i]})");
                    return 2;
            }
        }

        var feed = new SceneFeed();
        timeline.Mark("feed prefill");
        using var view = createView(feed, timeline, pixels);
        var run = new SceneRun(feed, view, new MonotonicSceneClock());
        run.ShowFirstFrame();
        timeline.Mark("first render");
        double startMs = ProcessStats.MillisecondsSinceStart(out var startClock);
        if (verbose) Console.Error.WriteLine(timeline.Describe());

        if (firstFrameOnly)
        {
            if (png != null) view.SavePng(png);
            Console.WriteLine(FormattableString.Invariant(
                $"{{\"program\":\"{view.ProgramName}\",\"start_ms\":{startMs:F2},\"start_clock\":\"{startClock}\",\"peak_rss_mb\":{ProcessStats.PeakResidentBytes() / 1048576.0:F2}}}"));
            return 0;
        }

        var result = run.RunToEnd();
        if (png != null) view.SavePng(png);
        var report = new SceneReport
        {
            Program = view.ProgramName,
            Mode = view.ModeName,
            StartMs = startMs,
            StartClock = startClock,
            PeakResidentBytes = ProcessStats.PeakResidentBytes(),
            Run = result,
            RepaintedShare = view.RepaintedShare,
            TextCacheHitRate = view.TextCacheHitRate,
            State = feed.StateLine(),
        };
        if (verbose && view.Diagnostics is string diagnostics) Console.Error.WriteLine(diagnostics);
        Console.WriteLine(report.ToJson());
        Console.WriteLine(feed.StateLine());
        return 0;
    }
}
