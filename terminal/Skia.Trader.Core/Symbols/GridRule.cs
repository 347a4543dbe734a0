namespace Skia.Trader.Core.Symbols;

/// <summary>
/// GridRule is the arithmetic shared by PRICE_FILTER and LOT_SIZE on raw 10^-8 values: a value
/// is valid when min &lt;= value &lt;= max and (value - min) is a multiple of step; a zero min,
/// max or step disables that part, as on Binance.
/// </summary>
internal static class GridRule
{
    /// <summary>Check returns 0 when valid, 1 below min, 2 above max, 3 off the grid.</summary>
    public static int Check(long value, long min, long max, long step)
    {
        if (value <= 0 || value < min)
            return 1;
        if (max != 0 && value > max)
            return 2;
        if (step != 0 && (value - min) % step != 0)
            return 3;
        return 0;
    }

    /// <summary>
    /// Nearest returns the valid value closest to <paramref name="value"/> (halves away from
    /// the minimum), clamped into [min, max] on the grid; the smallest valid value when the
    /// input is zero or negative.
    /// </summary>
    public static long Nearest(long value, long min, long max, long step)
    {
        // With no minimum the smallest valid value is one step (or one raw unit): zero is never valid.
        long lowest = min > 0 ? min : (step > 0 ? step : 1);
        long highest = max > 0 ? max : long.MaxValue;
        if (step > 0)
            highest = min + (highest - min) / step * step; // the largest grid point not above max
        if (value <= lowest)
            return lowest;
        if (value >= highest)
            return highest;
        if (step <= 0)
            return value;
        long offset = value - min;
        long down = offset / step * step;
        long rest = offset - down;
        long rounded = rest >= step - rest ? down + step : down;
        return Math.Min(min + rounded, highest);
    }

    /// <summary>RoundToGrid rounds a value onto the grid (min + k * step) in the given direction without clamping to max.</summary>
    public static long RoundToGrid(long value, long min, long step, bool up)
    {
        if (step <= 0)
            return value;
        long offset = value - min;
        long down = offset >= 0 ? offset / step * step : -((-offset + step - 1) / step * step);
        return min + (up && down != offset ? down + step : down);
    }
}
