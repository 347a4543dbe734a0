namespace Skia.Toolkit.Widgets;

/// <summary>
/// DecimalText parses and formats plain decimal numbers exactly, without going through
/// <see cref="double"/> and without culture: optional sign, digits, optional point, digits.
/// </summary>
internal static class DecimalText
{
    /// <summary>The largest scale (digits after the point) a decimal can hold.</summary>
    private const int MaxScale = 28;

    /// <summary>TryParse reads text such as "-12.500" into an exact decimal; surrounding white space is ignored.</summary>
    public static NumericError TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty) return NumericError.Empty;

        var negative = false;
        var i = 0;
        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        decimal mantissa = 0;
        var scale = 0;
        var digits = 0;
        var seenPoint = false;
        // Trailing zeros after the point are counted but only committed when a non-zero digit follows,
        // so "1.2500000000000000000000000000000" stays representable.
        var pendingZeros = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (seenPoint) return NumericError.NotANumber;
                seenPoint = true;
                continue;
            }
            if (c is < '0' or > '9') return NumericError.NotANumber;
            digits++;
            var d = c - '0';
            if (seenPoint && d == 0)
            {
                pendingZeros++;
                continue;
            }
            // Commit zeros held back after the point, then this digit.
            for (; pendingZeros > 0; pendingZeros--)
            {
                if (!Append(ref mantissa, 0)) return NumericError.TooManyDigits;
                scale++;
            }
            if (!Append(ref mantissa, d)) return NumericError.TooManyDigits;
            if (seenPoint) scale++;
        }
        if (digits == 0) return NumericError.NotANumber;
        if (scale > MaxScale) return NumericError.TooManyDigits;

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(mantissa, bits);
        value = new decimal(bits[0], bits[1], bits[2], negative && mantissa != 0, (byte)scale);
        return NumericError.None;
    }

    /// <summary>Append adds a digit to the integer mantissa unless it would no longer fit decimal's 96 bits.</summary>
    private static bool Append(ref decimal mantissa, int digit)
    {
        // (MaxValue - digit) / 10 is exact in decimal (one more decimal place), so the comparison is too.
        if (mantissa > (decimal.MaxValue - digit) / 10m) return false;
        mantissa = mantissa * 10 + digit;
        return true;
    }

    /// <summary>DecimalPlaces returns how many digits after the point a value needs (0.0100 needs 2).</summary>
    public static int DecimalPlaces(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        // Drop trailing zeros of the mantissa; each one lowers the scale by one.
        while (scale > 0 && decimal.Remainder(value * Pow10(scale - 1), 1m) == 0) scale--;
        return scale;
    }

    /// <summary>Format writes a value with exactly the given number of decimals, invariant culture.</summary>
    public static string Format(decimal value, int decimals)
        => value.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Pow10(int n)
    {
        decimal p = 1;
        for (var k = 0; k < n; k++) p *= 10;
        return p;
    }
}
