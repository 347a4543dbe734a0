using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Skia.Trader.Core.Numerics;

/// <summary>
/// Notional is an exact quote-asset amount that results from price times quantity, held as a
/// 128-bit integer of 10^-16 units so the product of any two 64-bit fixed-point values fits
/// without rounding or overflow (|raw| &lt; 2^126 &lt; Int128.MaxValue).
/// </summary>
/// <remarks>
/// Rounding happens only when a notional is turned back into an 8-decimal amount
/// (<see cref="ToQuantity"/>, <see cref="DivideBy"/>), and the caller says which way, because
/// "which way" is a business rule: commissions round up, what a buyer can afford rounds down.
/// </remarks>
public readonly struct Notional : IEquatable<Notional>, IComparable<Notional>
{
    private const long Scale = FixedPoint8.One; // 10^8: a Notional raw unit is 10^-8 of a Quantity raw unit

    private Notional(Int128 raw) => Raw = raw;

    /// <summary>Raw is the amount as a count of 10^-16 quote units.</summary>
    public Int128 Raw { get; }

    /// <summary>Zero is the notional 0.</summary>
    public static Notional Zero => default;

    /// <summary>Of returns the exact product of a price and a quantity.</summary>
    public static Notional Of(Price price, Quantity quantity) => new((Int128)price.Raw * quantity.Raw);

    /// <summary>FromQuote lifts an 8-decimal quote amount (e.g. a minNotional or a quoteOrderQty) to a notional, exactly.</summary>
    public static Notional FromQuote(Quantity quoteAmount) => new((Int128)quoteAmount.Raw * Scale);

    /// <summary>FromRaw makes a notional from a count of 10^-16 units.</summary>
    public static Notional FromRaw(Int128 raw) => new(raw);

    /// <summary>TryToQuantity rounds to an 8-decimal quote amount in the given direction; false when it does not fit 64 bits.</summary>
    public bool TryToQuantity(RoundingDirection rounding, out Quantity quoteAmount)
    {
        Int128 q = DivideRounded(Raw, Scale, rounding);
        if (q > long.MaxValue || q < long.MinValue)
        {
            quoteAmount = default;
            return false;
        }
        quoteAmount = Quantity.FromRaw((long)q);
        return true;
    }

    /// <summary>ToQuantity rounds to an 8-decimal quote amount in the given direction; throws <see cref="OverflowException"/> when it does not fit.</summary>
    public Quantity ToQuantity(RoundingDirection rounding) =>
        TryToQuantity(rounding, out Quantity q) ? q : throw new OverflowException("The notional does not fit an 8-decimal 64-bit amount.");

    /// <summary>
    /// DivideBy returns the base quantity whose notional at <paramref name="price"/> is this amount,
    /// rounded in the given direction (e.g. how much a quoteOrderQty buys); throws on a non-positive price or overflow.
    /// </summary>
    public Quantity DivideBy(Price price, RoundingDirection rounding) =>
        TryDivideBy(price, rounding, out Quantity quantity) ? quantity : throw new OverflowException("The quantity does not fit an 8-decimal 64-bit amount.");

    /// <summary>
    /// TryDivideBy is <see cref="DivideBy"/> for amounts a person typed: false, instead of an overflow, when the quantity
    /// does not fit an 8-decimal 64-bit amount (a large amount at a tiny price); it still throws on a non-positive price.
    /// </summary>
    public bool TryDivideBy(Price price, RoundingDirection rounding, out Quantity quantity)
    {
        if (price.Raw <= 0)
            throw new ArgumentOutOfRangeException(nameof(price), price, "The price must be positive.");
        Int128 q = DivideRounded(Raw, price.Raw, rounding);
        bool fits = q <= long.MaxValue && q >= long.MinValue;
        quantity = fits ? Quantity.FromRaw((long)q) : default;
        return fits;
    }

    private static Int128 DivideRounded(Int128 numerator, Int128 denominator, RoundingDirection rounding)
    {
        Int128 q = Int128.DivRem(numerator, denominator).Quotient;
        Int128 r = numerator - q * denominator; // same sign as numerator (truncating division)
        if (r == 0)
            return q;
        switch (rounding)
        {
            case RoundingDirection.Down:
                return r < 0 ? q - 1 : q;
            case RoundingDirection.Up:
                return r > 0 ? q + 1 : q;
            default:
                Int128 twice = Int128.Abs(r) * 2;
                return twice >= Int128.Abs(denominator) ? (r > 0 ? q + 1 : q - 1) : q;
        }
    }

    /// <summary>Equals compares two notionals exactly.</summary>
    public bool Equals(Notional other) => Raw == other.Raw;

    /// <summary>Equals compares with a boxed notional.</summary>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Notional n && n.Raw == Raw;

    /// <summary>GetHashCode hashes the raw value.</summary>
    public override int GetHashCode() => Raw.GetHashCode();

    /// <summary>CompareTo orders notionals numerically.</summary>
    public int CompareTo(Notional other) => Raw.CompareTo(other.Raw);

    /// <summary>ToString returns the exact decimal text (up to 16 decimals, trailing zeros trimmed); allocates.</summary>
    public override string ToString()
    {
        Int128 magnitude = Int128.Abs(Raw);
        Int128 unit = (Int128)Scale * Scale;
        Int128 integer = magnitude / unit;
        string fraction = (magnitude % unit).ToString(CultureInfo.InvariantCulture).PadLeft(16, '0').TrimEnd('0');
        string sign = Raw < 0 ? "-" : "";
        return fraction.Length == 0
            ? sign + integer.ToString(CultureInfo.InvariantCulture)
            : sign + integer.ToString(CultureInfo.InvariantCulture) + "." + fraction;
    }

    /// <summary>Equality of two notionals.</summary>
    public static bool operator ==(Notional a, Notional b) => a.Raw == b.Raw;

    /// <summary>Inequality of two notionals.</summary>
    public static bool operator !=(Notional a, Notional b) => a.Raw != b.Raw;

    /// <summary>Less-than of two notionals.</summary>
    public static bool operator <(Notional a, Notional b) => a.Raw < b.Raw;

    /// <summary>Greater-than of two notionals.</summary>
    public static bool operator >(Notional a, Notional b) => a.Raw > b.Raw;

    /// <summary>Less-or-equal of two notionals.</summary>
    public static bool operator <=(Notional a, Notional b) => a.Raw <= b.Raw;

    /// <summary>Greater-or-equal of two notionals.</summary>
    public static bool operator >=(Notional a, Notional b) => a.Raw >= b.Raw;

    /// <summary>Sum of two notionals (checked, although sums of products rarely come near the 128-bit range).</summary>
    public static Notional operator +(Notional a, Notional b) => new(checked(a.Raw + b.Raw));

    /// <summary>Difference of two notionals (checked).</summary>
    public static Notional operator -(Notional a, Notional b) => new(checked(a.Raw - b.Raw));
}
