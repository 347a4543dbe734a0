using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Tests.Model;
using Skia.Trader.Ui.Text;
using SkiaSharp;
using static Skia.Trader.Ui.Tests.Panels.MarketData;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>
/// The whole default screen at the window's default size (1440 x 900) from fixed state: a book, the ladder's two own
/// orders, trades on the tape, kline history, the watchlist's 24 h tickers, an account with balances, order history and
/// fills, fixed status-bar figures, a fixed time zone and the headless window's simulated clock; dark and light, English
/// and Chinese. A language chosen at run time gives the same pixels as a screen built in that language.
/// </summary>
[Collection(LanguageCollection.Name)]
public sealed class TerminalScreenGoldenTests
{
    private const int Width = 1440; // terminal/Skia.Trader/Program.cs: the window's default size
    private const int Height = 900;

    private static readonly SymbolInfo Eth = new("ETHUSDT", "ETH", "USDT",
        new PriceFilter(P("0.01"), P("1000000"), P("0.01")), new LotSizeFilter(Q("0.0001"), Q("9000"), Q("0.0001")), NotionalFilter.None);

    private static readonly SymbolInfo Sol = new("SOLUSDT", "SOL", "USDT",
        new PriceFilter(P("0.001"), P("100000"), P("0.001")), new LotSizeFilter(Q("0.001"), Q("90000"), Q("0.001")), NotionalFilter.None);

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    [InlineData("light", "zh-CN")]
    public void Terminal(string theme, string language)
    {
        using var _ = Language.Use(language);
        using var screen = new TerminalScreen("BTCUSDT", "SIM", UtcPlus2);
        using var window = Open(screen, theme);
        RenderAssert.AssertRendersToImage(window, name: GoldenName(theme, language));
    }

    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public void A_language_chosen_at_run_time_reaches_every_panel_in_the_next_frame(string theme)
    {
        using var _ = Language.Use("en");
        using var screen = new TerminalScreen("BTCUSDT", "SIM", UtcPlus2);
        using var window = Open(screen, theme);
        RenderAssert.AssertRendersToImage(window, name: GoldenName(theme, "en"));

        // What terminal.json's "language" does at run time (TerminalShell.ApplyConfig): select it on the shared table.
        Assert.True(TerminalStrings.Table.Select("zh-CN"));
        window.RenderFrame(); // one frame
        Assert.Equal(["当前委托", "历史委托", "成交记录", "资产"], screen.Tabs.Tabs.Select(t => t.Header));
        Assert.Equal("帧率 60", screen.StatusBar.Segments[0].Text);
        RenderAssert.AssertRendersToImage(window, name: GoldenName(theme, "zh-CN"));
        // The tabs not shown (order history, trades, balances: titles, filters, column names) too: the whole widget tree
        // reads as that of a screen built in Chinese.
        Assert.Equal(FreshMarkup(theme), window.ToMarkup());

        Assert.True(TerminalStrings.Table.Select("en"));
        window.RenderFrame();
        RenderAssert.AssertRendersToImage(window, name: GoldenName(theme, "en"));
        Assert.Equal(FreshMarkup(theme), window.ToMarkup());
    }

    // The markup of a screen built in the selected language from the same state.
    private static string FreshMarkup(string theme)
    {
        using var screen = new TerminalScreen("BTCUSDT", "SIM", UtcPlus2);
        using var window = Open(screen, theme);
        return window.ToMarkup();
    }

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    [InlineData("light", "zh-CN")]
    public void Status_bar(string theme, string language)
    {
        using var _ = Language.Use(language);
        using var screen = new TerminalScreen("BTCUSDT", "SIM", UtcPlus2);
        using var window = Open(screen, theme);
        using SKBitmap full = window.Capture();
        using var bar = new SKBitmap();
        Assert.True(full.ExtractSubset(bar, SKRectI.Round(screen.StatusBar.BoundsInWindow)));
        Assert.Equal(Width, bar.Width);
        using SKBitmap copy = bar.Copy();
        RenderAssert.AssertRendersToImage(copy, name: "StatusBar_" + theme + "_" + language);
    }

    private static string GoldenName(string theme, string language) => "Terminal_" + theme + "_" + language;

    // The screen in a headless window at the default size, filled from fixed state, a few frames on (the ladder's
    // one-frame flash of the first book is over; the last trade's size has not begun to fade: that takes a second).
    private static TestWindow Open(TerminalScreen screen, string theme)
    {
        var window = new TestWindow(screen.Content, Width, Height);
        window.Root.Theme = theme == "dark" ? Theme.Dark : Theme.Light;
        List<Candle> klines = Klines(120);
        Price close = klines[^1].Close;
        TradePrint[] trades = Trades(close);
        screen.ShowSnapshot(window.Window, Fixtures.Btc, Book(close), trades[^1], Account(close));
        screen.ShowMarket(Fixtures.Btc, [Fixtures.Btc, Eth, Sol], Tickers(trades[^1].Price), trades, klines, trades[^1].TradeId);
        screen.ShowFrameFigures(60, TimeSpan.FromMilliseconds(1.84));
        screen.Telemetry.ShowFigures(dataAgeP99Ms: 6.2, feedPerSecond: 412, lastOrderMs: 3.4);
        for (var i = 0; i < 3; i++) window.RenderFrame();
        return window;
    }

    // 30 levels a side around the last close: the best bid one cent under it, sizes in a fixed pattern.
    private static OrderBookSnapshot Book(Price close)
    {
        var bids = new BookLevel[30];
        var asks = new BookLevel[30];
        for (var i = 0; i < 30; i++)
        {
            long stepDown = i * 3 + (i % 4); // gaps of 3-6 ticks
            bids[i] = new BookLevel(Price.FromRaw(close.Raw - (1 + stepDown) * 1_000_000), Quantity.FromRaw((5 + (i * 37) % 29) * 2_500_000));
            asks[i] = new BookLevel(Price.FromRaw(close.Raw + stepDown * 1_000_000), Quantity.FromRaw((4 + (i * 23) % 31) * 2_000_000));
        }
        return new OrderBookSnapshot("BTCUSDT", 1, Start + 7_200_000, bids, asks);
    }

    // 40 trades in the two seconds after the last candle opened: sides alternate in runs, one large print, two merged.
    private static TradePrint[] Trades(Price close)
    {
        var trades = new TradePrint[40];
        long time = Start + 119 * 60_000 + 1_000;
        for (var i = 0; i < trades.Length; i++)
        {
            long offset = ((i * 7) % 11 - 5) * 1_000_000; // within five cents of the close
            long size = i == 33 ? 95_000_000 : (1 + (i * 13) % 17) * 150_000;
            if (i % 9 != 3) time += 37 + (i % 5) * 11; // every ninth shares the millisecond before it: merged
            trades[i] = new TradePrint(5_000 + i, Price.FromRaw(close.Raw + offset), Quantity.FromRaw(size), time, i % 3 == 0);
        }
        return trades;
    }

    private static TickerBoard Tickers(Price btcLast) => new(["BTCUSDT", "ETHUSDT", "SOLUSDT"],
    [
        Ticker(btcLast, 1.2449m, btcLast.Raw + 41_000_000_000, btcLast.Raw - 118_000_000_000, "12345.678"),
        Ticker(P("3401.22"), -0.4m, P("3450.10").Raw, P("3380.00").Raw, "98765.4321"),
        Ticker(P("151.234"), 0m, P("155.5").Raw, P("149.875").Raw, "1234567.89"),
    ]);

    private static TickerUpdate Ticker(Price last, decimal percent, long high, long low, string volume) =>
        new(Start, P("0"), percent, last, last, last, Q("0"), last, Q("1"), last, Q("1"), last, Price.FromRaw(high), Price.FromRaw(low),
            Q(volume), Q("0"), Start - 86_400_000, Start, 1, 2, 2);

    // Connected, two resting orders on the ladder (a bid under the best bid, an ask over the best ask), balances, six
    // orders of history (filled, canceled, rejected with the exchange's message, ...) and three fills.
    private static SessionSnapshot Account(Price close)
    {
        Price bid = Price.FromRaw(close.Raw - 10 * 1_000_000), ask = Price.FromRaw(close.Raw + 12 * 1_000_000);
        OpenOrderView[] open =
        [
            new("skt-o1", "BTCUSDT", OrderSide.Buy, OrderType.Limit, bid, Q("0.25"), Q("0"), OrderStatus.New, null),
            new("skt-o2", "BTCUSDT", OrderSide.Sell, OrderType.Limit, ask, Q("0.4"), Q("0.1"), OrderStatus.PartiallyFilled, null),
        ];
        AccountBalance[] balances =
        [
            new("BTC", Q("1.24036"), Q("0.3")),
            new("ETH", Q("8.5"), Q("0")),
            new("USDT", Q("85618.5"), Quantity.FromRaw(bid.Raw / 4)), // the bid's 0.25 BTC
        ];
        return new SessionSnapshot(7, ConnectionHealth.Connected, TimeSpan.FromMilliseconds(4.2), open, balances, [], 0)
        {
            History = [.. OrderTabsTests.History],
            Trades = [.. OrderTabsTests.Trades],
        };
    }
}
