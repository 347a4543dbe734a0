using System.Diagnostics;
using BenchmarkDotNet.Running;
using Skia.Trader.Benchmarks.Scene;

// A person's mistake gets one line and exit 64, not a stack trace or a help page with exit 0.
static int Rounds(string[] args, int fallback)
{
    if (args.Length < 2) return fallback;
    if (int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 100_000) return n;
    Console.Error.WriteLine($"error: {args[0]} takes a whole number from 1 to 100000, got '{args[1]}'");
    Environment.Exit(64);
    return 0;
}

// BenchmarkDotNet entry point (perf/bench.sh). `--quick` instead times the scene frames with a
// Stopwatch loop in-process, for a first look in seconds rather than minutes.
if (args.Length > 0 && args[0] == "--quick-feed")
{
    // The feed parsers alone, in seconds: `--quick-feed [rounds]`.
    Skia.Trader.Benchmarks.QuickSuites.RunFeed(Rounds(args, 3));
    return 0;
}
if (args.Length > 0 && args[0] == "--quick-table")
{
    // The 50,000-row live dashboard table alone: `--quick-table [rounds]`.
    Skia.Trader.Benchmarks.QuickSuites.RunDashboardTable(Rounds(args, 2));
    return 0;
}
if (args.Length > 0 && args[0] == "--quick")
{
    var bench = new SceneFrameBenchmarks();
    bench.Setup();
    (string Name, Action Frame)[] cases =
    [
        ("RawFullFrame", bench.RawFullFrame),
        ("ToolkitPartialFrame", bench.ToolkitPartialFrame),
        ("ToolkitRgbaFrame", bench.ToolkitRgbaFrame),
        ("ToolkitFullFrame", bench.ToolkitFullFrame),
        ("ToolkitUpdateOnly", bench.ToolkitUpdateOnly),
    ];
    int frames = Rounds(args, 300);
    for (int round = 0; round < 2; round++)
    {
        foreach (var (name, frame) in cases)
        {
            for (int i = 0; i < 20; i++) frame();
            long start = Stopwatch.GetTimestamp();
            long cpu0 = (long)Environment.CpuUsage.TotalTime.TotalMicroseconds;
            for (int i = 0; i < frames; i++) frame();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds / frames;
            double cpu = (Environment.CpuUsage.TotalTime.TotalMicroseconds - cpu0) / 1000.0 / frames;
            Console.WriteLine(FormattableString.Invariant($"{name,-24} {ms,8:F3} ms/frame wall  {cpu,8:F3} ms/frame cpu"));
        }
    }
    bench.Cleanup();
    Skia.Trader.Benchmarks.QuickSuites.Run();
    return 0;
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SceneFrameBenchmarks).Assembly).Run(args).ToList();
// BenchmarkDotNet answers bad options with its help page; nothing ran then, and that is an error.
if (summaries.Count == 0 && !args.Any(a => a is "--help" or "-h" or "--list" or "--version" or "--info"))
{
    Console.Error.WriteLine("error: no benchmark ran (unknown option or a filter that matched nothing; see --help)");
    return 64;
}
return 0;
