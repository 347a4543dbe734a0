using System.Diagnostics;
using System.Globalization;
using Skia.Trader.Benchmarks.Books;
using Skia.Trader.Benchmarks.Feed;
using Skia.Trader.Benchmarks.Widgets;

namespace Skia.Trader.Benchmarks;

/// <summary>
/// QuickSuites times the feed, order-book and table suites in-process with a Stopwatch for
/// `--quick`: seconds instead of BenchmarkDotNet's minutes, with allocation per operation from
/// GC.GetAllocatedBytesForCurrentThread.
/// </summary>
internal static class QuickSuites
{
    /// <summary>Run times every suite twice and prints one line per case.</summary>
    public static void Run()
    {
        var feed = new FeedParsingBenchmarks();
        feed.Setup();
        var book = new OrderBookBenchmarks();
        book.Setup();
        var table = new TableBenchmarks();
        table.Setup();
        (string Name, Action Op, int OpsPerCall, int Calls)[] cases =
        [
            .. FeedCases(feed),
            ("BookApplyDiff", () => book.ApplyDiff(), 1, 200_000),
            ("BookApplyDiffAndPublish", () => book.ApplyDiffAndPublish(), 1, 200_000),
            ("TableScrollPageFrame", table.ScrollPageFrame, 1, 300),
            ("TableSortByColumn", table.SortByColumn, 1, 6),
        ];
        Time(cases, rounds: 2);
        table.Cleanup();
        RunDashboardTable(rounds: 2);
    }

    /// <summary>RunDashboardTable times the 50,000-row live table (`--quick-table [rounds]`), viewport at the top then in the middle.</summary>
    public static void RunDashboardTable(int rounds)
    {
        foreach (var scrolled in new[] { false, true })
        {
            var dashboard = new DashboardTableBenchmarks { Scrolled = scrolled };
            dashboard.Setup();
            var where = scrolled ? "Mid" : "Top";
            // Symbols scrolled into view for the first time in a while are shaped (and their ShapedText allocated):
            // the text cache's misses tell that allocation apart from the table's.
            var cache = Skia.Toolkit.Text.TextMeasureCache.ForCurrentThread;
            var misses = cache.Misses;
            Time(
            [
                ($"Dashboard{where}ChangesOnly", dashboard.ChangesOnly, 1, 3000),
                ($"Dashboard{where}ChangesAndFrame", dashboard.ChangesAndFrame, 1, 600),
                ($"Dashboard{where}FullRefreshAndFrame", dashboard.FullRefreshAndFrame, 1, 60),
            ], rounds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Dashboard{where}: {cache.Misses - misses} text cache misses (strings shaped) over all of these frames"));
            dashboard.Cleanup();
        }
    }

    /// <summary>RunFeed times only the feed parsers (`--quick-feed`), in <paramref name="rounds"/> rounds: seconds, without the table's million-row setup.</summary>
    public static void RunFeed(int rounds)
    {
        var feed = new FeedParsingBenchmarks();
        feed.Setup();
        Time(FeedCases(feed), rounds);
    }

    private static (string Name, Action Op, int OpsPerCall, int Calls)[] FeedCases(FeedParsingBenchmarks feed) =>
    [
        ("FeedDepth5", () => feed.Depth5(), FeedParsingBenchmarks.Batch, 2000),
        ("FeedDiffDepth", () => feed.DiffDepth(), FeedParsingBenchmarks.Batch, 500),
        ("FeedExecutionReport", () => feed.ExecutionReport(), FeedParsingBenchmarks.Batch, 200),
    ];

    private static void Time((string Name, Action Op, int OpsPerCall, int Calls)[] cases, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, op, opsPerCall, calls) in cases)
            {
                for (var i = 0; i < Math.Min(calls, 20); i++) op();
                long bytes0 = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                // Process CPU time as well as wall time: on a loaded 2-core machine the wall clock also counts waiting for a core.
                double cpu0 = Environment.CpuUsage.TotalTime.TotalSeconds;
                for (var i = 0; i < calls; i++) op();
                double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                double cpu = Environment.CpuUsage.TotalTime.TotalSeconds - cpu0;
                double ops = (double)calls * opsPerCall;
                double bytes = (GC.GetAllocatedBytesForCurrentThread() - bytes0) / ops;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-34} {seconds * 1e6 / ops,10:F3} us/op wall {cpu * 1e6 / ops,10:F3} us/op cpu  {ops / cpu,12:N0} ops/cpu-s  {bytes,8:F1} B/op"));
            }
        }
    }
}
