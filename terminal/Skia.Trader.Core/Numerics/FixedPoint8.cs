using System.Numerics;
using System.Runtime.CompilerServices;

namespace Skia.Trader.Core.Numerics;

/// <summary>
/// FixedPoint8 parses and formats decimal text as 64-bit integers scaled by 10^8, the
/// representation behind <see cref="Price"/> and <see cref="Quantity"/>.
/// </summary>
/// <remarks>
/// Why one fixed scale of 10^8 rather than a scale per symbol: Binance itself keeps every
/// price and quantity as a 64-bit integer of 10^-8 units (its wire format is always eight
/// decimals, and its limits such as maxPrice 92233720368 are long.MaxValue / 10^8), so every
/// value the exchange can send fits exactly, two values of different symbols compare and add
/// without rescaling, and a symbol's precision becomes a display and validation concern
/// (<c>SymbolInfo.PriceDecimals</c>, tick and step sizes) instead of part of the number.
/// Generic over the code unit so that UTF-8 bytes and UTF-16 chars share one parser; the JIT
/// specialises it for each.
/// </remarks>
internal static class FixedPoint8
{
    /// <summary>Decimals is the number of decimal places every value carries.</summary>
    public const int Decimals = 8;

    /// <summary>One is the raw value of 1.0.</summary>
    public const long One = 100_000_000;

    /// <summary>MaxChars is the longest text Format can produce: sign, 11 integer digits, point, 8 decimals.</summary>
    public const int MaxChars = 1 + 11 + 1 + 8;

    // long.MaxValue / 10^8: the largest integer part that can still carry a fraction.
    private const ulong MaxIntegerPart = 92_233_720_368;

    // An array rather than a ReadOnlySpan<long> literal: in Debug builds the latter was seen to
    // allocate on every access (PriceTests.Parse_and_format_allocate_nothing).
    private static readonly long[] PowersOf10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>Pow10 returns 10^n for n in 0..8.</summary>
    public static long Pow10(int n) => PowersOf10[n];

    /// <summary>
    /// TryParse reads an optionally signed decimal such as "0.35210000", "12", ".5" or "-3.25".
    /// It refuses exponents, spaces, empty text, overflow, and non-zero digits beyond the
    /// eighth decimal (exactness matters more than accepting every spelling).
    /// </summary>
    public static bool TryParse<TChar>(ReadOnlySpan<TChar> text, out long raw)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        raw = 0;
        if (text.Length == 0)
            return false;
        int i = 0;
        bool negative = false;
        uint first = CodeUnit(text[0]);
        if (first == '-' || first == '+')
        {
            negative = first == '-';
            i = 1;
        }
        if (!TryParseMagnitude(text, i, out ulong magnitude, out int end) || end != text.Length)
            return false;
        if (magnitude > (negative ? (ulong)long.MaxValue + 1 : long.MaxValue))
            return false;
        raw = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>
    /// TryParseLeading reads the unsigned decimal that starts <paramref name="utf8"/> (digits, an
    /// optional point and decimals) and stops at the first byte that cannot continue it, which it
    /// reports in <paramref name="consumed"/>: the feed parser finds a JSON string's closing quote
    /// this way in the same pass. Same rules as <see cref="TryParse{TChar}"/>, without a sign.
    /// </summary>
    public static bool TryParseLeading(ReadOnlySpan<byte> utf8, out long raw, out int consumed)
    {
        if (TryParseEightDecimals(utf8, out raw, out consumed))
            return true;
        bool ok = TryParseMagnitude(utf8, 0, out ulong magnitude, out consumed) && magnitude <= long.MaxValue;
        raw = ok ? (long)magnitude : 0;
        return ok;
    }

    // The form Binance always sends, "d+.dddddddd" followed by a non-digit: the eight decimals are
    // checked and converted eight bytes at a time (SWAR: three multiplications instead of eight
    // multiply-adds with their bounds checks), about a fifth of a depth5 frame's parse time
    // (FeedParsingBenchmarks.Depth5). Anything else returns false and takes TryParseMagnitude,
    // which gives the same value for this form (PriceTests compare the two on generated texts).
    private static bool TryParseEightDecimals(ReadOnlySpan<byte> utf8, out long raw, out int consumed)
    {
        raw = 0;
        consumed = 0;
        ulong integerPart = 0;
        int i = 0;
        for (; (uint)i < (uint)utf8.Length; i++)
        {
            uint d = (uint)utf8[i] - '0';
            if (d > 9)
                break;
            integerPart = integerPart * 10 + d;
            if (integerPart > MaxIntegerPart)
                return false;
        }
        // Digits, the point, eight decimals and one more byte that must end the number.
        if (i == 0 || utf8.Length - i < 10 || utf8[i] != '.')
            return false;
        ulong chunk = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(i + 1, 8));
        // Every byte 0x30..0x39: high nibble 3, and adding 6 does not carry out of the low nibble.
        if ((chunk & 0xF0F0F0F0F0F0F0F0) != 0x3030303030303030 || ((chunk + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) != 0x3030303030303030)
            return false;
        if ((uint)utf8[i + 9] - '0' <= 9)
            return false; // a ninth decimal: the general loop decides (zeros only)
        chunk -= 0x3030303030303030;
        // First byte is the most significant digit: pairs, then quads, then the eight.
        chunk = (chunk * 10 + (chunk >> 8)) & 0x00FF00FF00FF00FF;
        chunk = (chunk * 100 + (chunk >> 16)) & 0x0000FFFF0000FFFF;
        ulong fraction = (chunk * 10000 + (chunk >> 32)) & 0xFFFFFFFF;
        ulong magnitude = integerPart * One + fraction;
        if (magnitude > long.MaxValue)
            return false;
        raw = (long)magnitude;
        consumed = i + 9;
        return true;
    }

    // The one decimal loop behind both parsers: integer digits, then up to eight decimals
    // accumulated in the same pass, then only zeros; the decimals are scaled once at the end
    // (one multiplication instead of a power of ten per digit). Overflow cannot hide: the
    // integer part is checked against MaxIntegerPart digit by digit (leading zeros are free),
    // and MaxIntegerPart * 10^8 + 99,999,999 still fits a ulong for the final range check.
    private static bool TryParseMagnitude<TChar>(ReadOnlySpan<TChar> text, int start, out ulong magnitude, out int end)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        magnitude = 0;
        int i = start;
        ulong integerPart = 0;
        for (; (uint)i < (uint)text.Length; i++)
        {
            uint d = CodeUnit(text[i]) - '0';
            if (d > 9)
                break;
            integerPart = integerPart * 10 + d;
            if (integerPart > MaxIntegerPart)
            {
                end = i;
                return false;
            }
        }
        int integerDigits = i - start;
        ulong fraction = 0;
        int fractionDigits = 0;
        if ((uint)i < (uint)text.Length && CodeUnit(text[i]) == '.')
        {
            i++;
            int fractionStart = i;
            int stop = Math.Min(text.Length, i + Decimals);
            for (; i < stop; i++)
            {
                uint d = CodeUnit(text[i]) - '0';
                if (d > 9)
                    break;
                fraction = fraction * 10 + d;
            }
            fractionDigits = i - fractionStart;
            if (fractionDigits == Decimals)
            {
                for (; (uint)i < (uint)text.Length; i++)
                {
                    uint d = CodeUnit(text[i]) - '0';
                    if (d > 9)
                        break;
                    if (d != 0)
                    {
                        end = i;
                        return false; // more precision than the scale holds: refuse rather than round
                    }
                }
            }
        }
        end = i;
        if (integerDigits == 0 && fractionDigits == 0)
            return false;
        magnitude = integerPart * One + fraction * (ulong)PowersOf10[Decimals - fractionDigits];
        return true;
    }

    /// <summary>
    /// TryFormat writes <paramref name="raw"/> with exactly <paramref name="decimals"/> places
    /// (0..8), rounding half away from zero when fewer than eight are asked for; with
    /// <paramref name="trim"/> trailing fractional zeros (and a bare point) are dropped.
    /// </summary>
    public static bool TryFormat<TChar>(long raw, Span<TChar> destination, out int written, int decimals, bool trim)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if ((uint)decimals > Decimals)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "decimals must be 0..8");
        bool negative = raw < 0;
        ulong magnitude = negative ? (ulong)-(raw + 1) + 1 : (ulong)raw;
        ulong unit = (ulong)PowersOf10[Decimals - decimals];
        ulong scaled = (magnitude + unit / 2) / unit;
        ulong fractionUnit = (ulong)PowersOf10[decimals];
        ulong integerPart = scaled / fractionUnit;
        ulong fraction = scaled % fractionUnit;

        int fractionDigits = decimals;
        if (trim)
        {
            while (fractionDigits > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                fractionDigits--;
            }
        }

        if (integerPart == 0 && fraction == 0)
            negative = false; // never print "-0"
        int integerDigits = CountDigits(integerPart);
        int length = (negative ? 1 : 0) + integerDigits + (fractionDigits > 0 ? 1 + fractionDigits : 0);
        if (length > destination.Length)
        {
            written = 0;
            return false;
        }

        int p = length;
        for (int k = 0; k < fractionDigits; k++)
        {
            destination[--p] = ToChar<TChar>((uint)('0' + fraction % 10));
            fraction /= 10;
        }
        if (fractionDigits > 0)
            destination[--p] = ToChar<TChar>('.');
        do
        {
            destination[--p] = ToChar<TChar>((uint)('0' + integerPart % 10));
            integerPart /= 10;
        }
        while (integerPart != 0);
        if (negative)
            destination[--p] = ToChar<TChar>('-');
        written = length;
        return true;
    }

    /// <summary>
    /// TryFormat with a .NET-style format string: empty or "G" is the shortest exact text,
    /// "F0".."F8" (or "N0".."N8") a fixed number of decimals; "F" alone means eight.
    /// </summary>
    public static bool TryFormat<TChar>(long raw, Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (format.IsEmpty || format is "G" or "g")
            return TryFormat(raw, destination, out written, Decimals, trim: true);
        if ((format[0] | 0x20) is 'f' or 'n')
        {
            if (format.Length == 1)
                return TryFormat(raw, destination, out written, Decimals, trim: false);
            if (format.Length == 2 && format[1] is >= '0' and <= '8')
                return TryFormat(raw, destination, out written, format[1] - '0', trim: false);
        }
        throw new FormatException($"Unsupported format '{format}': use G, F or F0..F8.");
    }

    /// <summary>Format returns the text for <paramref name="raw"/> (allocates; for logs and tests).</summary>
    public static string Format(long raw, ReadOnlySpan<char> format)
    {
        Span<char> buffer = stackalloc char[MaxChars];
        TryFormat(raw, buffer, out int written, format);
        return new string(buffer[..written]);
    }

    /// <summary>DecimalsOf returns how many decimals a raw value needs, e.g. 0 for 1.0 and 2 for 0.01.</summary>
    public static int DecimalsOf(long raw)
    {
        if (raw == 0)
            return 0;
        int decimals = Decimals;
        while (decimals > 0 && raw % 10 == 0)
        {
            raw /= 10;
            decimals--;
        }
        return decimals;
    }

    // Code units are converted by reinterpretation rather than generic math (uint.CreateTruncating),
    // because unoptimised (Tier-0 or Debug) instantiations of the latter box each character.
    private static uint CodeUnit<TChar>(TChar c) where TChar : unmanaged =>
        typeof(TChar) == typeof(byte) ? Unsafe.As<TChar, byte>(ref c) : Unsafe.As<TChar, char>(ref c);

    private static TChar ToChar<TChar>(uint ascii) where TChar : unmanaged
    {
        if (typeof(TChar) == typeof(byte))
        {
            byte b = (byte)ascii;
            return Unsafe.As<byte, TChar>(ref b);
        }
        char c = (char)ascii;
        return Unsafe.As<char, TChar>(ref c);
    }

    private static int CountDigits(ulong value)
    {
        int n = 1;
        while (value >= 10)
        {
            value /= 10;
            n++;
        }
        return n;
    }
}
