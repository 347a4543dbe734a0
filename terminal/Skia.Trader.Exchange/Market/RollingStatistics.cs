using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// RollingStatistics keeps one symbol's trades folded into one-minute buckets for the last 24 hours, so
/// the 24 h ticker and the 5-minute average price cost at most 1441 buckets a symbol, not every trade of
/// a day (the synthetic market prints a few trades a second). A bucket counts while any of its minute
/// lies inside the window, so the effective window is up to 59,999 ms wider than 24 h — what Binance says
/// of its own rolling-window streams. The invented kline history (<see cref="KlineHistory"/>) is folded in
/// too, one bucket a minute, so the ticker agrees with the candles a chart shows: its trades count, but
/// carry no ids (firstId/lastId are those of the live trades in the window, -1 without any). Called under the engine's lock.
/// </summary>
internal sealed class RollingStatistics
{
    /// <summary>WindowMillis is the 24 h rolling window.</summary>
    public const long WindowMillis = 86_400_000;
    /// <summary>AverageMinutes is the average-price interval Binance uses for spot symbols (<c>"mins": 5</c>).</summary>
    public const int AverageMinutes = 5;
    private const long Minute = 60_000;
    private readonly Queue<Bucket> _buckets = new();
    private Bucket? _newest;
    private Price _prevClose, _lastPrice;
    private Quantity _lastQuantity;

    /// <summary>LastTradeTime is the time of the newest trade (0 before any).</summary>
    public long LastTradeTime { get; private set; }

    /// <summary>Changed is set by every trade and by buckets leaving the window; the all-market stream sends only changed symbols and clears it.</summary>
    public bool Changed { get; set; }

    /// <summary>Add folds a trade into its minute (a trade stamped before the newest bucket joins that bucket).</summary>
    public void Add(TradeRecord trade)
    {
        long start = trade.Time - trade.Time % Minute;
        if (_newest is null || start > _newest.Start)
        {
            _newest = new Bucket { Start = start, Open = trade.Price, High = trade.Price, Low = trade.Price, FirstId = trade.TradeId };
            _buckets.Enqueue(_newest);
        }
        Bucket b = _newest;
        if (b.FirstId < 0)
            b.FirstId = trade.TradeId; // the first live trade of a minute that also holds an invented kline
        b.High = Price.Max(b.High, trade.Price);
        b.Low = Price.Min(b.Low, trade.Price);
        b.Close = trade.Price;
        b.Volume += trade.Quantity.Raw;
        b.QuoteVolume += trade.QuoteQuantity.Raw;
        b.LastId = trade.TradeId;
        b.Count++;
        _lastPrice = trade.Price;
        _lastQuantity = trade.Quantity;
        LastTradeTime = Math.Max(LastTradeTime, trade.Time);
        Changed = true;
    }

    /// <summary>
    /// AddKline folds an invented one-minute kline into its minute's bucket, as if its trades had printed: volumes,
    /// count, open/high/low/close (no trade ids). Its close becomes the last price and its close time the last trade time.
    /// </summary>
    public void AddKline(long openTime, Price open, Price high, Price low, Price close, Quantity volume, Quantity quoteVolume, long trades)
    {
        long start = openTime - openTime % Minute;
        if (_newest is null || start > _newest.Start)
        {
            _newest = new Bucket { Start = start, Open = open, High = high, Low = low, FirstId = -1, LastId = -1 };
            _buckets.Enqueue(_newest);
        }
        Bucket b = _newest;
        b.High = Price.Max(b.High, high);
        b.Low = Price.Min(b.Low, low);
        b.Close = close;
        b.Volume += volume.Raw;
        b.QuoteVolume += quoteVolume.Raw;
        b.Count += trades;
        _lastPrice = close;
        LastTradeTime = Math.Max(LastTradeTime, start + Minute - 1);
        Changed = true;
    }

    /// <summary>Compute drops buckets that left the window and sums the rest: the ticker as of <paramref name="now"/>.</summary>
    public TickerStatistics Compute(long now)
    {
        Evict(now);
        if (_buckets.Count == 0)
            return new TickerStatistics(now - WindowMillis, now, _lastPrice, _lastPrice, _lastPrice, _lastPrice, _lastQuantity, _prevClose,
                Quantity.Zero, Quantity.Zero, -1, -1, 0);
        Bucket first = _buckets.Peek();
        Price high = first.High, low = first.Low;
        long volume = 0, quote = 0, count = 0, firstId = -1, lastId = -1;
        foreach (Bucket b in _buckets)
        {
            high = Price.Max(high, b.High);
            low = Price.Min(low, b.Low);
            volume += b.Volume;
            quote += b.QuoteVolume;
            count += b.Count;
            if (firstId < 0)
                firstId = b.FirstId; // invented klines carry no trade ids: the first live trade's
            if (b.LastId >= 0)
                lastId = b.LastId;
        }
        return new TickerStatistics(now - WindowMillis, now, first.Open, high, low, _lastPrice, _lastQuantity, _prevClose,
            Quantity.FromRaw(volume), Quantity.FromRaw(quote), firstId, lastId, count);
    }

    /// <summary>
    /// AveragePrice is the volume-weighted price of the trades in the last <see cref="AverageMinutes"/> minutes
    /// (minute buckets overlapping them); the last price when nothing traded in that time, zero before any trade.
    /// </summary>
    public Price AveragePrice(long now)
    {
        long since = now - AverageMinutes * Minute;
        Int128 quote = 0;
        long volume = 0;
        foreach (Bucket b in _buckets)
        {
            if (b.Start + Minute <= since)
                continue;
            volume += b.Volume;
            quote += b.QuoteVolume;
        }
        return volume == 0 ? _lastPrice : Price.FromRaw((long)(quote * 100_000_000 / volume));
    }

    private void Evict(long now)
    {
        long windowStart = now - WindowMillis;
        while (_buckets.Count > 0 && _buckets.Peek().Start + Minute <= windowStart)
        {
            _prevClose = _buckets.Dequeue().Close;
            Changed = true;
        }
        if (_buckets.Count == 0)
            _newest = null;
    }

    private sealed class Bucket
    {
        public long Start;
        public Price Open, High, Low, Close;
        public long Volume, QuoteVolume, Count;
        public long FirstId = -1, LastId = -1;
    }
}
