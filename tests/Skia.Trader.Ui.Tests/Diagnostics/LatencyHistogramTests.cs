using Skia.Trader.Ui.Diagnostics;

namespace Skia.Trader.Ui.Tests.Diagnostics;

/// <summary>LatencyHistogram: percentiles to 0.1 ms, capped at the exact maximum, with stale data in the last bucket.</summary>
public class LatencyHistogramTests
{
    [Fact]
    public void Percentiles_report_the_upper_edge_of_a_tenth_of_a_millisecond_and_never_exceed_the_maximum()
    {
        var h = new LatencyHistogram();
        Assert.Equal(0, h.Percentile(0.99));
        h.Record(0.42);
        h.Record(1.0);
        h.Record(1.04);
        h.Record(-3); // clocks a little apart: counts as 0
        Assert.Equal(4, h.Count);
        Assert.Equal(0.5, h.Percentile(0.50), 6);
        Assert.Equal(1.04, h.Percentile(1.0), 6); // the bucket's edge is 1.1, the maximum 1.04
        Assert.Equal(0.1, h.Percentile(0.25), 6);
    }

    [Fact]
    public void Data_older_than_two_seconds_lands_in_the_last_bucket_and_the_maximum_stays_exact()
    {
        var h = new LatencyHistogram();
        h.Record(1);
        h.Record(90_000);
        Assert.Equal(90_000, h.MaxMilliseconds);
        Assert.Equal(2000, h.Percentile(0.99), 6);
        h.Clear();
        Assert.Equal(0, h.Count);
        Assert.Equal(0, h.MaxMilliseconds);
    }
}
