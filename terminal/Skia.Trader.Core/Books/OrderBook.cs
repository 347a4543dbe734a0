using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Books;

/// <summary>
/// OrderBook is the full, mutable book of one symbol, owned by a single thread (the feed).
/// Apply a REST snapshot, then diff levels (quantity zero removes a level); publish immutable
/// top-N copies with <see cref="ToSnapshot"/>. Updating a level allocates nothing once the
/// book has grown to its working size. Not thread-safe by design: other threads see only snapshots.
/// </summary>
public sealed class OrderBook
{
    private readonly BookLevels _bids;
    private readonly BookLevels _asks;

    /// <summary>OrderBook makes an empty book for <paramref name="symbol"/>, pre-sized for <paramref name="capacity"/> levels a side.</summary>
    public OrderBook(string symbol, int capacity = 1024)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        Symbol = symbol;
        _bids = new BookLevels(isAsk: false, capacity);
        _asks = new BookLevels(isAsk: true, capacity);
    }

    /// <summary>Symbol is the symbol this book belongs to.</summary>
    public string Symbol { get; }

    /// <summary>LastUpdateId is the exchange's update id the book reflects (the snapshot's lastUpdateId, then each diff's final id u).</summary>
    public long LastUpdateId { get; private set; }

    /// <summary>EventTime is the exchange time (ms since the Unix epoch) of the last applied update, 0 if unknown.</summary>
    public long EventTime { get; private set; }

    /// <summary>BidCount is the number of bid levels.</summary>
    public int BidCount => _bids.Count;

    /// <summary>AskCount is the number of ask levels.</summary>
    public int AskCount => _asks.Count;

    /// <summary>IsCrossed says whether the best bid is at or above the best ask, which a correct book never shows.</summary>
    public bool IsCrossed => _bids.Count > 0 && _asks.Count > 0 && _bids.Get(0).Price >= _asks.Get(0).Price;

    /// <summary>Clear empties both sides and forgets the update id (before a resync).</summary>
    public void Clear()
    {
        _bids.Clear();
        _asks.Clear();
        LastUpdateId = 0;
        EventTime = 0;
    }

    /// <summary>ApplySnapshot replaces the whole book with a REST snapshot's levels and lastUpdateId.</summary>
    public void ApplySnapshot(long lastUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks)
    {
        Clear();
        foreach (BookLevel level in bids)
            _bids.Set(level.Price, level.Quantity);
        foreach (BookLevel level in asks)
            _asks.Set(level.Price, level.Quantity);
        LastUpdateId = lastUpdateId;
    }

    /// <summary>
    /// SetLevel sets one level while a snapshot or a diff is being read (quantity zero removes it);
    /// finish with <see cref="CompleteUpdate"/>. Lets a parser apply levels as it reads them, with no buffer.
    /// </summary>
    public void SetLevel(BookSide side, Price price, Quantity quantity) =>
        (side == BookSide.Bid ? _bids : _asks).Set(price, quantity);

    /// <summary>CompleteUpdate records the update id (and event time) the levels set since the last call belong to.</summary>
    public void CompleteUpdate(long lastUpdateId, long eventTime = 0)
    {
        LastUpdateId = lastUpdateId;
        if (eventTime != 0)
            EventTime = eventTime;
    }

    /// <summary>ApplyDiff applies one diff event's levels (quantity zero removes) and records its final update id.</summary>
    public void ApplyDiff(long finalUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks, long eventTime = 0)
    {
        foreach (BookLevel level in bids)
            _bids.Set(level.Price, level.Quantity);
        foreach (BookLevel level in asks)
            _asks.Set(level.Price, level.Quantity);
        CompleteUpdate(finalUpdateId, eventTime);
    }

    /// <summary>TryGetBest returns the best level of a side, false when the side is empty.</summary>
    public bool TryGetBest(BookSide side, out BookLevel level)
    {
        BookLevels levels = side == BookSide.Bid ? _bids : _asks;
        if (levels.Count == 0)
        {
            level = default;
            return false;
        }
        level = levels.Get(0);
        return true;
    }

    /// <summary>GetLevel returns the level <paramref name="depth"/> places from the top of a side (0 is the best).</summary>
    public BookLevel GetLevel(BookSide side, int depth) => (side == BookSide.Bid ? _bids : _asks).Get(depth);

    /// <summary>QuantityAt returns the quantity resting at a price on a side, zero when there is none.</summary>
    public Quantity QuantityAt(BookSide side, Price price) => (side == BookSide.Bid ? _bids : _asks).QuantityAt(price);

    /// <summary>CopyTop copies up to destination.Length levels of a side, best first, and returns the count copied.</summary>
    public int CopyTop(BookSide side, Span<BookLevel> destination) => (side == BookSide.Bid ? _bids : _asks).CopyTop(destination);

    /// <summary>ToSnapshot makes an immutable copy of the top <paramref name="depth"/> levels of each side, to publish to other threads.</summary>
    public OrderBookSnapshot ToSnapshot(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var bids = new BookLevel[Math.Min(depth, _bids.Count)];
        var asks = new BookLevel[Math.Min(depth, _asks.Count)];
        _bids.CopyTop(bids);
        _asks.CopyTop(asks);
        return new OrderBookSnapshot(Symbol, LastUpdateId, EventTime, bids, asks, _bids.Count, _asks.Count, owned: true);
    }
}
