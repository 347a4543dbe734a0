using BenchmarkDotNet.Attributes;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;

namespace Skia.Trader.Benchmarks.Widgets;

/// <summary>
/// DashboardTableBenchmarks is issue 11's dashboard table: 50,000 rows sorted by price (descending) and filtered
/// (about half shown), 500 row changes a second arriving at 60 frames a second (8 or 9 a frame), in a 1280x800
/// HeadlessWindow. Target: at most 1 ms of table work per frame and 0 B per steady frame. One operation is one
/// frame: <see cref="ChangesOnly"/> is the table work (the changed rows moved and re-filtered), <see cref="ChangesAndFrame"/>
/// adds laying out and painting the frame, <see cref="FullRefreshAndFrame"/> is the way before RowsChanged (a full
/// re-sort per frame) for comparison. <see cref="Scrolled"/> puts the viewport at the top (a "top movers" view, where
/// most changes land out of view) or in the middle (where most changes shift the visible rows).
/// </summary>
[MemoryDiagnoser]
public class DashboardTableBenchmarks
{
    /// <summary>Rows is the table size of the target.</summary>
    public const int Rows = 50_000;

    /// <summary>ChangesPerSecond is the change rate of the target.</summary>
    public const double ChangesPerSecond = 500;

    /// <summary>FramesPerSecond is the frame rate the changes are spread over.</summary>
    public const double FramesPerSecond = 60;

    private LiveQuote[] _rows = null!;
    private Table<LiveQuote> _table = null!;
    private HeadlessWindow _window = null!;
    private readonly int[] _changed = new int[16];
    private double _due;
    private uint _random = 2463534242;

    /// <summary>Scrolled puts the viewport in the middle of the shown rows instead of at the top.</summary>
    [Params(false, true)]
    public bool Scrolled { get; set; }

    /// <summary>Setup fills the table, sorts and filters it, and renders the first frame.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rows = new LiveQuote[Rows];
        for (var i = 0; i < Rows; i++) _rows[i] = new LiveQuote("SYM" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), NextPrice(), NextVolume());
        _table = new Table<LiveQuote>(
        [
            TableColumn<LiveQuote>.Text("Symbol", q => q.Symbol),
            TableColumn<LiveQuote>.Numeric("Price", q => q.Price, 2),
            TableColumn<LiveQuote>.Numeric("Volume", q => q.Volume, 0),
        ]);
        _table.Items = _rows;
        _table.SortBy(1, descending: true);
        _table.Filter = static q => q.Volume >= 500;
        _window = new HeadlessWindow(_table, 1280, 800);
        _window.RenderFrame();
        if (Scrolled)
        {
            _table.List.ScrollToIndex(_table.DisplayCount / 2);
            _window.RenderFrame();
        }
    }

    /// <summary>Cleanup releases the window's surface.</summary>
    [GlobalCleanup]
    public void Cleanup() => _window.Dispose();

    /// <summary>ChangesOnly changes one frame's share of rows (price and volume, so some enter or leave the filter) and tells the table.</summary>
    [Benchmark]
    public void ChangesOnly() => _table.RowsChanged(ChangeRows());

    /// <summary>ChangesAndFrame is <see cref="ChangesOnly"/> plus the frame that shows it.</summary>
    [Benchmark]
    public void ChangesAndFrame()
    {
        _table.RowsChanged(ChangeRows());
        _window.RenderFrame();
    }

    /// <summary>FullRefreshAndFrame changes the same share of rows but re-sorts and re-filters everything (Refresh), then renders.</summary>
    [Benchmark]
    public void FullRefreshAndFrame()
    {
        ChangeRows();
        _table.Refresh();
        _window.RenderFrame();
    }

    // 500 a second over 60 frames: 8 or 9 this frame, 500 over every 60.
    private ReadOnlySpan<int> ChangeRows()
    {
        _due += ChangesPerSecond / FramesPerSecond;
        var count = (int)_due;
        _due -= count;
        for (var k = 0; k < count; k++)
        {
            var i = (int)(Next() % Rows);
            _changed[k] = i;
            _rows[i].Price = NextPrice();
            _rows[i].Volume = NextVolume();
        }
        return _changed.AsSpan(0, count);
    }

    // xorshift32, as the other table benchmark: reproducible and allocation-free.
    private uint Next()
    {
        var x = _random;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        return _random = x;
    }

    private decimal NextPrice() => 10m + (Next() % 10_000_000) / 100m;

    private decimal NextVolume() => Next() % 1000;
}
