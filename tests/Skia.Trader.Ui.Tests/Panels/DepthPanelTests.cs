using System.Globalization;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Trader.Ui.Panels;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Panels;

[Collection(Model.LanguageCollection.Name)] // the waiting golden selects Chinese on the shared string table
public class DepthPanelTests
{
    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public void Depth_of_a_fixed_book(string theme)
    {
        var depth = new DepthPanel();
        using var window = new TestWindow(depth.View, 420, 240);
        window.Root.Theme = theme == "dark" ? Theme.Dark : Theme.Light;
        depth.SetDecimals(2);
        var bids = new (string, string)[24];
        var asks = new (string, string)[24];
        for (var i = 0; i < 24; i++)
        {
            bids[i] = (((9_999 - i * 2 - i % 3) / 100m).ToString("0.00", CultureInfo.InvariantCulture), (0.25m + (i * 7 % 5) * 0.5m).ToString(CultureInfo.InvariantCulture));
            asks[i] = (((10_001 + i * 2 + i % 4) / 100m).ToString("0.00", CultureInfo.InvariantCulture), (0.2m + (i * 3 % 7) * 0.4m).ToString(CultureInfo.InvariantCulture));
        }
        depth.Show(Of(bids, asks));
        RenderAssert.AssertRendersToImage(window, name: "Depth_" + theme);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Depth_waiting_for_the_book(string language)
    {
        using var _ = Language.Use(language);
        var depth = new DepthPanel();
        using var window = new TestWindow(depth.View, 420, 240);
        RenderAssert.AssertRendersToImage(window, name: "Depth_waiting_" + language);
    }

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
