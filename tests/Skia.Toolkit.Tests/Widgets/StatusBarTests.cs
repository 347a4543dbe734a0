using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class StatusBarTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static StatusBar Make()
    {
        var bar = new StatusBar { VerticalAlignment = VerticalAlignment.Bottom };
        bar.AddSegment("Connected", tone: StatusTone.Positive);
        bar.AddSegment("BTCUSDT depth in sync");
        bar.AddSegment("Stale: ETHBTC 4 s", tone: StatusTone.Warning);
        bar.AddSegment("12 ms", alignRight: true);
        bar.AddSegment("10:42:07 UTC", alignRight: true);
        return bar;
    }

    [Fact]
    public void StatusBar_segments_render_in_both_themes()
    {
        using var strip = StateStrip.Render(520, 40, StateStrip.BothThemes, new WidgetState("normal", Make));
        Goldens.AssertMatches(strip, "StatusBar_segments_render_in_both_themes");
    }

    [Fact]
    public void Segments_group_left_and_right_and_a_text_change_relays_the_bar_out()
    {
        var bar = Make();
        using var window = new TestWindow(bar, 420, 40);
        var clock = bar.Segments[4];
        var rightEdge = clock.BoundsInWindow.Right;
        Assert.Equal(420, rightEdge);
        Assert.Equal(0, bar.Segments[0].BoundsInWindow.Left);
        clock.Text = "10:42:08 UTC and a longer note";
        window.RenderFrame();
        Assert.Equal(420, clock.BoundsInWindow.Right);
        Assert.True(bar.Segments[3].BoundsInWindow.Right <= clock.BoundsInWindow.Left);
        // Too narrow for both groups: the left group is cut, never drawn over the right one.
        Assert.True(bar.Segments[2].BoundsInWindow.Right <= bar.Segments[3].BoundsInWindow.Left);
        Assert.True(bar.RemoveSegment(bar.Segments[3]));
        Assert.Equal(4, bar.Segments.Count);
    }

    [Fact]
    public void Markup_lists_segments_with_their_tone_and_side()
    {
        var bar = new StatusBar();
        bar.AddSegment("Disconnected", tone: StatusTone.Negative);
        bar.AddSegment("v1.0", alignRight: true);
        using var window = new TestWindow(bar, 300, 22);
        var markup = window.ToMarkup();
        Assert.StartsWith("StatusBar (0,0 300x22)", markup, StringComparison.Ordinal);
        Assert.Contains("text=Disconnected tone=Negative", markup, StringComparison.Ordinal);
        Assert.Contains("text=v1.0 right=true", markup, StringComparison.Ordinal);
    }
}
