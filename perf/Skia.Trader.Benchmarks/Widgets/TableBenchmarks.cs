using BenchmarkDotNet.Attributes;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;

namespace Skia.Trader.Benchmarks.Widgets;

/// <summary>
/// TableBenchmarks drives a 1,000,000-row Table in a HeadlessWindow: a frame after scrolling by
/// one page (every visible row rebinds), and a stable sort by a numeric column of shuffled data.
/// Targets (issue 6): ≤ 2 ms per frame, sort ≤ 150 ms.
/// </summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    /// <summary>Rows is the table size of the target.</summary>
    public const int Rows = 1_000_000;

    private Table<TradeRow> _table = null!;
    private HeadlessWindow _window = null!;
    private int _sortRound;

    /// <summary>Setup fills the table with pseudo-random trades and renders the first frame.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rows = new TradeRow[Rows];
        // xorshift32, as the scene feed: reproducible shuffled prices and sizes, so the sort has real work.
        uint x = 2463534242;
        for (var i = 0; i < rows.Length; i++)
        {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            rows[i] = new TradeRow(i % 3 == 0 ? "BTCUSDT" : "ETHUSDT", 20000m + (x % 1_000_000) / 100m, (x >> 8) % 100_000 / 1000m, (x & 1) == 0);
        }
        _table = new Table<TradeRow>(
        [
            TableColumn<TradeRow>.Text("Symbol", t => t.Symbol),
            TableColumn<TradeRow>.Text("Side", t => t.Side),
            TableColumn<TradeRow>.Numeric("Price", t => t.Price, 2),
            TableColumn<TradeRow>.Numeric("Size", t => t.Size, 3),
        ]);
        _table.Items = rows;
        // The scene's window size (perf/SCENE.md): a realistic number of visible rows.
        _window = new HeadlessWindow(_table, 1280, 800);
        _window.RenderFrame();
    }

    /// <summary>Cleanup releases the window's surface.</summary>
    [GlobalCleanup]
    public void Cleanup() => _window.Dispose();

    /// <summary>ScrollPageFrame scrolls down one page (wrapping at the end) and renders the frame.</summary>
    [Benchmark]
    public void ScrollPageFrame()
    {
        var list = _table.List;
        var next = list.ScrollOffset + list.Bounds.Height;
        list.ScrollOffset = next > list.MaxOffset ? 0 : next;
        _window.RenderFrame();
    }

    /// <summary>SortByColumn sorts the million rows by price or size in turn (each a full re-sort), then renders.</summary>
    [Benchmark]
    public void SortByColumn()
    {
        _table.SortBy(2 + (_sortRound++ & 1));
        _window.RenderFrame();
    }
}
