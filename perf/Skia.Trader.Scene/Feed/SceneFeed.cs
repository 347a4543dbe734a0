using System.Globalization;

namespace Skia.Trader.Scene.Feed;

/// <summary>
/// SceneFeed is the reference scene's deterministic market (SCENE.md): an xorshift32 stream seeded
/// with 42 that prefills 10,000 orders, then moves the mid, redraws a 20+20 level book, prints one
/// trade per update and appends an order every 50th update. It holds the state a frame shows;
/// it allocates nothing per update once the live order array has room (it is sized for a full run).
/// </summary>
public sealed class SceneFeed
{
    /// <summary>Levels is the number of ask levels and of bid levels in the book.</summary>
    public const int Levels = 20;

    /// <summary>TapeLength is how many of the newest trades the tape keeps.</summary>
    public const int TapeLength = 40;

    /// <summary>PrefilledOrders is the size of the order history before the first update.</summary>
    public const int PrefilledOrders = 10_000;

    /// <summary>UpdateIntervalMs is the feed period: 200 updates per second.</summary>
    public const int UpdateIntervalMs = 5;

    /// <summary>LastUpdate is the index of the final update of a 10 s run (due at t0 + 10,000 ms).</summary>
    public const int LastUpdate = 2000;

    /// <summary>OrderEvery is the update stride at which a live order is appended.</summary>
    public const int OrderEvery = 50;

    private const uint Seed = 42;
    private const double StartMid = 30_000.00;
    // Tick 0.01 and quantity step 0.0001: prices are kept as cents, quantities as 1e-4 units.
    private const double PriceScale = 100;
    private const double QuantityScale = 10_000;
    private const long MsPerDay = 86_400_000;
    // A power of two larger than any burst the scene can apply within one second (200 at pace,
    // up to 2001 when a whole run catches up at once).
    private const int RateWindowCapacity = 4096;
    private const double RateWindowMs = 1000;

    private XorShift32 _random = new(Seed);
    private readonly long[] _askPrices = new long[Levels];
    private readonly long[] _askQuantities = new long[Levels];
    private readonly long[] _askTotals = new long[Levels];
    private readonly long[] _bidPrices = new long[Levels];
    private readonly long[] _bidQuantities = new long[Levels];
    private readonly long[] _bidTotals = new long[Levels];
    private readonly Trade[] _tape = new Trade[TapeLength];
    private int _tapeHead; // index of the newest trade
    private int _tapeCount;
    private readonly SceneOrder[] _prefilled = new SceneOrder[PrefilledOrders];
    private SceneOrder[] _live = new SceneOrder[LastUpdate / OrderEvery + 1];
    private int _liveCount;
    private readonly double[] _appliedAt = new double[RateWindowCapacity];
    private int _rateHead; // oldest entry
    private int _rateCount;

    /// <summary>SceneFeed prefills the 10,000-order history from the generator; no update is applied yet.</summary>
    public SceneFeed()
    {
        for (int j = 1; j <= PrefilledOrders; j++)
        {
            bool isBuy = _random.NextUnit() < 0.5;
            long price = Round(StartMid + (_random.NextUnit() - 0.5) * 200, PriceScale);
            long quantity = Round(_random.NextUnit() * 0.5, QuantityScale);
            _prefilled[j - 1] = new SceneOrder(j, -j * 1000L, isBuy, price, quantity, quantity);
        }
    }

    /// <summary>Mid is the unrounded mid price.</summary>
    public double Mid { get; private set; } = StartMid;

    /// <summary>NextUpdate is the index k of the update <see cref="ApplyNext"/> applies next.</summary>
    public int NextUpdate { get; private set; }

    /// <summary>HasTrades is true once update 0 has printed the first trade.</summary>
    public bool HasTrades => _tapeCount > 0;

    /// <summary>FirstTradePrice is the price of update 0's trade, in cents (the header's change base).</summary>
    public long FirstTradePrice { get; private set; }

    /// <summary>LastTrade is the newest trade.</summary>
    public Trade LastTrade => _tape[_tapeHead];

    /// <summary>TradeCount is how many trades the tape holds (at most <see cref="TapeLength"/>).</summary>
    public int TradeCount => _tapeCount;

    /// <summary>OrderCount is the size of the order history, prefilled and live.</summary>
    public int OrderCount => PrefilledOrders + _liveCount;

    /// <summary>AskPrices are the ask prices in cents, best (lowest) first.</summary>
    public ReadOnlySpan<long> AskPrices => _askPrices;

    /// <summary>AskQuantities are the ask sizes in 1e-4 units, best first.</summary>
    public ReadOnlySpan<long> AskQuantities => _askQuantities;

    /// <summary>AskTotals are the cumulative ask sizes from the best ask outward.</summary>
    public ReadOnlySpan<long> AskTotals => _askTotals;

    /// <summary>BidPrices are the bid prices in cents, best (highest) first.</summary>
    public ReadOnlySpan<long> BidPrices => _bidPrices;

    /// <summary>BidQuantities are the bid sizes in 1e-4 units, best first.</summary>
    public ReadOnlySpan<long> BidQuantities => _bidQuantities;

    /// <summary>BidTotals are the cumulative bid sizes from the best bid outward.</summary>
    public ReadOnlySpan<long> BidTotals => _bidTotals;

    /// <summary>DepthScale is the larger side's total size: depth bars are drawn relative to it.</summary>
    public long DepthScale => Math.Max(_askTotals[Levels - 1], _bidTotals[Levels - 1]);

    /// <summary>ChangeBasisPoints is (last - first) / first in hundredths of a percent, rounded half up.</summary>
    public long ChangeBasisPoints =>
        FirstTradePrice == 0 ? 0 : (long)Math.Floor((LastTrade.PriceTicks - FirstTradePrice) * 10_000.0 / FirstTradePrice + 0.5);

    /// <summary>TradeAt returns the trade <paramref name="age"/> places back from the newest (0 = newest).</summary>
    public Trade TradeAt(int age)
    {
        if ((uint)age >= (uint)_tapeCount) throw new ArgumentOutOfRangeException(nameof(age));
        return _tape[(_tapeHead - age + TapeLength) % TapeLength];
    }

    /// <summary>OrderAt returns the order at <paramref name="row"/> of the history shown newest first by time.</summary>
    public SceneOrder OrderAt(int row)
    {
        if ((uint)row >= (uint)OrderCount) throw new ArgumentOutOfRangeException(nameof(row));
        return row < _liveCount ? _live[_liveCount - 1 - row] : _prefilled[row - _liveCount];
    }

    /// <summary>UpdatesPerSecond counts the updates applied in the 1000 ms before <paramref name="nowMs"/>.</summary>
    public int UpdatesPerSecond(double nowMs)
    {
        while (_rateCount > 0 && _appliedAt[_rateHead] <= nowMs - RateWindowMs)
        {
            _rateHead = (_rateHead + 1) & (RateWindowCapacity - 1);
            _rateCount--;
        }
        return _rateCount;
    }

    /// <summary>ApplyNext applies update <see cref="NextUpdate"/>, stamped as applied at <paramref name="appliedAtMs"/> (any monotonic clock).</summary>
    public void ApplyNext(double appliedAtMs)
    {
        int k = NextUpdate;
        Mid += (_random.NextUnit() - 0.5) * 2.0;
        long askTotal = 0;
        for (int i = 0; i < Levels; i++)
        {
            _askPrices[i] = Round(Mid + 0.01 * (1 + i), PriceScale);
            _askQuantities[i] = Round(_random.NextUnit() * 5, QuantityScale);
            askTotal += _askQuantities[i];
            _askTotals[i] = askTotal;
        }
        long bidTotal = 0;
        for (int i = 0; i < Levels; i++)
        {
            _bidPrices[i] = Round(Mid - 0.01 * (1 + i), PriceScale);
            _bidQuantities[i] = Round(_random.NextUnit() * 5, QuantityScale);
            bidTotal += _bidQuantities[i];
            _bidTotals[i] = bidTotal;
        }

        long price = Round(Mid, PriceScale);
        long quantity = Round(_random.NextUnit() * 0.5, QuantityScale);
        bool isBuy = _random.NextUnit() < 0.5;
        var trade = new Trade(price, quantity, isBuy, (long)k * UpdateIntervalMs % MsPerDay);
        _tapeHead = (_tapeHead + 1) % TapeLength;
        _tape[_tapeHead] = trade;
        if (_tapeCount < TapeLength) _tapeCount++;
        if (k == 0) FirstTradePrice = price;

        if (k % OrderEvery == 0)
        {
            if (_liveCount == _live.Length) Array.Resize(ref _live, _live.Length * 2);
            _live[_liveCount++] = new SceneOrder(PrefilledOrders + k / OrderEvery + 1, trade.TimeMs, isBuy, price, quantity, quantity);
        }

        if (_rateCount == RateWindowCapacity)
        {
            _rateHead = (_rateHead + 1) & (RateWindowCapacity - 1);
            _rateCount--;
        }
        _appliedAt[(_rateHead + _rateCount) & (RateWindowCapacity - 1)] = appliedAtMs;
        _rateCount++;
        NextUpdate = k + 1;
    }

    /// <summary>StateLine is the line every correct run ends with, e.g. <c>mid=29983.424431 last=29983.42 orders=10041</c>.</summary>
    public string StateLine() => string.Create(CultureInfo.InvariantCulture,
        $"mid={Mid:F6} last={LastTrade.PriceTicks / 100}.{LastTrade.PriceTicks % 100:D2} orders={OrderCount}");

    // SCENE.md's round(v, n) = floor(v * 10^n + 0.5) / 10^n, kept as the integer numerator.
    private static long Round(double value, double scale) => (long)Math.Floor(value * scale + 0.5);
}
