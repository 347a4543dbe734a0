using System.Diagnostics;
using BenchmarkDotNet.Running;
using Skia.Trader.Benchmarks.Scene;

// BenchmarkDotNet entry point (perf/bench.sh). `--quick` instead times the scene frames with a
// Stopwatch loop in-process, for a first look in seconds rather than minutes.
if (args.Length > 0 && args[0] == "--quick-feed")
{
    // The feed parsers alone, in seconds: `--quick-feed [rounds]`.
    Skia.Trader.Benchmarks.QuickSuites.RunFeed(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return 0;
}
if (args.Length > 0 && args[0] == "--quick-table")
{
    // The 50,000-row live dashboard table alone: `--quick-table [rounds]`.
    Skia.Trader.Benchmarks.QuickSuites.RunDashboardTable(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2);
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
    int frames = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300;
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
BenchmarkSwitcher.FromAssembly(typeof(SceneFrameBenchmarks).Assembly).Run(args);
return 0;
