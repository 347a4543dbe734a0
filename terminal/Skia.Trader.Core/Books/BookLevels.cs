using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Books;

/// <summary>
/// BookLevels is one side of a full book as two parallel sorted arrays, kept so that the best
/// level is the last element: updates cluster near the top of the book, and an insert or
/// removal near the end of an array moves few elements. Bids are keyed by price, asks by
/// minus price, so both sides sort ascending by key. Grows by doubling; never shrinks, so a
/// book in steady state allocates nothing.
/// </summary>
internal sealed class BookLevels
{
    private readonly bool _isAsk;
    private long[] _keys;
    private long[] _quantities;

    /// <summary>BookLevels makes an empty side with room for <paramref name="capacity"/> levels.</summary>
    public BookLevels(bool isAsk, int capacity)
    {
        _isAsk = isAsk;
        _keys = new long[Math.Max(capacity, 4)];
        _quantities = new long[_keys.Length];
    }

    /// <summary>Count is the number of price levels on this side.</summary>
    public int Count { get; private set; }

    /// <summary>Clear removes every level (keeps the storage).</summary>
    public void Clear() => Count = 0;

    /// <summary>Set puts <paramref name="quantity"/> at <paramref name="price"/>; zero removes the level (absent levels are ignored).</summary>
    public void Set(Price price, Quantity quantity)
    {
        long key = _isAsk ? -price.Raw : price.Raw;
        int index = Array.BinarySearch(_keys, 0, Count, key);
        if (index >= 0)
        {
            if (quantity.Raw == 0)
            {
                int tail = Count - index - 1;
                if (tail > 0)
                {
                    Array.Copy(_keys, index + 1, _keys, index, tail);
                    Array.Copy(_quantities, index + 1, _quantities, index, tail);
                }
                Count--;
            }
            else
            {
                _quantities[index] = quantity.Raw;
            }
            return;
        }
        if (quantity.Raw == 0)
            return; // the exchange may remove a level we never saw; that is normal, not an error
        index = ~index;
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _quantities, _keys.Length);
        }
        int moved = Count - index;
        if (moved > 0)
        {
            Array.Copy(_keys, index, _keys, index + 1, moved);
            Array.Copy(_quantities, index, _quantities, index + 1, moved);
        }
        _keys[index] = key;
        _quantities[index] = quantity.Raw;
        Count++;
    }

    /// <summary>Get returns the level <paramref name="depth"/> places from the top (0 is the best).</summary>
    public BookLevel Get(int depth)
    {
        if ((uint)depth >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "No level at that depth.");
        int i = Count - 1 - depth;
        return new BookLevel(Price.FromRaw(_isAsk ? -_keys[i] : _keys[i]), Quantity.FromRaw(_quantities[i]));
    }

    /// <summary>QuantityAt returns the quantity resting at <paramref name="price"/>, zero when there is no such level.</summary>
    public Quantity QuantityAt(Price price)
    {
        int index = Array.BinarySearch(_keys, 0, Count, _isAsk ? -price.Raw : price.Raw);
        return index >= 0 ? Quantity.FromRaw(_quantities[index]) : Quantity.Zero;
    }

    /// <summary>CopyTop copies up to destination.Length levels, best first, and returns how many it copied.</summary>
    public int CopyTop(Span<BookLevel> destination)
    {
        int n = Math.Min(destination.Length, Count);
        for (int d = 0; d < n; d++)
            destination[d] = Get(d);
        return n;
    }
}
