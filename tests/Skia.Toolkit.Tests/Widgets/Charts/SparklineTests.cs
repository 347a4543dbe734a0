using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets.Charts;

namespace Skia.Toolkit.Tests.Widgets.Charts;

public class SparklineTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static Sparkline With(params double[] values)
    {
        var s = new Sparkline(8) { Margin = new Thickness(4) };
        foreach (var v in values) s.Append(v);
        return s;
    }

    [Fact]
    public void Sparkline_rising_falling_gap_and_empty_in_both_themes()
    {
        using var strip = StateStrip.Render(88, 28, StateStrip.BothThemes,
            new("rising", () => With(1, 3, 2, 4, 3, 5, 6, 7)),
            new("falling", () => With(7, 6, 6.5, 4, 5, 3, 2, 1)),
            new("gap", () => With(1, 2, double.NaN, double.NaN, 3, 2, 4, 5)),
            new("empty", () => With(double.NaN)));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void Keeps_the_newest_values_and_appends_without_allocating()
    {
        var spark = With(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Assert.Equal(8, spark.Count);
        using var window = new HeadlessWindow(spark, 90, 30);
        for (var i = 0; i < 20; i++)
        {
            spark.Append(i % 5);
            window.RenderFrame();
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++)
        {
            spark.Append(i % 7);
            window.RenderFrame();
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Contains("values=8", window.Root.ToMarkup());
    }
}
