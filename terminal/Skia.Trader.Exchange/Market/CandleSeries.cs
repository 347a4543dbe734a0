using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Market;

/// <summary>CandleSeries keeps one symbol's klines of one interval: the open candle and a bounded history.</summary>
internal sealed class CandleSeries(long intervalMillis)
{
    // REST klines answer at most 1000 candles a call, but a client pages with startTime: 1m keeps the whole 24 h
    // window too (1442 candles), so the minutes behind the 24 h ticker can always be read back; 1s keeps 1000.
    private readonly int _historyLimit = intervalMillis < 60_000 ? 1000 : (int)Math.Max(1000, RollingStatistics.WindowMillis / intervalMillis + 2);
    private readonly List<Candle> _closed = new();

    public long IntervalMillis { get; } = intervalMillis;

    public Candle? Current { get; private set; }

    /// <summary>Add folds a trade or a finer closed candle that starts at <paramref name="time"/> into the right candle.</summary>
    public void Add(long time, Price open, Price high, Price low, Price close, Quantity volume, Quantity quoteVolume, Quantity takerBuy,
        Quantity takerBuyQuote, long trades, long firstTradeId, long lastTradeId)
    {
        Candle candle = CandleAt(time);
        candle.Add(open, high, low, close, volume, quoteVolume, takerBuy, takerBuyQuote, trades, firstTradeId, lastTradeId);
    }

    /// <summary>CandleAt returns the candle covering <paramref name="time"/>, closing the previous one (empty candles carry the last close).</summary>
    public Candle CandleAt(long time)
    {
        long openTime = time - (time % IntervalMillis);
        if (Current is not null && Current.OpenTime == openTime)
            return Current;
        if (Current is not null && openTime < Current.OpenTime)
            return Current; // late data (clock skew): fold into the open candle rather than rewrite history
        if (Current is not null)
        {
            _closed.Add(Current);
            if (_closed.Count > _historyLimit)
                _closed.RemoveRange(0, _closed.Count - _historyLimit);
        }
        Price last = Current?.Close ?? Price.Zero;
        Current = new Candle { OpenTime = openTime, CloseTime = openTime + IntervalMillis - 1, Open = last, High = last, Low = last, Close = last };
        return Current;
    }

    /// <summary>Range returns copies of up to <paramref name="limit"/> candles overlapping [start, end], oldest first.</summary>
    public List<Candle> Range(long? start, long? end, int limit)
    {
        var all = new List<Candle>(_closed);
        if (Current is not null)
            all.Add(Current);
        IEnumerable<Candle> selected = all.Where(c => (start is null || c.CloseTime >= start) && (end is null || c.OpenTime <= end));
        List<Candle> list = selected.Select(c => c.Copy()).ToList();
        if (start is null && list.Count > limit)
            list = list.GetRange(list.Count - limit, limit);
        else if (list.Count > limit)
            list = list.GetRange(0, limit);
        return list;
    }
}
