using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using static Skia.Trader.Ui.Tests.Panels.Fixtures;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>The lower tabs from fixed data: open orders, order history (virtualised, sortable, filtered), trades, balances.</summary>
[Collection(Model.LanguageCollection.Name)] // the goldens select Chinese on the shared string table
public sealed class OrderTabsTests
{
    private const long T0 = 1_767_225_600_000; // 2026-01-01 00:00:00 UTC

    internal static readonly OpenOrderView[] Open =
    [
        new("skt-a1", "BTCUSDT", OrderSide.Buy, OrderType.Limit, P("59000"), Q("0.1"), Q("0"), OrderStatus.PendingSend, null),
        new("skt-a2", "BTCUSDT", OrderSide.Sell, OrderType.Limit, P("61000"), Q("0.25"), Q("0.1"), OrderStatus.PartiallyFilled, null),
        new("skt-a3", "BTCUSDT", OrderSide.Buy, OrderType.LimitMaker, P("58500.5"), Q("0.02"), Q("0"), OrderStatus.New, null),
        new("skt-a4", "ETHUSDT", OrderSide.Sell, OrderType.Limit, P("3300"), Q("1.5"), Q("0"), OrderStatus.Unknown, null),
    ];

    internal static readonly OrderHistoryView[] History =
    [
        new("skt-h6", 106, "BTCUSDT", OrderSide.Buy, OrderType.LimitMaker, P("60010"), P("0"), Q("0.01"), Q("0"), Q("0"), OrderStatus.Rejected,
            "-2010: Order would immediately match and take.", T0 + 6_000),
        new("skt-h5", 105, "BTCUSDT", OrderSide.Sell, OrderType.Market, P("0"), P("0"), Q("0.05"), Q("0.05"), Q("2999.5"), OrderStatus.Filled, null, T0 + 5_000),
        new("skt-h4", 104, "BTCUSDT", OrderSide.Buy, OrderType.Limit, P("59500"), P("0"), Q("0.1"), Q("0.04"), Q("2380"), OrderStatus.Canceled, null, T0 + 4_000),
        new("skt-h3", 103, "BTCUSDT", OrderSide.Buy, OrderType.StopLossLimit, P("61000"), P("60900"), Q("0.02"), Q("0"), Q("0"), OrderStatus.New, null, T0 + 3_000),
        new("skt-h2", 102, "BTCUSDT", OrderSide.Buy, OrderType.Limit, P("59990"), P("0"), Q("0.1"), Q("0"), Q("0"), OrderStatus.Expired, null, T0 + 2_000),
        new("skt-h1", 101, "BTCUSDT", OrderSide.Buy, OrderType.Market, P("0"), P("0"), Q("0.2"), Q("0.2"), Q("12002"), OrderStatus.Filled, null, T0 + 1_000),
    ];

    internal static readonly TradeView[] Trades =
    [
        new("BTCUSDT", 9003, 105, OrderSide.Sell, P("59990"), Q("0.05"), Q("2999.5"), Q("2.9995"), "USDT", false, T0 + 5_000),
        new("BTCUSDT", 9002, 104, OrderSide.Buy, P("59500"), Q("0.04"), Q("2380"), Q("0.00004"), "BTC", true, T0 + 4_500),
        new("BTCUSDT", 9001, 101, OrderSide.Buy, P("60010"), Q("0.2"), Q("12002"), Q("0.0002"), "BTC", false, T0 + 1_000),
    ];

    internal static readonly AccountBalance[] BalanceRows =
    [
        new("BTC", Q("1.24036"), Q("0.25")),
        new("ETH", Q("8.5"), Q("1.5")),
        new("USDT", Q("85618.5"), Q("5910.01")),
    ];

    [Theory]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(true, "zh-CN")]
    [InlineData(false, "zh-CN")]
    public void Tabs_golden(bool dark, string language)
    {
        using var _ = Language.Use(language);
        var open = new OpenOrdersPanel { Symbol = "BTCUSDT" };
        var history = new OrderHistoryPanel();
        var trades = new TradeHistoryPanel();
        var balances = new BalancesPanel();
        var grid = new Grid { Rows = [GridLength.Fixed(190), GridLength.Fixed(240), GridLength.Fixed(150), GridLength.Fixed(140)] };
        grid.Add(open.View, 0, 0);
        grid.Add(history.View, 1, 0);
        grid.Add(trades.View, 2, 0);
        grid.Add(balances.View, 3, 0);
        using var window = new TestWindow(new PopupHost(grid), 1240, 720);
        window.Root.Theme = dark ? Theme.Dark : Theme.Light;
        open.Show(Open);
        history.Show(History);
        trades.Show(Trades);
        balances.Show(BalanceRows);
        ShowSimulatorDecimals(open, history, trades, balances);
        window.RenderFrame();
        Assert.True(open.CancelAllButton.IsEnabled);
        Assert.Equal(language == "en" ? "Cancel all BTCUSDT" : "撤销全部 BTCUSDT", open.CancelAllButton.Text);
        Assert.False(open.CancelButton.IsEnabled); // nothing selected yet
        RenderAssert.AssertRendersToImage(window, name: (dark ? "Tabs_dark" : "Tabs_light") + Language.GoldenSuffix(language));
    }

    [Fact]
    public void Order_and_fill_prices_and_quantities_are_grouped_by_thousands_with_each_symbols_decimals()
    {
        var open = new OpenOrdersPanel { Symbol = "BTCUSDT" };
        var history = new OrderHistoryPanel();
        var grid = new Grid { Rows = [GridLength.Fixed(190), GridLength.Fixed(240)] };
        grid.Add(open.View, 0, 0);
        grid.Add(history.View, 1, 0);
        using var window = new TestWindow(grid, 1240, 430);
        open.Show(Open);
        history.Show(History);
        window.RenderFrame();

        // Before a symbol's filters are known: grouped, with the decimals the value needs.
        string markup = window.ToMarkup();
        Assert.Contains("BTCUSDT|BUY|LIMIT_MAKER|58,500.5|0.02|0|NEW|skt-a3", markup, StringComparison.Ordinal);
        Assert.Contains("BTCUSDT|SELL|MARKET|-|0.05|0.05|59,990|FILLED|skt-h5", markup, StringComparison.Ordinal);

        // Then each symbol's tick and step decimals, as the header and the tape write them; an unlisted symbol keeps its own.
        open.SetDecimals("BTCUSDT", 2, 5);
        history.SetDecimals("BTCUSDT", 2, 5);
        window.RenderFrame();
        markup = window.ToMarkup();
        Assert.Contains("BTCUSDT|SELL|LIMIT|61,000.00|0.25000|0.10000|PARTIALLY_FILLED|skt-a2", markup, StringComparison.Ordinal);
        Assert.Contains("BTCUSDT|BUY|LIMIT_MAKER|58,500.50|0.02000|0.00000|NEW|skt-a3", markup, StringComparison.Ordinal);
        Assert.Contains("ETHUSDT|SELL|LIMIT|3,300|1.5|0|UNKNOWN|skt-a4", markup, StringComparison.Ordinal);
        Assert.Contains("BTCUSDT|SELL|MARKET|-|0.05000|0.05000|59,990.00|FILLED|skt-h5", markup, StringComparison.Ordinal);
        Assert.Contains("BTCUSDT|BUY|MARKET|-|0.20000|0.20000|60,010.00|FILLED|skt-h1", markup, StringComparison.Ordinal);
        open.SetDecimals("ETHUSDT", 2, 4);
        window.RenderFrame();
        Assert.Contains("ETHUSDT|SELL|LIMIT|3,300.00|1.5000|0.0000|UNKNOWN|skt-a4", window.ToMarkup(), StringComparison.Ordinal);

        // Fills too: price and quantity with the symbol's decimals, the value and the fee with what they need.
        var trades = new TradeHistoryPanel();
        using (var tradesWindow = new TestWindow(trades.View, 1240, 150))
        {
            trades.Show(Trades);
            trades.SetDecimals("BTCUSDT", 2, 5);
            tradesWindow.RenderFrame();
            markup = tradesWindow.ToMarkup();
            Assert.Contains("BTCUSDT|SELL|59,990.00|0.05000|2,999.5|2.9995|USDT|taker", markup, StringComparison.Ordinal);
            Assert.Contains("BTCUSDT|BUY|60,010.00|0.20000|12,002|0.0002|BTC|taker", markup, StringComparison.Ordinal);
        }

        // Sorting stays by value, not by the text: 3,300.00 < 58,500.50 < 59,000.00 < 61,000.00.
        window.ClickHeader(open.Orders, 3);
        Assert.Equal(["skt-a4", "skt-a3", "skt-a1", "skt-a2"], Enumerable.Range(0, 4).Select(i => open.Orders.ItemAt(i).ClientOrderId));
    }

    // The simulator's filters (BTCUSDT: tick 0.01, step 0.00001; ETHUSDT: tick 0.01, step 0.0001), as the screen gives them.
    private static void ShowSimulatorDecimals(OpenOrdersPanel open, OrderHistoryPanel history, TradeHistoryPanel trades, BalancesPanel balances)
    {
        foreach (var (symbol, baseAsset, price, quantity) in new[] { ("BTCUSDT", "BTC", 2, 5), ("ETHUSDT", "ETH", 2, 4) })
        {
            open.SetDecimals(symbol, price, quantity);
            history.SetDecimals(symbol, price, quantity);
            trades.SetDecimals(symbol, price, quantity);
            balances.SetAssetDecimals(baseAsset, quantity);
            balances.SetAssetDecimals("USDT", price);
        }
    }

    [Fact]
    public void Balances_are_grouped_by_thousands_with_the_assets_decimals_and_never_cut()
    {
        var balances = new BalancesPanel();
        using var window = new TestWindow(balances.View, 800, 160);
        balances.Show([.. BalanceRows, new AccountBalance("BNB", Q("1234.123456"), Q("0"))]);
        window.RenderFrame();

        // Before any symbol is known: grouped, with the decimals the value needs.
        string markup = window.ToMarkup();
        Assert.Contains("USDT|85,618.5|5,910.01|91,528.51", markup, StringComparison.Ordinal);
        Assert.Contains("BTC|1.24036|0.25|1.49036", markup, StringComparison.Ordinal);

        // Then the assets' decimals (BTC a quantity of BTCUSDT, USDT its price), never fewer than the amount has; an
        // asset no symbol trades (BNB) keeps its own.
        balances.SetAssetDecimals("BTC", 5);
        balances.SetAssetDecimals("USDT", 2);
        balances.SetAssetDecimals("USDT", 0); // another symbol quoting it with fewer does not take decimals away
        window.RenderFrame();
        markup = window.ToMarkup();
        Assert.Contains("USDT|85,618.50|5,910.01|91,528.51", markup, StringComparison.Ordinal);
        Assert.Contains("BTC|1.24036|0.25000|1.49036", markup, StringComparison.Ordinal);
        Assert.Contains("BNB|1,234.123456|0|1,234.123456", markup, StringComparison.Ordinal);

        // Sorting stays by value: 1.24036 < 8.5 < 1,234.12 < 85,618.5 (free).
        window.ClickHeader(balances.Balances, 1);
        Assert.Equal(["BTC", "ETH", "BNB", "USDT"], Enumerable.Range(0, 4).Select(i => balances.Balances.ItemAt(i).Asset));
    }

    [Fact]
    public void Five_thousand_orders_realise_only_the_visible_rows_and_sort_and_filter_without_rebuilding()
    {
        var history = new OrderHistoryPanel();
        using var window = new TestWindow(history.View, 1000, 300);
        var rows = new OrderHistoryView[5000];
        OrderStatus[] statuses = [OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.New, OrderStatus.Expired];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new OrderHistoryView("skt-" + i, i, "BTCUSDT", i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, OrderType.Limit,
                Core.Numerics.Price.FromRaw((50_000 + (i * 7919 % 10_000)) * 100_000_000L), P("0"), Q("0.01"), Q("0"), Q("0"),
                statuses[i % statuses.Length], null, T0 + ((rows.Length - i) * 1000L));
        }
        history.Show(rows);
        window.RenderFrame();

        Assert.Equal("Order history (5000)", history.Title.Text);
        Assert.Equal(5000, history.Orders.DisplayCount);
        float rowHeight = history.Orders.List.RowHeight;
        int visible = (int)Math.Ceiling(300 / rowHeight);
        Assert.InRange(history.Orders.RealizedRowCount, 1, visible + 2); // a screenful, not 5,000 widgets

        window.ClickHeader(history.Orders, 4); // price, ascending
        Assert.Equal(4, history.Orders.SortColumn);
        Assert.Equal(rows.Min(r => r.Price), history.Orders.ItemAt(0).Price);
        Assert.True(history.Orders.ItemAt(0).Price < history.Orders.ItemAt(1).Price);
        window.ClickHeader(history.Orders, 4); // descending
        Assert.Equal(rows.Max(r => r.Price), history.Orders.ItemAt(0).Price);

        history.StatusFilter.SelectedIndex = 4; // REJECTED
        Assert.Equal(1000, history.Orders.DisplayCount);
        for (var i = 0; i < 20; i++) Assert.Equal(OrderStatus.Rejected, history.Orders.ItemAt(i).Status);
        history.StatusFilter.SelectedIndex = 1; // open
        Assert.Equal(1000, history.Orders.DisplayCount);
        history.StatusFilter.SelectedIndex = 0;
        Assert.Equal(5000, history.Orders.DisplayCount);
        Assert.InRange(history.Orders.RealizedRowCount, 1, visible + 2);
    }

    [Fact]
    public void The_selected_open_order_stays_selected_while_its_row_changes_and_cancel_names_it()
    {
        var open = new OpenOrdersPanel { Symbol = "BTCUSDT" };
        using var window = new TestWindow(open.View, 900, 240);
        open.Show(Open);
        window.RenderFrame();
        OpenOrderView? cancelled = null;
        open.CancelRequested += o => cancelled = o;
        Assert.True(open.Select("skt-a2"));
        window.RenderFrame();
        Assert.True(open.CancelButton.IsEnabled);

        // The order fills a little more: a new snapshot, new row objects.
        open.Show([Open[0], Open[1] with { Executed = Q("0.2") }, Open[2], Open[3]]);
        Assert.Equal("skt-a2", open.Orders.SelectedItem?.ClientOrderId);
        window.Click(open.CancelButton);
        Assert.Equal("skt-a2", cancelled?.ClientOrderId);
        Assert.Equal(Q("0.2"), cancelled?.Executed);

        open.Show([Open[3]]); // only another symbol's order is left
        Assert.False(open.CancelAllButton.IsEnabled);
        Assert.Equal("Open orders (1)", open.Title.Text);
    }

    [Fact]
    public void After_a_reconnect_the_changes_made_while_offline_are_listed_in_a_dialog()
    {
        var host = new PopupHost(new Label("screen"));
        using var window = new TestWindow(host, 700, 420);
        OfflineChange[] changes =
        [
            new("balance BTC", "free 1 locked 0", "free 1.1 locked 0"),
            new("order skt-a1", "NEW 0/0.1", "FILLED 0.1/0.1"),
        ];
        Dialog dialog = OfflineChangesDialog.Show(host, changes);
        window.RenderFrame();
        Assert.True(dialog.IsOpen);
        Assert.Equal("Changed while offline", dialog.Title);
        string markup = window.ToMarkup();
        Assert.Contains("order skt-a1: NEW 0/0.1 -> FILLED 0.1/0.1", markup, StringComparison.Ordinal);
        Assert.Contains("balance BTC: free 1 locked 0 -> free 1.1 locked 0", markup, StringComparison.Ordinal);
        window.Click(dialog.OkButton);
        Assert.False(dialog.IsOpen);
    }
}
