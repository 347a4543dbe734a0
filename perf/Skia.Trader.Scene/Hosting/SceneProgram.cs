using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.Scene.Pacing;

namespace Skia.Trader.Scene.Hosting;

/// <summary>
/// SceneProgram is the shared <c>Main</c> of the scene programs: it times start-up, runs the paced
/// 10 s scene, and prints one JSON line then the final state line. Options: <c>--mode
/// headless|raster-window|gl|vulkan</c> (where to draw: a raster surface in memory, the default and primary
/// figure, or a real 1280x800 window), <c>--first-frame</c> (exit after the first complete frame,
/// for start-up timing), <c>--seconds S</c> (a shortened run of S seconds, 1 to 10, for tests; only
/// the full run ends in the reference state), <c>--png FILE</c> (save the last frame),
/// <c>--verbose</c> (start-up breakdown on stderr), <c>--pixels n32|rgba</c> (headless back-buffer
/// pixel order: Skia's native order, the default, or RGBA), <c>--frame-log FILE</c> (one TSV line per
/// frame: work, thread CPU, updates applied, orders added, repainted pixels, text-cache misses), <c>--raster-first</c>
/// (gl and vulkan: the toolkit shows its first frames from the CPU while the GPU backend is made on a worker; with
/// <c>--first-frame</c> the JSON line adds <c>gpu_ms</c>, process start to the first GPU frame on the screen).
/// In a window, start_ms ends when the first frame is on the X server (one pixel read back), not when it was submitted.
/// </summary>
public static class SceneProgram
{
    private const string Usage = "usage: [--mode headless|raster-window|gl|vulkan] [--first-frame] [--seconds 1-10] [--png FILE] [--verbose] [--pixels n32|rgba] [--frame-log FILE] [--raster-first]";

    /// <summary>Run runs the scene with the view <paramref name="createView"/> builds, printing to standard output, and returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="createView">Builds the view for a feed and the options asked for; it may mark start-up phases (fonts, tree build, layout) on the timeline.</param>
    public static int Run(string[] args, Func<SceneFeed, StartupTimeline, SceneViewOptions, IMeasuredSceneView> createView) =>
        Run(args, createView, Console.Out);

    /// <summary>Run runs the scene with the view <paramref name="createView"/> builds, printing the JSON and state lines to <paramref name="output"/>, and returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="createView">Builds the view for a feed and the options asked for; it may mark start-up phases (fonts, tree build, layout) on the timeline.</param>
    /// <param name="output">Where the JSON line and the state line go (standard output in the programs, a buffer in tests).</param>
    public static int Run(string[] args, Func<SceneFeed, StartupTimeline, SceneViewOptions, IMeasuredSceneView> createView, TextWriter output)
    {
        double runtimeStartMs = ProcessStats.MillisecondsSinceStart(out _);
        var timeline = new StartupTimeline(runtimeStartMs);
        bool firstFrameOnly = false, verbose = false, rasterFirst = false;
        string? png = null, frameLog = null;
        string pixels = "n32";
        var mode = SceneMode.Headless;
        int durationMs = SceneRun.DurationMs;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--first-frame": firstFrameOnly = true; break;
                case "--verbose": verbose = true; break;
                case "--raster-first": rasterFirst = true; break;
                case "--png" when i + 1 < args.Length: png = args[++i]; break;
                case "--frame-log" when i + 1 < args.Length: frameLog = args[++i]; break;
                case "--pixels" when i + 1 < args.Length && args[i + 1] is "n32" or "rgba": pixels = args[++i]; break;
                case "--mode" when i + 1 < args.Length && TryParseMode(args[i + 1], out mode): i++; break;
                case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int seconds)
                    && seconds is >= 1 and <= SceneRun.DurationMs / 1000:
                    durationMs = seconds * 1000;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"{Usage} (unknown or bad: {args[i]})");
                    return 2;
            }
        }
        // An output file that cannot be written is refused now, in one line, not after a 10 s run.
        foreach (var (option, path) in new[] { ("--png", png), ("--frame-log", frameLog) })
        {
            if (path is not null && WhyNotWritable(path) is { } why)
            {
                Console.Error.WriteLine($"scene: {option} {path}: {why}");
                return 2;
            }
        }

        if (rasterFirst && mode is not (SceneMode.Gl or SceneMode.Vulkan))
        {
            Console.Error.WriteLine($"{Usage} (--raster-first needs --mode gl or vulkan)");
            return 2;
        }

        var feed = new SceneFeed();
        timeline.Mark("feed prefill");
        IMeasuredSceneView view;
        try
        {
            view = createView(feed, timeline, new SceneViewOptions(mode, pixels, rasterFirst));
        }
        catch (Exception e) when (mode != SceneMode.Headless)
        {
            // No display, no GL context, no Vulkan device: say so plainly instead of a stack trace.
            Console.Error.WriteLine($"scene: cannot open a {ModeName(mode)} window: {e.Message}");
            return 1;
        }
        using var disposeView = view;
        var log = frameLog != null ? new FrameLog(SceneRun.FrameSlots) : null;
        var run = new SceneRun(feed, view, new MonotonicSceneClock(), durationMs) { Log = log };
        run.ShowFirstFrame();
        timeline.Mark("first render");
        view.WaitUntilShown();
        timeline.Mark("on screen");
        double startMs = ProcessStats.MillisecondsSinceStart(out var startClock);

        if (firstFrameOnly)
        {
            // --raster-first: how long until the GPU backend has taken over and its first frame is on the screen too.
            string gpu = "";
            if (rasterFirst && view.ShowOnGpu() is { } backend)
            {
                timeline.Mark("gpu");
                gpu = FormattableString.Invariant($",\"gpu_ms\":{ProcessStats.MillisecondsSinceStart(out _):F2},\"gpu_backend\":\"{backend}\"");
            }
            if (verbose) Console.Error.WriteLine(timeline.Describe());
            if (png != null) view.SavePng(png);
            output.WriteLine(FormattableString.Invariant(
                $"{{\"program\":\"{view.ProgramName}\",\"mode\":\"{view.ModeName}\",\"start_ms\":{startMs:F2},\"start_clock\":\"{startClock}\"{gpu},\"peak_rss_mb\":{ProcessStats.PeakResidentBytes() / 1048576.0:F2}}}"));
            return 0;
        }
        if (verbose) Console.Error.WriteLine(timeline.Describe());

        var result = run.RunToEnd();
        if (png != null) view.SavePng(png);
        if (log != null)
        {
            using var logFile = File.CreateText(frameLog!);
            log.WriteTsv(logFile);
        }
        var report = new SceneReport
        {
            Program = view.ProgramName,
            Mode = view.ModeName,
            StartMs = startMs,
            StartClock = startClock,
            PeakResidentBytes = ProcessStats.PeakResidentBytes(),
            Run = result,
            RepaintedShare = view.RepaintedShare,
            MovedShare = view.MovedShare,
            OffscreenShare = view.OffscreenShare,
            TextCacheHitRate = view.TextCacheHitRate,
            State = feed.StateLine(),
        };
        if (verbose && view.Diagnostics is string diagnostics) Console.Error.WriteLine(diagnostics);
        output.WriteLine(report.ToJson());
        output.WriteLine(feed.StateLine());
        return 0;
    }

    /// <summary>ModeName is the mode as the command line and the JSON line spell it ("headless", "raster-window", "gl", "vulkan").</summary>
    public static string ModeName(SceneMode mode) => mode switch
    {
        SceneMode.RasterWindow => "raster-window",
        SceneMode.Gl => "gl",
        SceneMode.Vulkan => "vulkan",
        _ => "headless",
    };

    private static bool TryParseMode(string text, out SceneMode mode)
    {
        switch (text)
        {
            case "headless": mode = SceneMode.Headless; return true;
            case "raster-window": mode = SceneMode.RasterWindow; return true;
            case "gl": mode = SceneMode.Gl; return true;
            case "vulkan": mode = SceneMode.Vulkan; return true;
            default: mode = SceneMode.Headless; return false;
        }
    }

    // WhyNotWritable says why a file cannot be created at path (its folder is missing, or it is a folder), or null.
    private static string? WhyNotWritable(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return "is a directory";
        string? folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder)) return $"directory {folder} does not exist";
        // Open it for writing now (and remove it again if it was not there), so a read-only or special place is
        // refused before the run rather than failing at the end of it.
        bool existed = File.Exists(full);
        try
        {
            using (File.Open(full, FileMode.OpenOrCreate, FileAccess.Write)) { }
            if (!existed) File.Delete(full);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be written (" + e.GetType().Name + ")";
        }
    }
}
