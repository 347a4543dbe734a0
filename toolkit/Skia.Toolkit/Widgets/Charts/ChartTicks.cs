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

    /// <summary>Decimals returns how many decimals show a tick step exactly enough.</summary>
    public static int Decimals(double step) => step >= 1 ? 0 : Math.Min(8, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));
}
