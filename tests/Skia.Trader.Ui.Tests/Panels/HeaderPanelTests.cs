using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using SkiaSharp;
using static Skia.Trader.Ui.Tests.Panels.MarketData;

namespace Skia.Trader.Ui.Tests.Panels;

[Collection(Model.LanguageCollection.Name)] // the golden selects Chinese on the shared string table
public class HeaderPanelTests
{
    internal static TickerUpdate Ticker(string last, decimal percent, string high, string low, string volume) =>
        new(Start, P("0"), percent, P(last), P(last), P(last), Q("0"), P(last), Q("1"), P(last), Q("1"), P(last), P(high), P(low),
            Q(volume), Q("0"), Start - 86_400_000, Start, 1, 2, 2);

    [Fact]
    public void The_last_price_is_coloured_by_its_move_and_the_ticker_fills_the_24h_figures()
    {
        var header = new HeaderPanel("BTCUSDT", "SIM");
        header.ShowSymbol("BTCUSDT", 2, 5);
        header.ShowTicker(Ticker("64998.05", 1.2449m, "65410", "63900.1", "12345.678"), SKColors.Green, SKColors.Red);

        Assert.Equal("64,998.05", header.LastPrice.Text);
        Assert.Null(header.LastPrice.Color); // one price: no direction yet
        Assert.Equal("+1.24%", header.Change.Text);
        Assert.Equal(SKColors.Green, header.Change.Color);
        Assert.Equal("65,410.00", header.High.Text);
        Assert.Equal("63,900.10", header.Low.Text);
        Assert.Equal("12,345.67", header.Volume.Text);

        header.ShowLast(P("64990"), SKColors.Green, SKColors.Red);
        Assert.Equal(SKColors.Red, header.LastPrice.Color);
        header.ShowLast(P("64990"), SKColors.Green, SKColors.Red); // unchanged keeps the colour
        Assert.Equal(SKColors.Red, header.LastPrice.Color);
        header.ShowLast(P("64991.5"), SKColors.Green, SKColors.Red);
        Assert.Equal(SKColors.Green, header.LastPrice.Color);
        Assert.Equal("64,991.50", header.LastPrice.Text);

        Assert.Equal("-0.40%", HeaderPanel.FormatPercent(-0.404m));
        Assert.Equal("0.00%", HeaderPanel.FormatPercent(-0.004m));
        header.ShowTicker(Ticker("64998.05", -0.004m, "65410", "63900.1", "1"), SKColors.Green, SKColors.Red);
        Assert.Null(header.Change.Color); // rounds to 0.00%: no direction
    }

    [Fact]
    public void Clicking_a_watchlist_symbol_asks_to_show_it()
    {
        var watchlist = new WatchlistPanel(["BTCUSDT", "ETHUSDT", "SOLUSDT"]);
        using var window = new TestWindow(watchlist, 700, 24);
        watchlist.Show("ETHUSDT", P("3401.22"), -0.4m);
        window.RenderFrame();
        var clicked = new List<string>();
        watchlist.SymbolClicked += clicked.Add;

        Assert.Contains("ETHUSDT=\"3,401.22 -0.40%\"", window.ToMarkup(), StringComparison.Ordinal);
        window.Click(new SKPoint(20, 12));
        window.Click(new SKPoint(690, 12)); // past the last symbol: nothing
        Assert.Equal(["BTCUSDT"], clicked);
        Assert.Throws<ArgumentException>(() => watchlist.Select("XRPUSDT"));
    }

    [Fact]
    public void The_latency_is_shown_only_while_connected_not_the_last_one_measured_while_reconnecting()
    {
        var header = new HeaderPanel("BTCUSDT", "SIM");
        TimeSpan last = TimeSpan.FromMilliseconds(1.2);
        header.ShowHealth(ConnectionHealth.Connected, last, SKColors.Green, SKColors.Orange);
        Assert.Equal("connected 1.2 ms", header.Connection.Text);
        header.ShowHealth(ConnectionHealth.Reconnecting, last, SKColors.Green, SKColors.Orange); // the session keeps its last round trip
        Assert.Equal("reconnecting", header.Connection.Text);
        Assert.Equal(SKColors.Orange, header.Connection.Color);
        header.ShowHealth(ConnectionHealth.Resyncing, last, SKColors.Green, SKColors.Orange);
        Assert.Equal("resyncing", header.Connection.Text);
        header.ShowHealth(ConnectionHealth.Offline, last, SKColors.Green, SKColors.Orange);
        Assert.Equal("offline", header.Connection.Text);
        header.ApplyLanguage(); // a language change rewrites the state without the stale latency too
        Assert.Equal("offline", header.Connection.Text);
        header.ShowHealth(ConnectionHealth.Connected, TimeSpan.FromMilliseconds(3.4), SKColors.Green, SKColors.Orange);
        Assert.Equal("connected 3.4 ms", header.Connection.Text);
    }

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    [InlineData("light", "zh-CN")]
    public void Header_and_watchlist_render_prices_coloured_by_direction(string theme, string language)
    {
        using var _ = Language.Use(language);
        var header = new HeaderPanel("BTCUSDT", "SIM");
        var watchlist = new WatchlistPanel(["BTCUSDT", "ETHUSDT", "SOLUSDT"]);
        var top = new Stack { Orientation = Orientation.Vertical };
        top.Add(header.View);
        top.Add(watchlist);
        using var window = new TestWindow(top, 1000, 70);
        Theme t = theme == "dark" ? Theme.Dark : Theme.Light;
        window.Root.Theme = t;
        header.ShowSymbol("BTCUSDT", 2, 5);
        header.ShowHealth(ConnectionHealth.Connected, TimeSpan.FromMilliseconds(4.2), t.Positive, t.Warning);
        header.ShowTicker(Ticker("64998.05", 1.2449m, "65410", "63900.1", "12345.678"), t.Positive, t.Negative);
        header.ShowLast(P("65001.10"), t.Positive, t.Negative);
        watchlist.SetDecimals("SOLUSDT", 3);
        watchlist.Show("BTCUSDT", P("65001.10"), 1.2449m);
        watchlist.Show("ETHUSDT", P("3401.22"), -0.4m);
        watchlist.Show("SOLUSDT", P("151.234"), 0m);
        RenderAssert.AssertRendersToImage(window, name: "Header_" + theme + Language.GoldenSuffix(language));
    }
}
