using BenchmarkDotNet.Attributes;
using Skia.Trader.Benchmarks.Feed;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Threading;

namespace Skia.Trader.Benchmarks.Books;

/// <summary>
/// OrderBookBenchmarks applies real NKNUSDT diffs (parsed once in setup) to an OrderBook seeded
/// with the real 1000-level REST snapshot, and publishes a top-20 OrderBookSnapshot through a
/// SnapshotSlot — the market-data thread's work per depth event.
/// </summary>
[MemoryDiagnoser]
public class OrderBookBenchmarks
{
    /// <summary>Depth is the snapshot depth the terminal's book view shows.</summary>
    public const int Depth = 20;

    private readonly SnapshotSlot<OrderBookSnapshot> _slot = new();
    private OrderBook _book = null!;
    private BookLevel[][] _bids = null!;
    private BookLevel[][] _asks = null!;
    private long _updateId;
    private int _next;

    /// <summary>Setup seeds the book from the real snapshot and parses the real diffs of the same symbol.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var symbols = new SymbolTable();
        foreach (var symbol in RecordedFrames.Symbols) symbols.Add(symbol);
        var parser = new MarketFrameParser(symbols);
        parser.Parse(RecordedFrames.Snapshots()["NKNUSDT"], streamSymbolId: 0);
        _book = new OrderBook("NKNUSDT");
        _book.ApplySnapshot(parser.Event.FinalUpdateId, parser.Event.Bids, parser.Event.Asks);
        _updateId = parser.Event.FinalUpdateId;
        var bids = new List<BookLevel[]>();
        var asks = new List<BookLevel[]>();
        foreach (var frame in RecordedFrames.DiffDepth())
        {
            if (parser.Parse(frame) == MarketEventKind.Rejected || parser.Event.SymbolId != 0) continue;
            bids.Add(parser.Event.Bids.ToArray());
            asks.Add(parser.Event.Asks.ToArray());
        }
        _bids = bids.ToArray();
        _asks = asks.ToArray();
        if (_bids.Length == 0 || _book.BidCount < Depth) throw new InvalidOperationException("NKNUSDT data missing");
    }

    /// <summary>ApplyDiff applies one diff event to the book.</summary>
    [Benchmark]
    public int ApplyDiff()
    {
        var i = _next++ % _bids.Length;
        _book.ApplyDiff(++_updateId, _bids[i], _asks[i]);
        return _book.BidCount;
    }

    /// <summary>ApplyDiffAndPublish applies one diff and publishes a fresh top-20 snapshot.</summary>
    [Benchmark]
    public long ApplyDiffAndPublish()
    {
        var i = _next++ % _bids.Length;
        _book.ApplyDiff(++_updateId, _bids[i], _asks[i]);
        _slot.Publish(_book.ToSnapshot(Depth));
        return _slot.Version;
    }
}
