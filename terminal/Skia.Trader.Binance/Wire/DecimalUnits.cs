namespace Skia.Trader.Binance.Wire;

/// <summary>
/// DecimalUnits converts Binance's decimal strings to and from whole numbers of 1e-8 units,
/// the finest precision any Binance Spot price or quantity carries, without allocating or
/// ever passing through <c>double</c>.
/// </summary>
internal static class DecimalUnits
{
    /// <summary>Scale is the number of decimal places one unit stands for (Binance quotes at most 8).</summary>
    public const int Scale = 8;

    /// <summary>One is the unit count of the number 1.</summary>
    public const long One = 100_000_000;

    /// <summary>
    /// TryParse reads an ASCII decimal such as <c>0.35130000</c>, <c>-1.5</c> or <c>6195</c>.
    /// More than 8 fractional digits are accepted only when the extra ones are zeros; overflow,
    /// empty input, stray characters or a lone sign or point fail.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out long units)
    {
        units = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        // 92_233_720_368 whole units is the largest value whose 1e-8 scaling fits a long.
        const long maxWhole = long.MaxValue / One;
        for (; i < text.Length && text[i] != (byte)'.'; i++)
        {
            int d = text[i] - '0';
            if ((uint)d > 9) return false;
            whole = whole * 10 + d;
            if (whole > maxWhole) return false;
            digits++;
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (i < text.Length)
        {
            i++; // the point
            for (; i < text.Length; i++)
            {
                int d = text[i] - '0';
                if ((uint)d > 9) return false;
                digits++;
                if (fractionDigits < Scale)
                {
                    fraction = fraction * 10 + d;
                    fractionDigits++;
                }
                else if (d != 0)
                {
                    return false; // finer than 1e-8: not representable exactly
                }
            }
        }
        if (digits == 0) return false;
        for (int k = fractionDigits; k < Scale; k++) fraction *= 10;
        long value = whole * One;
        if (value > long.MaxValue - fraction) return false;
        value += fraction;
        units = negative ? -value : value;
        return true;
    }

    /// <summary>TryParse reads a decimal held in a .NET string (REST answers decoded by the JSON source generator).</summary>
    public static bool TryParse(string? text, out long units)
    {
        units = 0;
        if (text is null || text.Length == 0 || text.Length > 64) return false;
        Span<byte> bytes = stackalloc byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 127) return false;
            bytes[i] = (byte)c;
        }
        return TryParse(bytes, out units);
    }

    /// <summary>Parse reads a decimal string or throws <see cref="FormatException"/> naming it.</summary>
    public static long Parse(string? text) =>
        TryParse(text, out long units) ? units : throw new FormatException($"'{text}' is not a decimal with at most 8 places.");

    /// <summary>
    /// TryFormat writes the value with its fractional zeros trimmed (<c>0.1</c>, <c>25</c>), the form
    /// Binance accepts in request parameters; it returns false when the destination is too short.
    /// </summary>
    public static bool TryFormat(long units, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> buffer = stackalloc char[32];
        int pos = buffer.Length;
        bool negative = units < 0;
        ulong magnitude = negative ? (ulong)(-(units + 1)) + 1 : (ulong)units;
        ulong whole = magnitude / One;
        ulong fraction = magnitude % One;
        if (fraction != 0)
        {
            int places = Scale;
            while (fraction % 10 == 0) { fraction /= 10; places--; }
            for (int k = 0; k < places; k++)
            {
                buffer[--pos] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }
            buffer[--pos] = '.';
        }
        do
        {
            buffer[--pos] = (char)('0' + (int)(whole % 10));
            whole /= 10;
        } while (whole != 0);
        if (negative) buffer[--pos] = '-';
        int length = buffer.Length - pos;
        if (length > destination.Length) return false;
        buffer[pos..].CopyTo(destination);
        written = length;
        return true;
    }

    /// <summary>Format returns the trimmed decimal text of a unit count (for request parameters and logs).</summary>
    public static string Format(long units)
    {
        Span<char> buffer = stackalloc char[32];
        TryFormat(units, buffer, out int written);
        return new string(buffer[..written]);
    }
}
