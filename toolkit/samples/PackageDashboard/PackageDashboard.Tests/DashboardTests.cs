using PackageDashboard;
using Skia.Toolkit.Testing;

namespace PackageDashboard.Tests;

public class DashboardTests
{
    // Goldens live in Goldens/ next to this project's .csproj.
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static readonly DateTime Start = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Dashboard_after_a_minute_and_a_half_of_feed_with_the_crosshair_on_the_feed()
    {
        var dashboard = new Dashboard();
        dashboard.Replay(Start, 45_000);
        using var window = new TestWindow(dashboard.Content, 900, 600);
        window.MoveTo(dashboard.Feed.BoundsInWindow.MidX, dashboard.Feed.BoundsInWindow.MidY);
        using var frame = window.Capture();
        Goldens.AssertMatches(frame);
        // What the picture shows, in words: real times on the feed's axis and under the crosshair.
        var markup = window.ToMarkup();
        Assert.Matches(@"LineChart .* x-labels=09:01:\d\d(\|09:01:\d\d)+", markup);
        Assert.Matches(@"LineChart .* readout=""09:01:\d\d\.\d{3}  2\d{4}\.\d+""", markup);
    }

    [Fact]
    public void The_feed_keeps_the_newest_ten_seconds_and_the_candles_every_five_seconds()
    {
        var dashboard = new Dashboard();
        dashboard.Replay(Start, 45_000);
        Assert.Equal(5_000, dashboard.Feed.Count);
        Assert.Equal(40_000, dashboard.Feed.FirstPointNumber);
        Assert.Equal(Start.AddSeconds(80), dashboard.Feed.TimeOf(0));
        Assert.Equal(18, dashboard.Candles.Count);
        Assert.Equal(Start.AddSeconds(85), dashboard.Candles.Candles[^1].Time);
    }
}
