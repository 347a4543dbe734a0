using System.Collections;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// TradeTape is a read-only list of <see cref="Count"/> demo trades computed from their index when read, so the
/// gallery's 100 000-row table costs no memory until it is shown (an array of trade objects cost about 6 MB of
/// the gallery's start-up memory). A table only reads the rows it sorts and shows.
/// </summary>
internal sealed class TradeTape(int count) : IReadOnlyList<Trade>
{
    /// <summary>Count is the number of trades.</summary>
    public int Count { get; } = count;

    /// <summary>This returns trade <paramref name="index"/>: prices spread over 27 000–27 999.91 by a prime stride, sizes 0.001–0.250.</summary>
    public Trade this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            // 7919 and 99991 are primes: the stride visits every price in the range in a scrambled order.
            return new Trade("BTCUSDT", index % 3 == 0 ? "SELL" : "BUY", 27000m + ((long)index * 7919 % 99991) / 100m, 0.001m * (1 + (index % 250)));
        }
    }

    /// <summary>GetEnumerator yields the trades in order.</summary>
    public IEnumerator<Trade> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
