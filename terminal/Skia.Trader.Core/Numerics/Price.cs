using System.Diagnostics.CodeAnalysis;

namespace Skia.Trader.Core.Numerics;

/// <summary>
/// Price is an exact price in quote-asset units per base-asset unit, held as a 64-bit integer
/// of 10^-8 units (Binance's own representation; see <see cref="FixedPoint8"/> for why).
/// </summary>
public readonly struct Price : IEquatable<Price>, IComparable<Price>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>Price creates a price from its raw count of 10^-8 units.</summary>
    private Price(long raw) => Raw = raw;

    /// <summary>Raw is the price as a count of 10^-8 quote units (1.5 is 150_000_000).</summary>
    public long Raw { get; }

    /// <summary>Zero is the price 0 (Binance uses it for "no limit" in filters).</summary>
    public static Price Zero => default;

    /// <summary>MaxValue is the largest representable price, 92233720368.54775807.</summary>
    public static Price MaxValue => new(long.MaxValue);

    /// <summary>Decimals is the number of decimal places every price carries (8).</summary>
    public const int Decimals = FixedPoint8.Decimals;

    /// <summary>MaxFormattedLength is the most chars or bytes any format of a price can need.</summary>
    public const int MaxFormattedLength = FixedPoint8.MaxChars;

    /// <summary>IsZero says whether the price is 0.</summary>
    public bool IsZero => Raw == 0;

    /// <summary>FromRaw makes a price from a count of 10^-8 units.</summary>
    public static Price FromRaw(long raw) => new(raw);

    /// <summary>FromUnits makes a whole-number price (5 -> 5.00000000); throws on overflow.</summary>
    public static Price FromUnits(long units) => new(checked(units * FixedPoint8.One));

    /// <summary>TryParse reads a decimal price from UTF-8 bytes such as <c>"0.35210000"</c> without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Price price)
    {
        bool ok = FixedPoint8.TryParse(utf8, out long raw);
        price = new Price(raw);
        return ok;
    }

    /// <summary>
    /// TryParseLeading reads the unsigned decimal at the start of <paramref name="utf8"/> and reports in
    /// <paramref name="bytesConsumed"/> where it stopped (e.g. at a JSON string's closing quote), so a
    /// parser can read the number and find its end in one pass; same rules as TryParse, no sign.
    /// </summary>
    public static bool TryParseLeading(ReadOnlySpan<byte> utf8, out Price price, out int bytesConsumed)
    {
        bool ok = FixedPoint8.TryParseLeading(utf8, out long raw, out bytesConsumed);
        price = new Price(raw);
        return ok;
    }

    /// <summary>TryParse reads a decimal price from chars such as <c>"0.3521"</c> without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Price price)
    {
        bool ok = FixedPoint8.TryParse(text, out long raw);
        price = new Price(raw);
        return ok;
    }

    /// <summary>Parse reads a decimal price and throws <see cref="FormatException"/> when it is not one.</summary>
    public static Price Parse(string text) =>
        TryParse(text.AsSpan(), out Price p) ? p : throw new FormatException($"'{text}' is not an exact decimal price with at most 8 decimals.");

    /// <summary>TryFormat writes the price as UTF-8 with exactly <paramref name="decimals"/> places (0..8), rounding half away from zero.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, int decimals) =>
        FixedPoint8.TryFormat(Raw, utf8Destination, out bytesWritten, decimals, trim: false);

    /// <summary>TryFormat writes the price as chars with exactly <paramref name="decimals"/> places (0..8), rounding half away from zero.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, int decimals) =>
        FixedPoint8.TryFormat(Raw, destination, out charsWritten, decimals, trim: false);

    /// <summary>TryFormat writes the price as chars; format "" or "G" is the shortest exact text, "F0".."F8" fixed decimals.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FixedPoint8.TryFormat(Raw, destination, out charsWritten, format);

    /// <summary>TryFormat writes the price as UTF-8; format "" or "G" is the shortest exact text, "F0".."F8" fixed decimals.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FixedPoint8.TryFormat(Raw, utf8Destination, out bytesWritten, format);

    /// <summary>ToString formats the price ("G": shortest exact, "F0".."F8": fixed decimals).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => FixedPoint8.Format(Raw, format);

    /// <summary>ToString returns the shortest exact text of the price, e.g. "0.3521".</summary>
    public override string ToString() => FixedPoint8.Format(Raw, default);

    /// <summary>Equals compares two prices exactly.</summary>
    public bool Equals(Price other) => Raw == other.Raw;

    /// <summary>Equals compares with a boxed price.</summary>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Price p && p.Raw == Raw;

    /// <summary>GetHashCode hashes the raw value.</summary>
    public override int GetHashCode() => Raw.GetHashCode();

    /// <summary>CompareTo orders prices numerically.</summary>
    public int CompareTo(Price other) => Raw.CompareTo(other.Raw);

    /// <summary>Equality of two prices.</summary>
    public static bool operator ==(Price a, Price b) => a.Raw == b.Raw;

    /// <summary>Inequality of two prices.</summary>
    public static bool operator !=(Price a, Price b) => a.Raw != b.Raw;

    /// <summary>Less-than of two prices.</summary>
    public static bool operator <(Price a, Price b) => a.Raw < b.Raw;

    /// <summary>Greater-than of two prices.</summary>
    public static bool operator >(Price a, Price b) => a.Raw > b.Raw;

    /// <summary>Less-or-equal of two prices.</summary>
    public static bool operator <=(Price a, Price b) => a.Raw <= b.Raw;

    /// <summary>Greater-or-equal of two prices.</summary>
    public static bool operator >=(Price a, Price b) => a.Raw >= b.Raw;

    /// <summary>Sum of two prices; throws <see cref="OverflowException"/> rather than wrapping.</summary>
    public static Price operator +(Price a, Price b) => new(checked(a.Raw + b.Raw));

    /// <summary>Difference of two prices; throws <see cref="OverflowException"/> rather than wrapping.</summary>
    public static Price operator -(Price a, Price b) => new(checked(a.Raw - b.Raw));

    /// <summary>Multiplies price by quantity into an exact <see cref="Notional"/> (128-bit, cannot overflow).</summary>
    public static Notional operator *(Price price, Quantity quantity) => Notional.Of(price, quantity);

    /// <summary>Min returns the lower of two prices.</summary>
    public static Price Min(Price a, Price b) => a.Raw <= b.Raw ? a : b;

    /// <summary>Max returns the higher of two prices.</summary>
    public static Price Max(Price a, Price b) => a.Raw >= b.Raw ? a : b;
}
