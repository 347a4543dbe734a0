// The gallery: every toolkit widget, as a short program on the app host (Skia.Toolkit.Hosting.Application).
// It runs headless unless given --window; the host's options (--window, --headless, --backend, --scale,
// --screenshot FILE, alias --out, --exit-after S, --markup FILE) come with it; see --help. Its own options:
//   --tab N          show tab N (0-based; 0 = "Layout & text", the default); only that tab is built.
//   --all-tabs DIR   write DIR/tab-N-name.png for every tab, then exit.
//   --frames N       time N steady frames (the header price ticking) and print their time and allocations.
//   --bench N        repaint the whole window N times and print the clock's statistics (with --no-vsync: unpaced).
//   --verbose        print, per start-up stage, the time since process start and the resident memory (stderr).
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Skia.Toolkit.Gallery;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Platform;

var tabs = GalleryShell.TabHeaders.Length;
var tab = new Option<int>("--tab") { Description = $"Show tab N (0 to {tabs - 1}); only that tab is built.", HelpName = "N" };
tab.Validators.Add(r => { if (r.GetValueOrDefault<int>() is var t && (t < 0 || t >= tabs)) r.AddError($"no tab {t}; there are {tabs} (0 to {tabs - 1})"); });
var allTabs = new Option<string?>("--all-tabs") { Description = "Write DIR/tab-N-name.png for every tab, then exit.", HelpName = "DIR" };
var frames = new Option<int>("--frames") { Description = "Time N steady frames and print their time and allocations.", HelpName = "N" };
var bench = new Option<int>("--bench") { Description = "Repaint the whole window N times and print the frame statistics (unpaced with --no-vsync).", HelpName = "N" };
foreach (var count in new[] { frames, bench })
{
    count.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError($"{r.Option.Name} needs a frame count of 1 or more"); });
}
var verbose = new Option<bool>("--verbose") { Description = "Print where start-up time and memory go (stderr)." };

GalleryShell? shell = null;
StartupTrace trace = new(enabled: false);
var app = new Application("gallery")
{
    Title = "Skia.Toolkit gallery",
    Width = GalleryShell.Width,
    Height = GalleryShell.Height,
    HeadlessByDefault = true,
    Started = (window, parsed) =>
    {
        trace.Mark("window");
        if (parsed.GetValue(allTabs) is { } dir) return WriteAllTabs(shell!, (HeadlessWindow)window, dir);
        shell!.ShowWelcomeToast();
        shell.Tick();
        if (parsed.GetValue(frames) is > 0 and var n) return SteadyFrames(shell, window, n);
        if (parsed.GetValue(bench) is > 0 and var b) return Bench(window, b);
        return null;
    },
    Turn = _ => shell!.Tick(),
};
app.Command.Options.Single(o => o.Name == "--screenshot").Aliases.Add("--out"); // the gallery's older name; ./run.sh uses it
app.Command.Add(tab);
app.Command.Add(allTabs);
app.Command.Add(frames);
app.Command.Add(bench);
app.Command.Add(verbose);
app.Command.Validators.Add(r =>
{
    if (r.GetValue(allTabs) != null && r.GetValue<bool>("--window")) r.AddError("--all-tabs renders headless: drop --window");
});

try
{
    var code = app.Run(args, parsed =>
    {
        trace = new StartupTrace(parsed.GetValue(verbose));
        trace.Mark("arguments parsed");
        // Only the tab shown is built (the others cost memory and start-up time for nothing).
        shell = new GalleryShell(parsed.GetValue(allTabs) != null ? 0 : parsed.GetValue(tab));
        shell.SelectedTab = parsed.GetValue(tab);
        trace.Mark("tree built");
        return shell.Host;
    });
    trace.Mark("done");
    trace.Mappings();
    if (code == 0 && shell != null)
    {
        Console.WriteLine($"gallery: tab {shell.SelectedTab} \"{shell.TabHeader(shell.SelectedTab)}\"; tabs built: {string.Join(",", Enumerable.Range(0, tabs).Where(shell.IsBuilt))}");
    }
    return code;
}
finally
{
    shell?.Dispose();
}

// WriteAllTabs writes one picture per tab, each as a user sees it: two frames, the second after a tick, so live
// cells (the market watch's flashes) show; the picture is the frame shown, not one more render.
static int WriteAllTabs(GalleryShell shell, HeadlessWindow window, string dir)
{
    Directory.CreateDirectory(dir);
    for (var t = 0; t < shell.TabCount; t++)
    {
        shell.SelectedTab = t;
        if (t == 1) shell.ShowWelcomeToast(); // the Controls picture also shows what a toast looks like
        shell.Tick();
        window.RenderFrame();
        shell.Tick();
        window.RenderFrame();
        var name = new string(shell.TabHeader(t).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Replace("---", "-", StringComparison.Ordinal);
        var file = Path.Combine(dir, $"tab-{t}-{name}.png");
        using (var stream = File.Create(file)) window.WriteShownPng(stream);
        Console.WriteLine($"gallery: wrote {Path.GetFullPath(file)}");
        foreach (var toast in shell.Host.Toasts.ToArray()) toast.Dismiss();
    }
    return 0;
}

// SteadyFrames warms up (JIT, caches), then times frames in which one price label changes (each timed on its own:
// the clock's histogram rounds to its buckets, too coarse for frames of a tenth of a millisecond).
static int SteadyFrames(GalleryShell shell, IAppWindow window, int frames)
{
    for (var i = 0; i < 200; i++)
    {
        shell.Tick();
        window.RenderIfNeeded();
    }
    var times = new double[frames];
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < frames; i++)
    {
        shell.Tick();
        var start = Stopwatch.GetTimestamp();
        window.RenderIfNeeded();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"gallery: {frames} steady frames: p50 {times[frames / 2]:0.000} ms, p99 {times[(int)(frames * 0.99)]:0.000} ms, {(double)allocated / frames:0.#} bytes allocated per frame"));
    return 0;
}

// Bench repaints the whole window as fast as it can: what a backend costs per full frame.
static int Bench(IAppWindow window, int frames)
{
    window.RenderIfNeeded();
    window.Clock.ResetStatistics();
    for (var f = 0; f < frames; f++)
    {
        window.Root.DirtyRegion.AddAll();
        window.RenderIfNeeded();
    }
    var stats = window.Clock.Statistics;
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"gallery: {window.BackendName}: {stats.FramesShown} frames, p50 {stats.P50.TotalMilliseconds:F2} ms, p99 {stats.P99.TotalMilliseconds:F2} ms, max {stats.Max.TotalMilliseconds:F2} ms, dropped {stats.FramesDropped}"));
    return 0;
}
