using BenchmarkDotNet.Attributes;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Benchmarks.Feed;

/// <summary>
/// FeedParsingBenchmarks parses real frames with the client's own parsers: depth5 (partial depth)
/// and diff depth through MarketFrameParser, executionReport through UserDataParser. One
/// invocation parses a fixed batch, so the reported time and allocation are per message.
/// Target (issue 6): depth5 ≥ 1,000,000 msgs/s/core, 0 B/msg.
/// </summary>
[MemoryDiagnoser]
public class FeedParsingBenchmarks
{
    /// <summary>Batch is the messages parsed per invocation (OperationsPerInvoke).</summary>
    public const int Batch = 1024;

    private MarketFrameParser _parser = null!;
    private byte[][] _depth5 = null!;
    private byte[][] _diffs = null!;
    private byte[] _executionReport = null!;
    private long _sink;

    /// <summary>Setup loads the frames and warms the parser's symbol table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var symbols = new SymbolTable();
        foreach (var symbol in RecordedFrames.Symbols) symbols.Add(symbol);
        _parser = new MarketFrameParser(symbols);
        _depth5 = RecordedFrames.Depth5();
        _diffs = RecordedFrames.DiffDepth();
        _executionReport = RecordedFrames.ExecutionReport;
        foreach (var frame in _depth5)
        {
            // Every depth5 frame must parse to its symbol with five levels a side, or the figure means nothing.
            if (_parser.Parse(frame) == MarketEventKind.Rejected || _parser.Event.SymbolId < 0 || _parser.Event.Bids.Length != 5 || _parser.Event.Asks.Length != 5)
                throw new InvalidOperationException("depth5 frame not parsed as 5+5 levels: " + _parser.Event.Rejection);
        }
        if (_parser.Parse(_diffs[0]) == MarketEventKind.Rejected) throw new InvalidOperationException("diff frame rejected: " + _parser.Event.Rejection);
        if (UserDataParser.Parse(_executionReport).Kind != UserDataEventKind.ExecutionReport) throw new InvalidOperationException("executionReport not recognised");
    }

    /// <summary>Depth5 parses one combined-stream depth5 frame.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public long Depth5()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            _parser.Parse(_depth5[i & 3]);
            sum += _parser.Event.Bids.Length;
        }
        return _sink = sum;
    }

    /// <summary>DiffDepth parses one real depthUpdate frame (177 of them, in turn).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public long DiffDepth()
    {
        long sum = 0;
        var frames = _diffs;
        for (var i = 0; i < Batch; i++)
        {
            _parser.Parse(frames[i % frames.Length]);
            sum += _parser.Event.FinalUpdateId;
        }
        return _sink = sum;
    }

    /// <summary>ExecutionReport parses the documented executionReport event.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public long ExecutionReport()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += (long)UserDataParser.Parse(_executionReport).Kind;
        return _sink = sum;
    }

    /// <summary>FrameBytes is the mean frame size of each case, for MB/s.</summary>
    public (double Depth5, double Diff, int ExecutionReport) FrameBytes() =>
        (_depth5.Average(f => f.Length), _diffs.Average(f => f.Length), _executionReport.Length);
}
