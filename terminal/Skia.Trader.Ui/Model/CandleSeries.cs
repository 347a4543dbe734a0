using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// CandleSeries is the chart's candles for one symbol and interval: history from klines, then the live candle
/// built from the trade stream. A trade whose exchange time reaches the next interval boundary closes the live
/// candle and opens a new one; boundaries are multiples of the interval since the Unix epoch in exchange time
/// (UTC), as Binance's klines. Bounded (the oldest candle drops out); allocation-free per trade.
/// </summary>
/// <remarks>
/// Intervals without trades get no candle (the chart leaves a gap on its time axis). Load the history
/// first and then feed only trades newer than it: a trade the history already counted would be counted twice.
/// A trade older than the live candle is applied to its candle if still held (a late print), else ignored
/// and counted in <see cref="LateTradesIgnored"/>.
/// </remarks>
public sealed class CandleSeries
{
    private readonly Candle[] _ring;
    private int _head;
    private int _count;

    /// <summary>Creates an empty series.</summary>
    /// <param name="interval">The candle interval.</param>
    /// <param name="capacity">How many candles are kept; at least 1.</param>
    public CandleSeries(CandleInterval interval, int capacity = 1000)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), "A series needs at least one candle.");
        Interval = interval;
        IntervalMilliseconds = CandleIntervals.Milliseconds(interval);
        _ring = new Candle[capacity];
    }

    /// <summary>Interval is the candle interval.</summary>
    public CandleInterval Interval { get; }

    /// <summary>IntervalMilliseconds is the interval's length.</summary>
    public long IntervalMilliseconds { get; }

    /// <summary>Count is the number of candles held.</summary>
    public int Count => _count;

    /// <summary>Version grows with every change.</summary>
    public long Version { get; private set; }

    /// <summary>LateTradesIgnored counts trades older than every candle held.</summary>
    public long LateTradesIgnored { get; private set; }

    /// <summary>this[index] is the candle at <paramref name="index"/>, 0 = oldest, Count - 1 = the live candle.</summary>
    /// <param name="index">0 = oldest.</param>
    public Candle this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            return _ring[Slot(index)];
        }
    }

    /// <summary>Live is the newest candle (the one trades build), or null when empty.</summary>
    public Candle? Live => _count == 0 ? null : _ring[_head];

    /// <summary>OpenTimeOf is the open time of the interval holding <paramref name="time"/> (exchange ms).</summary>
    /// <param name="time">Exchange time, ms since the Unix epoch.</param>
    public long OpenTimeOf(long time)
    {
        long r = time % IntervalMilliseconds;
        if (r < 0) r += IntervalMilliseconds;
        return time - r;
    }

    /// <summary>LoadHistory replaces the series with klines (oldest first, as the REST call returns them).</summary>
    /// <param name="klines">Candles of this interval, oldest first.</param>
    public void LoadHistory(IReadOnlyList<Candle> klines)
    {
        ArgumentNullException.ThrowIfNull(klines);
        _count = 0;
        _head = 0;
        for (int i = 0; i < klines.Count; i++)
        {
            Candle c = klines[i];
            if (OpenTimeOf(c.OpenTime) != c.OpenTime)
                throw new ArgumentException($"Kline {i} opens at {c.OpenTime}, not on a {CandleIntervals.WireName(Interval)} boundary.", nameof(klines));
            if (_count > 0 && c.OpenTime <= _ring[_head].OpenTime)
                throw new ArgumentException($"Kline {i} is not newer than the one before it.", nameof(klines));
            Push(c);
        }
        Version++;
    }

    /// <summary>
    /// Join loads <paramref name="klines"/> as the history and then applies the stream's <paramref name="pending"/> trades
    /// that the history did not count: those with a trade id above <paramref name="countedThroughTradeId"/> (the newest
    /// trade the klines already hold). The live candle thus continues from the klines' last candle without a gap and without a trade counted
    /// twice; later trades go through <see cref="OnTrade(in TradePrint)"/>, which keeps skipping counted ids.
    /// </summary>
    /// <param name="klines">Candles of this interval, oldest first; the last one may be the live candle.</param>
    /// <param name="pending">Trades the stream delivered while the klines were being fetched, oldest first.</param>
    /// <param name="countedThroughTradeId">The id of the newest trade the klines count (-1: none, apply every pending trade).</param>
    public void Join(IReadOnlyList<Candle> klines, ReadOnlySpan<TradePrint> pending, long countedThroughTradeId)
    {
        LoadHistory(klines);
        CountedThroughTradeId = countedThroughTradeId;
        foreach (ref readonly TradePrint trade in pending) OnTrade(trade);
    }

    /// <summary>CountedThroughTradeId is the id of the newest trade the history counts; <see cref="OnTrade(in TradePrint)"/> skips ids up to it.</summary>
    public long CountedThroughTradeId { get; private set; } = -1;

    /// <summary>
    /// OnTrade adds a stream trade unless the history already counted it (its id is at most
    /// <see cref="CountedThroughTradeId"/>); returns whether it was added.
    /// </summary>
    /// <param name="trade">A trade from the stream.</param>
    public bool OnTrade(in TradePrint trade)
    {
        if (trade.TradeId <= CountedThroughTradeId) return false;
        OnTrade(trade.Time, trade.Price, trade.Quantity);
        return true;
    }

    /// <summary>OnTrade adds a trade to its candle: the live one, a new one when the trade crossed a boundary, or a held older one.</summary>
    /// <param name="time">Trade time, exchange ms.</param>
    /// <param name="price">Trade price.</param>
    /// <param name="quantity">Trade size.</param>
    public void OnTrade(long time, Price price, Quantity quantity)
    {
        long open = OpenTimeOf(time);
        Version++;
        if (_count == 0 || open > _ring[_head].OpenTime)
        {
            Push(new Candle(open, price, price, price, price, quantity, open + IntervalMilliseconds - 1,
                (price * quantity).ToQuantity(RoundingDirection.Nearest), 1));
            return;
        }
        for (int index = _count - 1; index >= 0; index--)
        {
            int slot = Slot(index);
            Candle c = _ring[slot];
            if (c.OpenTime == open)
            {
                bool live = index == _count - 1;
                _ring[slot] = c with
                {
                    High = Price.Max(c.High, price),
                    Low = Price.Min(c.Low, price),
                    Close = live ? price : c.Close,
                    Volume = c.Volume + quantity,
                    QuoteVolume = c.QuoteVolume + (price * quantity).ToQuantity(RoundingDirection.Nearest),
                    TradeCount = c.TradeCount + 1,
                };
                return;
            }
            if (c.OpenTime < open)
                break; // the interval had no candle and is older than the live one: do not insert into the past
        }
        LateTradesIgnored++;
    }

    private void Push(Candle candle)
    {
        _head = _count == 0 ? 0 : (_head + 1) % _ring.Length;
        if (_count < _ring.Length) _count++;
        _ring[_head] = candle;
    }

    private int Slot(int index)
    {
        int i = _head - (_count - 1 - index);
        return i < 0 ? i + _ring.Length : i;
    }
}
