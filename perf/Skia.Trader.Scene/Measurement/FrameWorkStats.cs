namespace Skia.Trader.Scene.Measurement;

/// <summary>FrameWorkStats summarises per-frame work times in milliseconds.</summary>
/// <param name="P50">P50 is the median.</param>
/// <param name="P99">P99 is the 99th percentile (nearest rank).</param>
/// <param name="Max">Max is the slowest frame.</param>
public readonly record struct FrameWorkStats(double P50, double P99, double Max)
{
    /// <summary>From computes the summary of <paramref name="samples"/> (sorted in place is avoided: it copies).</summary>
    public static FrameWorkStats From(ReadOnlySpan<double> samples)
    {
        if (samples.IsEmpty) return new FrameWorkStats(double.NaN, double.NaN, double.NaN);
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return new FrameWorkStats(Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    // Nearest-rank percentile: the smallest sample with at least p of the samples at or below it.
    private static double Percentile(double[] sorted, double p)
    {
        int rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
