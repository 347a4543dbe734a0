using System.Diagnostics;
using Skia.Trader.Binance.Connection;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// ConnectionRenewal is one overlapping renewal of a <see cref="MarketDataFeed"/>'s stream connection (BINANCE.md
/// "Rate limits and connection renewal"): the successor connection is open and subscribed while the current one still
/// feeds the books; the successor's frames are kept here, and per symbol the first sequence ids it delivered (diff
/// <c>U</c>, trade <c>t</c>, aggregate trade <c>a</c>). Once the current connection has delivered everything up to those
/// ids for every symbol, nothing can fall between the two, and the feed hands over. Guarded by the feed's frame gate.
/// Copies frames (allocates) only during a renewal, once a day.
/// </summary>
internal sealed class ConnectionRenewal
{
    private readonly List<byte[]> _frames = new();

    public ConnectionRenewal(int symbols)
    {
        FirstDiff = new long[symbols];
        FirstTrade = new long[symbols];
        FirstAggregateTrade = new long[symbols];
        Restart();
    }

    /// <summary>Successor is the new connection (set right after construction).</summary>
    public WebSocketConnection Successor { get; set; } = null!;

    /// <summary>ConnectedAt is when the successor connected (Stopwatch timestamp), 0 while it is not.</summary>
    public long ConnectedAt { get; private set; }

    /// <summary>Deadline forces the handover when a symbol stays quiet (nothing to compare ids with).</summary>
    public Timer? Deadline { get; set; }

    /// <summary>FirstDiff is, per symbol, the U of the successor's first diff-depth event (0: none yet).</summary>
    public long[] FirstDiff { get; }

    /// <summary>FirstTrade is, per symbol, the id of the successor's first trade (-1: none yet).</summary>
    public long[] FirstTrade { get; }

    /// <summary>FirstAggregateTrade is, per symbol, the id of the successor's first aggregate trade (-1: none yet).</summary>
    public long[] FirstAggregateTrade { get; }

    /// <summary>Frames are the successor's frames, in arrival order, waiting for the handover.</summary>
    public IReadOnlyList<byte[]> Frames => _frames;

    /// <summary>OnConnected starts (or, after the successor itself reconnected, restarts) the comparison.</summary>
    public void OnConnected()
    {
        Restart();
        ConnectedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>Keep stores a copy of one successor frame.</summary>
    public void Keep(ReadOnlySpan<byte> frame) => _frames.Add(frame.ToArray());

    private void Restart()
    {
        _frames.Clear();
        Array.Fill(FirstDiff, 0);
        Array.Fill(FirstTrade, -1);
        Array.Fill(FirstAggregateTrade, -1);
        ConnectedAt = 0;
    }
}
