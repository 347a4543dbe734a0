using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Books;

/// <summary>
/// OrderBookSnapshot is an immutable view of the top of a book at one update id, safe to hand
/// to any thread (the UI reads the newest one once per frame through a <c>SnapshotSlot</c>).
/// </summary>
public sealed class OrderBookSnapshot
{
    private readonly BookLevel[] _bids;
    private readonly BookLevel[] _asks;

    /// <summary>OrderBookSnapshot copies the given levels (best first) into a new immutable snapshot.</summary>
    public OrderBookSnapshot(string symbol, long lastUpdateId, long eventTime, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks)
        : this(symbol, lastUpdateId, eventTime, bids.ToArray(), asks.ToArray(), bids.Length, asks.Length, owned: true)
    {
    }

    internal OrderBookSnapshot(string symbol, long lastUpdateId, long eventTime, BookLevel[] bids, BookLevel[] asks,
        int totalBidLevels, int totalAskLevels, bool owned)
    {
        _ = owned; // marks the constructor that takes ownership of the arrays without copying
        Symbol = symbol;
        LastUpdateId = lastUpdateId;
        EventTime = eventTime;
        _bids = bids;
        _asks = asks;
        TotalBidLevels = totalBidLevels;
        TotalAskLevels = totalAskLevels;
    }

    /// <summary>Symbol is the symbol of the book.</summary>
    public string Symbol { get; }

    /// <summary>LastUpdateId is the exchange update id the snapshot reflects.</summary>
    public long LastUpdateId { get; }

    /// <summary>EventTime is the exchange time (ms since the Unix epoch) of the last update, 0 if unknown.</summary>
    public long EventTime { get; }

    /// <summary>Bids are the top bid levels, best (highest) first.</summary>
    public ReadOnlySpan<BookLevel> Bids => _bids;

    /// <summary>Asks are the top ask levels, best (lowest) first.</summary>
    public ReadOnlySpan<BookLevel> Asks => _asks;

    /// <summary>TotalBidLevels is how many bid levels the full book had (the snapshot may hold fewer).</summary>
    public int TotalBidLevels { get; }

    /// <summary>TotalAskLevels is how many ask levels the full book had.</summary>
    public int TotalAskLevels { get; }

    /// <summary>BestBid is the highest bid, or null when there are no bids.</summary>
    public BookLevel? BestBid => _bids.Length > 0 ? _bids[0] : null;

    /// <summary>BestAsk is the lowest ask, or null when there are no asks.</summary>
    public BookLevel? BestAsk => _asks.Length > 0 ? _asks[0] : null;

    /// <summary>Spread is best ask minus best bid, or null when a side is empty.</summary>
    public Price? Spread => _bids.Length > 0 && _asks.Length > 0 ? _asks[0].Price - _bids[0].Price : null;
}
