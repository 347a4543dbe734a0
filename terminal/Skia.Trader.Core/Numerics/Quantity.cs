using System.Diagnostics.CodeAnalysis;

namespace Skia.Trader.Core.Numerics;

/// <summary>
/// Quantity is an exact amount of an asset (an order size, a fill, a balance or a quote amount), held as a 64-bit integer
/// of 10^-8 units (Binance's own representation; see <see cref="FixedPoint8"/> for why).
/// </summary>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>Quantity creates a quantity from its raw count of 10^-8 units.</summary>
    private Quantity(long raw) => Raw = raw;

    /// <summary>Raw is the quantity as a count of 10^-8 asset units (1.5 is 150_000_000).</summary>
    public long Raw { get; }

    /// <summary>Zero is the quantity 0 (Binance uses it for "no limit" in filters).</summary>
    public static Quantity Zero => default;

    /// <summary>MaxValue is the largest representable quantity, 92233720368.54775807.</summary>
    public static Quantity MaxValue => new(long.MaxValue);

    /// <summary>Decimals is the number of decimal places every quantity carries (8).</summary>
    public const int Decimals = FixedPoint8.Decimals;

    /// <summary>MaxFormattedLength is the most chars or bytes any format of a quantity can need.</summary>
    public const int MaxFormattedLength = FixedPoint8.MaxChars;

    /// <summary>IsZero says whether the quantity is 0.</summary>
    public bool IsZero => Raw == 0;

    /// <summary>FromRaw makes a quantity from a count of 10^-8 units.</summary>
    public static Quantity FromRaw(long raw) => new(raw);

    /// <summary>FromUnits makes a whole-number quantity (5 -> 5.00000000); throws on overflow.</summary>
    public static Quantity FromUnits(long units) => new(checked(units * FixedPoint8.One));

    /// <summary>TryParse reads a decimal quantity from UTF-8 bytes such as <c>"0.35210000"</c> without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Quantity quantity)
    {
        bool ok = FixedPoint8.TryParse(utf8, out long raw);
        quantity = new Quantity(raw);
        return ok;
    }

    /// <summary>
    /// TryParseLeading reads the unsigned decimal at the start of <paramref name="utf8"/> and reports in
    /// <paramref name="bytesConsumed"/> where it stopped (e.g. at a JSON string's closing quote), so a
    /// parser can read the number and find its end in one pass; same rules as TryParse, no sign.
    /// </summary>
    public static bool TryParseLeading(ReadOnlySpan<byte> utf8, out Quantity quantity, out int bytesConsumed)
    {
        bool ok = FixedPoint8.TryParseLeading(utf8, out long raw, out bytesConsumed);
        quantity = new Quantity(raw);
        return ok;
    }

    /// <summary>TryParse reads a decimal quantity from chars such as <c>"0.3521"</c> without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Quantity quantity)
    {
        bool ok = FixedPoint8.TryParse(text, out long raw);
        quantity = new Quantity(raw);
        return ok;
    }

    /// <summary>Parse reads a decimal quantity and throws <see cref="FormatException"/> when it is not one.</summary>
    public static Quantity Parse(string text) =>
        TryParse(text.AsSpan(), out Quantity p) ? p : throw new FormatException($"'{text}' is not an exact decimal quantity with at most 8 decimals.");

    /// <summary>TryFormat writes the quantity as UTF-8 with exactly <paramref name="decimals"/> places (0..8), rounding half away from zero.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, int decimals) =>
        FixedPoint8.TryFormat(Raw, utf8Destination, out bytesWritten, decimals, trim: false);

    /// <summary>TryFormat writes the quantity as chars with exactly <paramref name="decimals"/> places (0..8), rounding half away from zero.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, int decimals) =>
        FixedPoint8.TryFormat(Raw, destination, out charsWritten, decimals, trim: false);

    /// <summary>TryFormat writes the quantity as chars; format "" or "G" is the shortest exact text, "F0".."F8" fixed decimals.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FixedPoint8.TryFormat(Raw, destination, out charsWritten, format);

    /// <summary>TryFormat writes the quantity as UTF-8; format "" or "G" is the shortest exact text, "F0".."F8" fixed decimals.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FixedPoint8.TryFormat(Raw, utf8Destination, out bytesWritten, format);

    /// <summary>ToString formats the quantity ("G": shortest exact, "F0".."F8": fixed decimals).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => FixedPoint8.Format(Raw, format);

    /// <summary>ToString returns the shortest exact text of the quantity, e.g. "0.3521".</summary>
    public override string ToString() => FixedPoint8.Format(Raw, default);

    /// <summary>Equals compares two quantities exactly.</summary>
    public bool Equals(Quantity other) => Raw == other.Raw;

    /// <summary>Equals compares with a boxed quantity.</summary>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Quantity p && p.Raw == Raw;

    /// <summary>GetHashCode hashes the raw value.</summary>
    public override int GetHashCode() => Raw.GetHashCode();

    /// <summary>CompareTo orders quantities numerically.</summary>
    public int CompareTo(Quantity other) => Raw.CompareTo(other.Raw);

    /// <summary>Equality of two quantities.</summary>
    public static bool operator ==(Quantity a, Quantity b) => a.Raw == b.Raw;

    /// <summary>Inequality of two quantities.</summary>
    public static bool operator !=(Quantity a, Quantity b) => a.Raw != b.Raw;

    /// <summary>Less-than of two quantities.</summary>
    public static bool operator <(Quantity a, Quantity b) => a.Raw < b.Raw;

    /// <summary>Greater-than of two quantities.</summary>
    public static bool operator >(Quantity a, Quantity b) => a.Raw > b.Raw;

    /// <summary>Less-or-equal of two quantities.</summary>
    public static bool operator <=(Quantity a, Quantity b) => a.Raw <= b.Raw;

    /// <summary>Greater-or-equal of two quantities.</summary>
    public static bool operator >=(Quantity a, Quantity b) => a.Raw >= b.Raw;

    /// <summary>Sum of two quantities; throws <see cref="OverflowException"/> rather than wrapping.</summary>
    public static Quantity operator +(Quantity a, Quantity b) => new(checked(a.Raw + b.Raw));

    /// <summary>Difference of two quantities; throws <see cref="OverflowException"/> rather than wrapping.</summary>
    public static Quantity operator -(Quantity a, Quantity b) => new(checked(a.Raw - b.Raw));

    /// <summary>Multiplies quantity by price into an exact <see cref="Notional"/> (128-bit, cannot overflow).</summary>
    public static Notional operator *(Quantity quantity, Price price) => Notional.Of(price, quantity);

    /// <summary>Negation (a debit); throws <see cref="OverflowException"/> for the most negative value.</summary>
    public static Quantity operator -(Quantity a) => new(checked(-a.Raw));

    /// <summary>IsNegative says whether the quantity is below zero (only deltas and debits are).</summary>
    public bool IsNegative => Raw < 0;

    /// <summary>Min returns the lower of two quantities.</summary>
    public static Quantity Min(Quantity a, Quantity b) => a.Raw <= b.Raw ? a : b;

    /// <summary>Max returns the higher of two quantities.</summary>
    public static Quantity Max(Quantity a, Quantity b) => a.Raw >= b.Raw ? a : b;
}
