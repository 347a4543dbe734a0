using System.Globalization;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>ChartTicks picks "nice" axis tick steps (1, 2 or 5 times a power of ten), as in Heckbert's Graphics Gems labelling algorithm.</summary>
internal static class ChartTicks
{
    /// <summary>Step returns a nice step giving about <paramref name="targetCount"/> ticks across a span.</summary>
    public static double Step(double span, int targetCount)
    {
        if (!(span > 0) || !double.IsFinite(span)) return 1;
        var raw = span / Math.Max(1, targetCount);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>StepAtLeast returns the smallest nice step (1, 2 or 5 times a power of ten) not below <paramref name="minimum"/>.</summary>
    public static double StepAtLeast(double minimum)
    {
        if (!(minimum > 0) || !double.IsFinite(minimum)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(minimum)));
        var residual = minimum / magnitude;
        // 1e-9 absorbs the rounding of minimum / magnitude, so that exactly 2 or 5 stays 2 or 5.
        var nice = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>Decimals returns how many decimals show a tick step exactly enough.</summary>
    public static int Decimals(double step) => step >= 1 ? 0 : Math.Min(8, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));

    /// <summary>
    /// Format prints an axis value with a fixed number of decimals (invariant culture), never as "-0": a value
    /// that rounds to zero, such as -1e-15 left by a tick computation or -0.0 itself, prints as "0".
    /// </summary>
    public static string Format(double value, int decimals)
    {
        var d = Math.Clamp(decimals, 0, FixedFormats.Length - 1);
        var rounded = Math.Round(value, d);
        if (rounded == 0) rounded = 0; // -0.0 == 0 is true: this replaces negative zero by positive zero
        return rounded.ToString(FixedFormats[d], CultureInfo.InvariantCulture);
    }

    /// <summary>MaxFormattedLength is room for any value <see cref="Format(double, int, Span{char})"/> writes (double.MaxValue with nine decimals).</summary>
    public const int MaxFormattedLength = 330;

    /// <summary>Format writes what <see cref="Format(double, int)"/> returns into <paramref name="destination"/> (at least <see cref="MaxFormattedLength"/> long), allocating nothing; returns the length written.</summary>
    public static int Format(double value, int decimals, Span<char> destination)
    {
        var d = Math.Clamp(decimals, 0, FixedFormats.Length - 1);
        var rounded = Math.Round(value, d);
        if (rounded == 0) rounded = 0;
        if (!rounded.TryFormat(destination, out var written, FixedFormats[d], CultureInfo.InvariantCulture))
            throw new ArgumentException($"The destination needs room for {MaxFormattedLength} characters.", nameof(destination));
        return written;
    }

    // "F0".."F9" made once (nine decimals is finer than any price or size tick) instead of a format string per label.
    private static readonly string[] FixedFormats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"];
}
