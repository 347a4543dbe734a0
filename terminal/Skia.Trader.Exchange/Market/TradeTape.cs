using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// TradeTape is one symbol's recent trades and aggregate trades, as <c>GET /api/v3/trades</c> and
/// <c>GET /api/v3/aggTrades</c> answer them. It keeps the newest <see cref="Capacity"/> of each (memory
/// stays bounded on long runs; Binance's own recent-trades answer stops at 1000). Called under the engine's lock.
/// </summary>
internal sealed class TradeTape
{
    /// <summary>Capacity is how many trades and aggregate trades are kept; older ones are dropped a quarter at a time.</summary>
    public const int Capacity = 10_000;
    private readonly List<TradeRecord> _trades = new();
    private readonly List<AggregateTrade> _aggregates = new();
    private AggregateTrade? _open;
    private long _nextAggregateId = 1;

    /// <summary>
    /// Add records a trade and folds it into the open aggregate when it continues it (same taker order,
    /// price and millisecond); otherwise the open aggregate is closed and returned, to be published.
    /// </summary>
    public AggregateTrade? Add(TradeRecord trade)
    {
        Append(_trades, trade);
        long taker = trade.MakerOrderId == trade.BuyOrderId ? trade.SellOrderId : trade.BuyOrderId;
        if (_open is { } open && open.TakerOrderId == taker && open.Price == trade.Price && open.Time == trade.Time
            && open.LastTradeId + 1 == trade.TradeId)
        {
            open.Quantity += trade.Quantity;
            open.LastTradeId = trade.TradeId;
            return null;
        }
        AggregateTrade? closed = _open;
        _open = new AggregateTrade
        {
            Id = _nextAggregateId++,
            Price = trade.Price,
            Quantity = trade.Quantity,
            FirstTradeId = trade.TradeId,
            LastTradeId = trade.TradeId,
            Time = trade.Time,
            BuyerIsMaker = trade.BuyerIsMaker,
            TakerOrderId = taker,
        };
        Append(_aggregates, _open);
        return closed;
    }

    /// <summary>CloseOpen ends the open aggregate (its taker order is done matching by now) and returns it, or null.</summary>
    public AggregateTrade? CloseOpen()
    {
        AggregateTrade? closed = _open;
        _open = null;
        return closed;
    }

    /// <summary>Recent returns the newest <paramref name="limit"/> trades, oldest first.</summary>
    public List<TradeRecord> Recent(int limit) => _trades.GetRange(Math.Max(0, _trades.Count - limit), Math.Min(limit, _trades.Count));

    /// <summary>
    /// Aggregates selects as <c>GET /api/v3/aggTrades</c> documents: from <paramref name="fromId"/> on (inclusive), or
    /// within [startTime, endTime] (the oldest first when a start is given, the newest before the end otherwise),
    /// or the most recent ones; at most <paramref name="limit"/>, oldest first, copied.
    /// </summary>
    public List<AggregateTrade> Aggregates(long? fromId, long? startTime, long? endTime, int limit)
    {
        int first, last; // [first, last) over _aggregates, which are in id and time order
        if (fromId is { } id)
        {
            first = LowerBound(a => a.Id >= id);
            last = Math.Min(_aggregates.Count, first + limit);
        }
        else if (startTime is not null || endTime is not null)
        {
            first = startTime is { } s ? LowerBound(a => a.Time >= s) : 0;
            last = endTime is { } e ? LowerBound(a => a.Time > e) : _aggregates.Count;
            if (last < first)
                last = first;
            if (last - first > limit)
            {
                if (startTime is not null)
                    last = first + limit;
                else
                    first = last - limit;
            }
        }
        else
        {
            last = _aggregates.Count;
            first = Math.Max(0, last - limit);
        }
        var result = new List<AggregateTrade>(last - first);
        for (int i = first; i < last; i++)
            result.Add(_aggregates[i].Copy());
        return result;
    }

    // The first index whose aggregate satisfies a condition that is false, then true, along the list.
    private int LowerBound(Func<AggregateTrade, bool> atOrAfter)
    {
        int lo = 0, hi = _aggregates.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (atOrAfter(_aggregates[mid]))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    private static void Append<T>(List<T> list, T item)
    {
        list.Add(item);
        if (list.Count > Capacity)
            list.RemoveRange(0, list.Count - Capacity * 3 / 4);
    }
}
