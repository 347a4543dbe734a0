using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// TapeModel is the time and sales tape: newest first, bounded (the oldest line drops out), trades in the same
/// millisecond on the same side at the same price merged into one line, large trades flagged. Allocation-free.
/// </summary>
public sealed class TapeModel
{
    private readonly TapeEntry[] _ring;
    private int _head; // index of the newest entry
    private int _count;

    /// <summary>Creates a tape holding at most <paramref name="capacity"/> lines.</summary>
    /// <param name="capacity">How many lines are kept; at least 1.</param>
    /// <param name="largeThreshold">Trades (merged) at or above this size are flagged <see cref="TapeEntry.IsLarge"/>; zero flags none.</param>
    public TapeModel(int capacity, Quantity largeThreshold)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), "A tape needs at least one line.");
        if (largeThreshold.IsNegative) throw new ArgumentOutOfRangeException(nameof(largeThreshold), "The threshold cannot be negative.");
        _ring = new TapeEntry[capacity];
        LargeThreshold = largeThreshold;
    }

    /// <summary>Capacity is the most lines kept.</summary>
    public int Capacity => _ring.Length;

    /// <summary>Count is the number of lines now.</summary>
    public int Count => _count;

    /// <summary>
    /// LargeThreshold is the size from which a line is flagged large (zero: none); a change applies to lines added
    /// or merged from then on (the terminal sets it from the symbol's price, see <see cref="ThresholdForNotional"/>).
    /// </summary>
    public Quantity LargeThreshold
    {
        get;
        set
        {
            if (value.IsNegative) throw new ArgumentOutOfRangeException(nameof(value), "The threshold cannot be negative.");
            field = value;
        }
    }

    /// <summary>
    /// ThresholdForNotional is the size worth <paramref name="notional"/> in the quote asset at <paramref name="price"/>,
    /// rounded up to a whole base unit below 1 (so a BTC tape at 65,000 with 50,000 USDT flags 0.77 BTC and up).
    /// </summary>
    /// <param name="price">A recent trade price; zero or less gives zero (no flagging).</param>
    /// <param name="notional">The quote amount from which a trade is large.</param>
    public static Quantity ThresholdForNotional(Price price, decimal notional)
    {
        if (price.Raw <= 0 || notional <= 0) return Quantity.Zero;
        decimal size = notional / ((decimal)price.Raw / 100_000_000m);
        // Two significant digits keep the threshold readable ("0.77", "15", "1,200").
        decimal magnitude = 1;
        while (size >= magnitude * 100) magnitude *= 10;
        while (size < magnitude * 10 && magnitude > 0.00000001m) magnitude /= 10;
        decimal rounded = Math.Ceiling(size / magnitude) * magnitude;
        return Quantity.FromRaw((long)Math.Min(rounded * 100_000_000m, long.MaxValue));
    }

    /// <summary>Version grows with every change; a panel redraws when it differs from what it drew.</summary>
    public long Version { get; private set; }

    /// <summary>LinesStarted counts the lines ever started (a merge starts none; <see cref="Clear"/> does not reset it): a panel compares it before and after adding trades to know how many rows every line moved down.</summary>
    public long LinesStarted { get; private set; }

    /// <summary>this[index] is the line at <paramref name="index"/>, 0 = newest.</summary>
    /// <param name="index">0 = newest, Count - 1 = oldest.</param>
    public TapeEntry this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            int i = _head - index;
            if (i < 0) i += _ring.Length;
            return _ring[i];
        }
    }

    /// <summary>Add puts a trade on the tape: merged into the newest line when same millisecond, side and price, else a new line.</summary>
    /// <param name="time">Trade time, exchange ms.</param>
    /// <param name="price">Trade price.</param>
    /// <param name="quantity">Trade size.</param>
    /// <param name="buyerIsMaker">True for a sell aggressor.</param>
    public void Add(long time, Price price, Quantity quantity, bool buyerIsMaker)
    {
        Version++;
        if (_count > 0)
        {
            TapeEntry newest = _ring[_head];
            if (newest.Time == time && newest.Price == price && newest.BuyerIsMaker == buyerIsMaker)
            {
                Quantity merged = newest.Quantity + quantity;
                _ring[_head] = newest with { Quantity = merged, TradeCount = newest.TradeCount + 1, IsLarge = IsLarge(merged) };
                return;
            }
        }
        LinesStarted++;
        _head = _count == 0 ? 0 : (_head + 1) % _ring.Length;
        if (_count < _ring.Length) _count++;
        _ring[_head] = new TapeEntry(time, price, quantity, buyerIsMaker, 1, IsLarge(quantity));
    }

    /// <summary>Clear empties the tape (symbol switch).</summary>
    public void Clear()
    {
        _count = 0;
        _head = 0;
        Version++;
    }

    private bool IsLarge(Quantity quantity) => !LargeThreshold.IsZero && quantity >= LargeThreshold;
}
