using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// DepthAccumulator gathers a book's level changes between two diff events (100 ms or 1 s):
/// the newest quantity per level and the first and last update ids, which become the event's U and u.
/// </summary>
internal sealed class DepthAccumulator
{
    private readonly Dictionary<long, BookLevel> _bids = new();
    private readonly Dictionary<long, BookLevel> _asks = new();

    public long FirstId { get; private set; }

    public long LastId { get; private set; }

    public bool IsEmpty => FirstId == 0;

    public void Add(BookSide side, Price price, Quantity total, long updateId)
    {
        (side == BookSide.Bid ? _bids : _asks)[price.Raw] = new BookLevel(price, total);
        if (FirstId == 0)
            FirstId = updateId;
        LastId = updateId;
    }

    /// <summary>Drain returns the changes (bids best first, asks best first) and starts a new interval.</summary>
    public (long First, long Last, List<BookLevel> Bids, List<BookLevel> Asks) Drain()
    {
        var bids = _bids.Values.OrderByDescending(l => l.Price.Raw).ToList();
        var asks = _asks.Values.OrderBy(l => l.Price.Raw).ToList();
        var result = (FirstId, LastId, bids, asks);
        _bids.Clear();
        _asks.Clear();
        FirstId = 0;
        LastId = 0;
        return result;
    }
}
