// The gallery: renders a page showing every toolkit widget to a PNG, headless.
// Usage: Gallery [--out gallery.png] [--scale 1] [--tab N] [--all-tabs DIR] [--frames N] [--verbose]
//        --tab N: render tab N (0-based; 0 = "Layout & text", the default). --all-tabs DIR: write DIR/tab-N-name.png for every tab.
//        --frames N: then render N steady frames (the header price ticking) and print their time and allocations.
//        --verbose: print, per start-up stage, the time since process start and the resident memory (stderr).
//        Gallery --window [--backend gl|vulkan|raster] [--screenshot FILE]   (a real window; see WindowedGallery)
using System.Globalization;
using Skia.Toolkit.Gallery;
using Skia.Toolkit.Platform;

// "--out=gallery.png" and "--out gallery.png" mean the same (./run.sh passes the first form).
args = [.. args.SelectMany(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') ? a.Split('=', 2) : [a])];
if (args.Contains("--window"))
{
    using var windowShell = new GalleryShell();
    return WindowedGallery.Run(args, windowShell, GalleryShell.Width, GalleryShell.Height);
}

string output = "gallery.png";
float scale = 1;
int frames = 0;
int tab = 0;
string? allTabs = null;
var trace = new StartupTrace(args.Contains("--verbose"));
trace.Mark("main");
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--scale" when i + 1 < args.Length && float.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0:
            scale = s;
            i++;
            break;
        case "--frames" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            frames = n;
            i++;
            break;
        case "--tab" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var t):
            tab = t;
            i++;
            break;
        case "--all-tabs" when i + 1 < args.Length:
            allTabs = args[++i];
            break;
        case "--verbose":
            break;
        default:
            Console.Error.WriteLine($"gallery: unknown or incomplete argument '{args[i]}'. Usage: Gallery [--out gallery.png] [--scale 1] [--tab N] [--all-tabs DIR] [--frames N] [--verbose]");
            return 2;
    }
}

var tabCount = GalleryShell.TabHeaders.Length;
if (tab >= tabCount)
{
    Console.Error.WriteLine($"gallery: no tab {tab}; there are {tabCount} (0 to {tabCount - 1})");
    return 2;
}

// Only the tab rendered is built (the others cost memory and start-up time for nothing).
using var page = new GalleryShell(allTabs != null ? 0 : tab);
trace.Mark("tree built");

using var window = new HeadlessWindow(page.Host, GalleryShell.Width, GalleryShell.Height, scale);
trace.Mark("window");
if (allTabs != null)
{
    Directory.CreateDirectory(allTabs);
    for (int t = 0; t < page.TabCount; t++)
    {
        page.SelectedTab = t;
        if (t == 1)
        {
            page.ShowWelcomeToast(); // the Controls picture also shows what a toast looks like
        }
        // Two frames, the second after a tick, so live cells (the market watch's flashes) show as a user sees them.
        page.Tick();
        window.RenderFrame();
        page.Tick();
        window.RenderFrame();
        var name = new string(page.TabHeader(t).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Replace("---", "-", StringComparison.Ordinal);
        var file = Path.Combine(allTabs, $"tab-{t}-{name}.png");
        SaveShownFrame(window, file);
        Console.WriteLine($"gallery: wrote {Path.GetFullPath(file)}");
        foreach (var toast in page.Host.Toasts.ToArray())
        {
            toast.Dismiss();
        }
    }
    return 0;
}

page.SelectedTab = tab;
page.Tick();
var first = window.RenderFrame();
trace.Mark("first frame");

// A second frame after a change, as the golden tests do, so what is saved went through a partial repaint.
page.Tick();
var second = window.RenderFrame();
trace.Mark("second frame");
SaveShownFrame(window, output);
trace.Mark("png written");
trace.Mappings();
Console.WriteLine($"gallery: wrote {Path.GetFullPath(output)} ({window.Backend.PixelSize.Width}x{window.Backend.PixelSize.Height}), tab {tab} \"{page.TabHeader(tab)}\"; "
    + $"first frame {first.WidgetsRendered} widgets, second frame {second.WidgetsRendered} widgets / {second.PixelsRepainted} px in {second.DirtyRects} rect(s); "
    + $"tabs built: {string.Join(",", Enumerable.Range(0, tabCount).Where(page.IsBuilt))}");
if (frames > 0)
{
    // Warm up (JIT, caches), then time steady frames in which one price label changes.
    for (int i = 0; i < 200; i++)
    {
        page.Tick();
        window.RenderFrame();
    }

    var times = new double[frames];
    long pixels = 0;
    long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    for (int i = 0; i < frames; i++)
    {
        page.Tick();
        var stats = window.RenderFrame();
        times[i] = stats.Elapsed.TotalMilliseconds;
        pixels += stats.PixelsRepainted;
    }

    long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"gallery: {frames} steady frames: p50 {times[frames / 2]:0.000} ms, p99 {times[(int)(frames * 0.99)]:0.000} ms, "
        + $"{(double)pixels / frames:0} px repainted per frame ({100.0 * pixels / frames / ((double)window.Backend.PixelSize.Width * window.Backend.PixelSize.Height):0.00} % of the window), "
        + $"{(double)allocated / frames:0.#} bytes allocated per frame"));
}

return 0;

// SaveShownFrame writes the frame last rendered, as shown: HeadlessWindow.SavePng would render one more frame
// first, and one-frame effects (a cell flashing on change) would be gone from the picture. It encodes straight
// from the back buffer: a copy of it first (Snapshot) added about 3 MB to the gallery's peak memory.
static unsafe void SaveShownFrame(HeadlessWindow window, string file)
{
    var backend = window.Backend;
    fixed (byte* pixels = backend.Pixels)
    {
        using var pixmap = new SkiaSharp.SKPixmap(backend.Info, (IntPtr)pixels, backend.RowBytes);
        using var data = pixmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the frame as PNG.");
        using var stream = File.Create(file);
        data.SaveTo(stream);
    }
}
