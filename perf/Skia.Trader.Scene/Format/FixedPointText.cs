namespace Skia.Trader.Scene.Format;

/// <summary>
/// FixedPointText writes the scene's numbers (fixed-point prices and sizes, times of day, percent
/// changes) into a caller's char buffer, allocating nothing: a frame redraws hundreds of them.
/// </summary>
public static class FixedPointText
{
    private const long MsPerDay = 86_400_000;

    /// <summary>WriteFixed writes <paramref name="value"/> / 10^<paramref name="decimals"/> with exactly that many decimals ("29983.42") and returns the length.</summary>
    public static int WriteFixed(long value, int decimals, Span<char> destination)
    {
        if ((uint)decimals > 18) throw new ArgumentOutOfRangeException(nameof(decimals));
        int length = 0;
        ulong magnitude;
        if (value < 0)
        {
            destination[length++] = '-';
            magnitude = (ulong)(-(value + 1)) + 1; // long.MinValue-safe
        }
        else
        {
            magnitude = (ulong)value;
        }
        // Digits come out least significant first; write them backwards into a scratch buffer.
        Span<char> digits = stackalloc char[40];
        int n = 0;
        do
        {
            digits[n++] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0 || n <= decimals);
        for (int i = n - 1; i >= 0; i--)
        {
            if (i == decimals - 1) destination[length++] = '.';
            destination[length++] = digits[i];
        }
        return length;
    }

    /// <summary>WriteTimeOfDay writes <paramref name="ms"/> after midnight, taken modulo 24 h, as HH:MM:SS.mmm and returns 12.</summary>
    public static int WriteTimeOfDay(long ms, Span<char> destination)
    {
        long t = ((ms % MsPerDay) + MsPerDay) % MsPerDay;
        WriteTwo(t / 3_600_000, destination);
        destination[2] = ':';
        WriteTwo(t / 60_000 % 60, destination[3..]);
        destination[5] = ':';
        WriteTwo(t / 1000 % 60, destination[6..]);
        destination[8] = '.';
        long millis = t % 1000;
        destination[9] = (char)('0' + millis / 100);
        destination[10] = (char)('0' + millis / 10 % 10);
        destination[11] = (char)('0' + millis % 10);
        return 12;
    }

    /// <summary>WriteChange writes a change in hundredths of a percent with its sign ("+0.05%", "-1.20%") and returns the length.</summary>
    public static int WriteChange(long basisPoints, Span<char> destination)
    {
        destination[0] = basisPoints < 0 ? '-' : '+';
        int length = 1 + WriteFixed(Math.Abs(basisPoints), 2, destination[1..]);
        destination[length++] = '%';
        return length;
    }

    /// <summary>WriteInteger writes <paramref name="value"/> in decimal and returns the length.</summary>
    public static int WriteInteger(long value, Span<char> destination) => WriteFixed(value, 0, destination);

    private static void WriteTwo(long value, Span<char> destination)
    {
        destination[0] = (char)('0' + value / 10);
        destination[1] = (char)('0' + value % 10);
    }
}
