using Skia.Toolkit.Testing;
using Skia.Trader.Ui.Panels;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Panels;

public class DepthPanelTests
{
    [Fact]
    public void The_book_shows_as_cumulative_depth_around_the_mid()
    {
        var depth = new DepthPanel();
        using var window = new TestWindow(depth.View, 400, 240);
        depth.SetDecimals(2);
        depth.Show(Of([("99.98", "1"), ("99.99", "2")], [("100.01", "0.5"), ("100.03", "4")]));
        window.RenderFrame();

        Assert.Equal(2, depth.Chart.BidCount);
        Assert.Equal(2, depth.Chart.AskCount);
        Assert.Equal(100.0, depth.Chart.MidPrice, 9);
        Assert.Equal(3.0, depth.Chart.BidDepthAt(99.98), 9);
        Assert.Equal(4.5, depth.Chart.AskDepthAt(100.03), 9);
        depth.Clear();
        Assert.Equal(0, depth.Chart.Count);
    }
}
