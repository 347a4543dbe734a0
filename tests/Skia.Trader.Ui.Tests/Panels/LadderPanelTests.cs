using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Tests.Model;
using Skia.Trader.Ui.Text;
using SkiaSharp;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>The ladder panel in a headless window: clicks, one-click, cancels, flashes, allocation, goldens.</summary>
[Collection(LanguageCollection.Name)] // the panel reads its words from the shared string table at construction
public sealed class LadderPanelTests
{
    private const int Rows = 24;
    private static readonly Price Tick = P("0.01");

    // A fixed book around 100.00/100.02 with a gap in each side, for the goldens and the clicks.
    private static OrderBookSnapshot FixedBook() => Of(
        [("100.00", "1.5"), ("99.99", "2.25"), ("99.97", "0.8"), ("99.95", "3"), ("99.92", "0.4"), ("99.90", "5")],
        [("100.02", "1.2"), ("100.03", "0.5"), ("100.05", "2"), ("100.08", "4"), ("100.10", "6")]);

    private static (TestWindow Window, LadderPanel Panel) Open(OrderBookSnapshot? book = null, int width = 380, int height = 400)
    {
        var panel = new LadderPanel(new LadderModel(Tick, Rows)) { Name = "ladder" };
        var window = new TestWindow(panel.View, width, height);
        panel.SetDecimals(2, 4);
        panel.Model.Update(book ?? FixedBook());
        panel.Refresh();
        window.RenderFrame();
        return (window, panel);
    }

    private static SKPoint At(LadderPanel panel, int row, LadderColumn column)
    {
        SKRect bounds = panel.BoundsInWindow;
        return new SKPoint(bounds.Left + panel.ColumnCentre(column), bounds.Top + panel.RowCentre(row));
    }

    [Fact]
    public void Without_chrome_the_view_is_the_rows_alone_and_they_share_its_height()
    {
        var panel = new LadderPanel(new LadderModel(Tick, 41), withChrome: false);
        using var window = new TestWindow(panel.View, 360, 760);
        panel.Model.Update(FixedBook());
        panel.Refresh();
        window.RenderFrame();

        Assert.Same(panel, panel.View);
        Assert.Null(panel.GroupingChoice.Parent?.Parent); // the toolbar exists (hotkeys reach it) but is in no tree
        Assert.Equal(18f, panel.RowHeight); // (760 - the 22 px footer) / 41 rows: the reference scene's row
        Assert.Equal(1, CountWidgets(panel.View)); // the rows widget alone, no toolbar, banner or column names
    }

    private static int CountWidgets(Skia.Toolkit.Core.Widget widget)
    {
        int count = 1;
        foreach (var child in widget.Children) count += CountWidgets(child);
        return count;
    }

    [Fact]
    public void A_click_acts_on_the_price_under_the_pointer_at_the_press_even_when_the_rows_moved_before_the_release()
    {
        var (window, panel) = Open();
        using var _ = window;
        var clicked = new List<Price>();
        panel.PriceClicked += clicked.Add;
        const int row = 15;
        Price pressed = panel.Model.PriceAt(row);

        window.MoveTo(At(panel, row, LadderColumn.Price));
        window.Down(At(panel, row, LadderColumn.Price));
        Assert.Empty(clicked); // nothing happens until the button comes up
        // The market jumps and the rows re-centre (the Space key, say) while the button is held.
        panel.Model.Update(Of([("101.00", "1")], [("101.01", "1")]));
        panel.Recenter();
        window.RenderFrame();
        Assert.NotEqual(pressed, panel.Model.PriceAt(row));
        window.Up(At(panel, row, LadderColumn.Price));

        Assert.Equal([pressed], clicked);
    }

    [Fact]
    public void The_rows_hold_still_while_the_pointer_is_over_the_ladder_and_re_centre_once_it_leaves()
    {
        var (window, panel) = Open();
        using var _ = window;
        Price top = panel.Model.PriceAt(0);

        window.MoveTo(At(panel, 3, LadderColumn.Price));
        panel.Model.Update(Of([("101.00", "1")], [("101.01", "1")])); // the best prices leave the view
        panel.Refresh();
        window.RenderFrame();
        Assert.Equal(top, panel.Model.PriceAt(0));

        window.MoveTo(new SKPoint(2, 2)); // the toolbar: off the rows
        panel.Model.Update(Of([("101.00", "1")], [("101.01", "1")]));
        Assert.NotEqual(-1, panel.Model.RowOf(P("101.00"), BookSide.Bid));
    }

    [Fact]
    public void The_wheel_scrolls_the_rows_and_they_stay_scrolled_after_the_pointer_leaves_until_the_centre_button()
    {
        var (window, panel) = Open();
        using var _ = window;
        Price top = panel.Model.PriceAt(0);
        var clicked = new List<Price>();
        panel.PriceClicked += clicked.Add;

        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, 2)); // two notches up: higher prices
        Assert.Equal(Price.FromRaw(top.Raw + Tick.Raw * 2 * LadderPanel.WheelRows), panel.Model.PriceAt(0));
        window.Click(At(panel, 5, LadderColumn.Price));
        Assert.Equal([Price.FromRaw(top.Raw + Tick.Raw * (2 * LadderPanel.WheelRows - 5))], clicked); // the scrolled row's price

        window.MoveTo(new SKPoint(2, 2)); // off the rows
        panel.Model.Update(Of([("101.00", "1")], [("101.01", "1")])); // the best prices leave the view
        panel.Refresh();
        Assert.Equal(Price.FromRaw(top.Raw + Tick.Raw * 2 * LadderPanel.WheelRows), panel.Model.PriceAt(0)); // still where the wheel put it

        window.Click(panel.CentreButton);
        Assert.NotEqual(-1, panel.Model.RowOf(P("101.00"), BookSide.Bid));
        Assert.False(panel.Model.Scrolled);
    }

    // The ladder's line of the window's markup.
    private static string LadderLine(TestWindow window) =>
        window.ToMarkup().Split('\n').Single(l => l.TrimStart().StartsWith("LadderPanel #ladder ", StringComparison.Ordinal));

    [Fact]
    public void A_scrolled_ladder_says_so_on_the_centre_button_and_marks_the_edge_towards_the_market_until_centred_again()
    {
        var (window, panel) = Open(); // rows 100.12 .. 99.89: best ask 100.02 on row 10, best bid 100.00 on row 12
        using var _ = window;
        Theme theme = window.Root.Theme;
        var (askLeft, _) = LadderPanel.ColumnEdges(LadderColumn.Ask, panel.Bounds.Width);
        var (_, bidRight) = LadderPanel.ColumnEdges(LadderColumn.Bid, panel.Bounds.Width);
        SKRect rows = panel.BoundsInWindow;
        float bottomRow = rows.Top + (panel.Model.RowCount * panel.RowHeight);
        var topEdge = new SKPoint(rows.Left + 3, rows.Top + 1); // the Orders column, where no row draws at this book
        var topTag = new SKPoint(rows.Left + askLeft + 2, rows.Top + panel.RowHeight - 3); // the empty Ask cell of the top row
        var bottomEdge = new SKPoint(rows.Left + 3, bottomRow - 1);
        var bottomTag = new SKPoint(rows.Left + bidRight - 3, bottomRow - panel.RowHeight + 2); // the empty Bid cell of the bottom row
        Assert.Contains("scrolled=false market=in-view", LadderLine(window), StringComparison.Ordinal);
        Assert.Equal(("Centre", ButtonStyle.Default), (panel.CentreButton.Text, panel.CentreButton.Style));
        Assert.NotEqual(theme.Accent, Pixel(window, topEdge));

        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, -1)); // one notch down: 3 rows of lower prices
        Assert.Equal(("Centre ▲", ButtonStyle.Primary), (panel.CentreButton.Text, panel.CentreButton.Style)); // the centre is above
        Assert.Contains("scrolled=true market=in-view", LadderLine(window), StringComparison.Ordinal); // the best bid is in view
        Assert.NotEqual(theme.Accent, Pixel(window, topEdge));
        Assert.NotEqual(theme.Accent, Pixel(window, topTag));

        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, -4)); // 12 rows more: the top row is 99.97
        Assert.Equal(P("99.97"), panel.Model.PriceAt(0));
        Assert.Contains("scrolled=true market=above marketRows=3", LadderLine(window), StringComparison.Ordinal); // 100.00 is 3 rows up
        Assert.Equal(theme.Accent, Pixel(window, topEdge));
        Assert.Equal(theme.Accent, Pixel(window, topTag));
        Assert.NotEqual(theme.Accent, Pixel(window, bottomEdge));

        panel.Model.Update(Of([("100.20", "1")], [("100.22", "1")])); // the market moves on, the rows stay
        panel.Refresh();
        window.RenderFrame();
        Assert.Contains("market=above marketRows=23", LadderLine(window), StringComparison.Ordinal);

        panel.Recenter(); // Space (TerminalScreen.RecenterLadder)
        window.RenderFrame();
        Assert.Contains("scrolled=false market=in-view", LadderLine(window), StringComparison.Ordinal);
        Assert.Equal(("Centre", ButtonStyle.Default), (panel.CentreButton.Text, panel.CentreButton.Style));
        Assert.NotEqual(theme.Accent, Pixel(window, topEdge));
        Assert.NotEqual(theme.Accent, Pixel(window, topTag));

        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, 5)); // 15 rows up: 100.47 .. 100.24, the best ask 2 rows below
        Assert.Equal(("Centre ▼", ButtonStyle.Primary), (panel.CentreButton.Text, panel.CentreButton.Style));
        Assert.Contains("scrolled=true market=below marketRows=2", LadderLine(window), StringComparison.Ordinal);
        Assert.Equal(theme.Accent, Pixel(window, bottomEdge));
        Assert.Equal(theme.Accent, Pixel(window, bottomTag));
        Assert.NotEqual(theme.Accent, Pixel(window, topEdge));

        window.Click(panel.CentreButton);
        Assert.Contains("scrolled=false market=in-view", LadderLine(window), StringComparison.Ordinal);
        Assert.Equal(("Centre", ButtonStyle.Default), (panel.CentreButton.Text, panel.CentreButton.Style));
        Assert.NotEqual(theme.Accent, Pixel(window, bottomEdge));
        Assert.NotEqual(theme.Accent, Pixel(window, bottomTag));

        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, 9));
        Assert.Contains("scrolled=true market=below", LadderLine(window), StringComparison.Ordinal);
        panel.SetGrouping(2); // a grouping change centres the rows too
        window.RenderFrame();
        Assert.Contains("scrolled=false market=in-view", LadderLine(window), StringComparison.Ordinal);
        Assert.Equal(("Centre", ButtonStyle.Default), (panel.CentreButton.Text, panel.CentreButton.Style));
        Assert.NotEqual(theme.Accent, Pixel(window, bottomEdge));
    }

    [Fact]
    public void A_ladder_held_while_the_market_left_it_marks_the_edge_but_is_not_shown_as_scrolled()
    {
        var (window, panel) = Open();
        using var _ = window;
        window.MoveTo(At(panel, 3, LadderColumn.Price)); // the pointer holds the rows
        panel.Model.Update(Of([("99.50", "1")], [("99.52", "1")]));
        panel.Refresh();
        window.RenderFrame();

        Assert.Contains("scrolled=false market=below marketRows=37", LadderLine(window), StringComparison.Ordinal); // 99.89 - 99.52
        Assert.Equal(("Centre", ButtonStyle.Default), (panel.CentreButton.Text, panel.CentreButton.Style));
        window.MoveTo(new SKPoint(2, 2)); // off the rows: the next book re-centres them
        panel.Model.Update(Of([("99.50", "1")], [("99.52", "1")]));
        panel.Refresh();
        Assert.Contains("market=in-view", LadderLine(window), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scrolled_signs_follow_a_language_change()
    {
        var (window, panel) = Open();
        using var _ = window;
        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, -1));
        try
        {
            Assert.True(TerminalStrings.Table.Select("zh-CN"));
            panel.ApplyLanguage();
            Assert.Equal("居中 ▲", panel.CentreButton.Text);
        }
        finally
        {
            TerminalStrings.Table.Select("en");
        }
        panel.ApplyLanguage();
        Assert.Equal("Centre ▲", panel.CentreButton.Text);
    }

    [Fact]
    public void One_click_is_off_by_default_so_a_click_on_the_bid_only_fills_the_ticket()
    {
        var (window, panel) = Open();
        using var _ = window;
        var clicked = new List<Price>();
        var orders = new List<(OrderSide, Price)>();
        panel.PriceClicked += clicked.Add;
        panel.LimitOrderRequested += (side, price) => orders.Add((side, price));

        Assert.False(panel.OneClick);
        Assert.Contains("ladder-one-click-banner hidden", window.ToMarkup(), StringComparison.Ordinal);
        window.Click(At(panel, 14, LadderColumn.Bid));

        Assert.Empty(orders);
        Assert.Equal([panel.Model.PriceAt(14)], clicked);
    }

    [Fact]
    public void Space_after_a_click_on_the_toolbar_never_turns_one_click_trading_back_on()
    {
        // Under Xvfb: "One-click" clicked on, then off, then Space (the hotkey that centres the ladder) turned one-click
        // trading on again: the toggle kept the keyboard and Space clicked it.
        var (window, panel) = Open();
        using var _ = window;
        window.Click(panel.OneClickToggle);
        Assert.True(panel.OneClick);
        window.Click(panel.OneClickToggle);
        Assert.False(panel.OneClick);
        window.KeyPress(Key.Space);
        window.KeyPress(Key.Enter);
        Assert.False(panel.OneClick);
        Assert.Contains("ladder-one-click-banner hidden", window.ToMarkup(), StringComparison.Ordinal);
        window.Click(panel.CentreButton);
        Assert.False(panel.CentreButton.IsFocused, "Centre gave the keyboard back to the hotkeys");
        Assert.False(panel.OneClickToggle.IsFocused);
    }

    [Fact]
    public void In_one_click_mode_one_press_on_the_bid_or_ask_asks_for_exactly_one_limit_order_there()
    {
        var (window, panel) = Open();
        using var _ = window;
        var orders = new List<(OrderSide, Price)>();
        panel.LimitOrderRequested += (side, price) => orders.Add((side, price));
        var clicked = new List<Price>();
        panel.PriceClicked += clicked.Add;

        window.Click(panel.OneClickToggle);
        Assert.True(panel.OneClick);
        Assert.DoesNotContain("ladder-one-click-banner hidden", window.ToMarkup(), StringComparison.Ordinal);

        window.Click(At(panel, 14, LadderColumn.Bid));
        window.Click(At(panel, 5, LadderColumn.Ask));
        window.Click(At(panel, 9, LadderColumn.Price)); // the price column only fills the ticket

        Assert.Equal([(OrderSide.Buy, panel.Model.PriceAt(14)), (OrderSide.Sell, panel.Model.PriceAt(5))], orders);
        Assert.Equal([panel.Model.PriceAt(9)], clicked);

        panel.ToggleOneClick();
        Assert.False(panel.OneClick);
        Assert.Contains("ladder-one-click-banner hidden", window.ToMarkup(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_press_released_off_the_ladder_does_nothing()
    {
        var (window, panel) = Open();
        using var _ = window;
        var events = 0;
        panel.PriceClicked += _ => events++;
        panel.LimitOrderRequested += (_, _) => events++;

        window.Down(At(panel, 14, LadderColumn.Bid));
        window.Up(new SKPoint(2, 2));

        Assert.Equal(0, events);
    }

    [Fact]
    public void A_right_click_on_a_row_with_own_orders_asks_to_cancel_each_of_them()
    {
        var (window, panel) = Open();
        using var _ = window;
        panel.Model.SetOwnOrders([
            new OwnOrderMark(OrderSide.Buy, P("99.97"), Q("0.4"), Q("0.8"), "buy-1"),
            new OwnOrderMark(OrderSide.Buy, P("99.97"), Q("0.1"), Q("1.2"), "buy-2"),
            new OwnOrderMark(OrderSide.Sell, P("100.05"), Q("0.5"), Q("1.5"), "sell-1"),
        ]);
        panel.Refresh();
        window.RenderFrame();
        var cancels = new List<string?>();
        panel.CancelRequested += mark => cancels.Add(mark.ClientOrderId);
        int row = panel.Model.RowOf(P("99.97"), BookSide.Bid);

        window.Click(At(panel, row - 1, LadderColumn.Orders), PointerButton.Right); // no own order there
        Assert.Empty(cancels);
        window.Click(At(panel, row, LadderColumn.Orders), PointerButton.Right);

        Assert.Equal(["buy-1", "buy-2"], cancels);
    }

    [Fact]
    public void Dragging_an_own_order_to_another_row_asks_to_move_it_there_and_a_drag_from_the_bid_does_not()
    {
        var (window, panel) = Open();
        using var _ = window;
        panel.Model.SetOwnOrders([new OwnOrderMark(OrderSide.Buy, P("99.97"), Q("0.4"), Q("0.8"), "buy-1")]);
        panel.Refresh();
        window.RenderFrame();
        var moves = new List<(string?, Price)>();
        var clicks = new List<Price>();
        panel.ReplaceRequested += (mark, price) => moves.Add((mark.ClientOrderId, price));
        panel.PriceClicked += clicks.Add;
        int row = panel.Model.RowOf(P("99.97"), BookSide.Bid);

        window.Drag(At(panel, row, LadderColumn.Bid), At(panel, row + 3, LadderColumn.Bid)); // not from the order's cells
        Assert.Empty(moves);
        window.Drag(At(panel, row, LadderColumn.Orders), At(panel, row + 3, LadderColumn.Orders));

        Assert.Equal([("buy-1", panel.Model.PriceAt(row + 3))], moves);
        Assert.Equal(P("99.94"), panel.Model.PriceAt(row + 3));
        window.Click(At(panel, row, LadderColumn.Orders)); // pressed and released on the same row: an ordinary click
        Assert.Single(moves);
        Assert.Equal(P("99.97"), clicks[^1]);
    }

    [Fact]
    public void Grouping_buttons_and_the_hotkey_methods_change_the_ticks_per_row()
    {
        var (window, panel) = Open();
        using var _ = window;

        panel.SetGrouping(5);
        Assert.Equal(5, panel.Model.Grouping);
        Assert.Contains("selected=2", window.ToMarkup(), StringComparison.Ordinal);
        panel.CycleGrouping(+1);
        Assert.Equal(10, panel.Model.Grouping);
        panel.CycleGrouping(+1); // wraps round to the finest
        Assert.Equal(1, panel.Model.Grouping);
        panel.CycleGrouping(-1);
        Assert.Equal(10, panel.Model.Grouping);

        panel.GroupingChoice.SelectedIndex = 1; // what a click on "x2" does
        Assert.Equal(2, panel.Model.Grouping);
        Assert.Equal(Q("2.25"), panel.Model.Rows[panel.Model.RowOf(P("99.98"), BookSide.Bid)].BidSize); // 99.99 floors to 99.98
    }

    [Fact]
    public void A_size_change_flashes_for_one_frame_interval_then_the_cell_is_drawn_as_before()
    {
        var (window, panel) = Open();
        using var _ = window;
        int row = panel.Model.RowOf(P("99.99"), BookSide.Bid);
        SKPoint probe = At(panel, row, LadderColumn.Bid);
        probe.X -= panel.ColumnCentre(LadderColumn.Bid) - LadderPanel.ColumnEdges(LadderColumn.Bid, panel.Bounds.Width).Left - 2; // the cell's empty left edge
        probe.Y -= 3;
        SKColor steady = Pixel(window, probe);

        panel.Model.Update(Of([("100.00", "1.5"), ("99.99", "2.5"), ("99.97", "0.8")], [("100.02", "1.2")]));
        panel.Refresh();
        SKColor flashed = Pixel(window, probe); // the first frame after the change
        SKColor after = Pixel(window, probe); // one frame interval later

        Assert.NotEqual(steady, flashed);
        Assert.Equal(steady, after);
    }

    [Fact]
    public void A_steady_frame_with_a_new_book_every_frame_allocates_nothing()
    {
        var (window, panel) = Open(height: 560);
        using var _ = window;
        var own = new LadderOwnOrders("BTCUSDT");
        var books = new OrderBookSnapshot[8];
        for (var k = 0; k < books.Length; k++)
        {
            var bids = new BookLevel[20];
            var asks = new BookLevel[20];
            for (var i = 0; i < 20; i++)
            {
                bids[i] = new BookLevel(Price.FromRaw((10_000 + (k % 3) - i) * Tick.Raw), Quantity.FromRaw(1_000_000 + i * k * 1000));
                asks[i] = new BookLevel(Price.FromRaw((10_001 + (k % 3) + i) * Tick.Raw), Quantity.FromRaw(2_000_000 + i * k * 1000));
            }
            books[k] = new OrderBookSnapshot("BTCUSDT", k, 0, bids, asks);
        }
        own.ApplyBook(books[0]);
        own.ApplyOrders([new Session.OpenOrderView("a", "BTCUSDT", OrderSide.Buy, OrderType.Limit, P("99.95"), Q("0.5"), Q("0"), OrderStatus.New, null)]);
        Binance.MarketData.TradePrint[] trades = [new(1, P("100.01"), Q("0.01"), 0, false)];
        window.MoveTo(At(panel, 20, LadderColumn.Price)); // a hovered, held ladder: the hover row is drawn too
        void Frame(int i)
        {
            own.ApplyTrades(trades);
            own.ApplyBook(books[i % books.Length]);
            panel.Model.Update(books[i % books.Length]);
            panel.Model.SetOwnOrders(own.Marks);
            panel.Model.SetLastTrade(P("100.01"), Q("0.01"), i % 2 == 0);
            panel.Refresh();
            window.RenderFrame();
        }
        for (var i = 0; i < 200; i++) Frame(i);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++) Frame(i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_scrolled_ladder_under_a_market_that_jumps_past_it_every_frame_allocates_nothing()
    {
        var (window, panel) = Open(height: 560);
        using var _ = window;
        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, 2)); // 6 rows up, held there
        Price top = panel.Model.PriceAt(0);
        // The market jumps above and below the rows, and by more or fewer rows (1 to 4 digits, most past the 300 numbers
        // the runtime keeps as strings): the centre button's arrow flips, the edge marker changes sides and its number
        // every frame.
        var books = new OrderBookSnapshot[8];
        for (var k = 0; k < books.Length; k++)
        {
            long bid = k % 2 == 0 ? top.Raw + (Tick.Raw * (1 + (k * 400))) : top.Raw - (Tick.Raw * (Rows + 2 + (k * 300)));
            var bids = new BookLevel[10];
            var asks = new BookLevel[10];
            for (var i = 0; i < 10; i++)
            {
                bids[i] = new BookLevel(Price.FromRaw(bid - (i * Tick.Raw)), Quantity.FromRaw(1_000_000 + (i * k * 1000)));
                asks[i] = new BookLevel(Price.FromRaw(bid + ((2 + i) * Tick.Raw)), Quantity.FromRaw(2_000_000 + (i * k * 1000)));
            }
            books[k] = new OrderBookSnapshot("BTCUSDT", k, 0, bids, asks);
        }
        var markers = new HashSet<string>();
        void Frame(int i, bool look)
        {
            panel.Model.Update(books[i % books.Length]);
            panel.Refresh();
            window.RenderFrame();
            if (look) markers.Add(panel.CentreButton.Text + " " + string.Join(' ', LadderLine(window).Split(" market=")[1].Split(' ').Take(2)));
        }
        for (var i = 0; i < 200; i++) Frame(i, look: i < books.Length);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++) Frame(i, look: false);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(top, panel.Model.PriceAt(0)); // still scrolled
        Assert.Contains("Centre ▲ above marketRows=1", markers);
        Assert.Contains("Centre ▲ above marketRows=2,401", markers);
        Assert.Contains("Centre ▼ below marketRows=301", markers);
        Assert.Contains("Centre ▼ below marketRows=2,101", markers);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_scrolled_ladder_whose_edge_marker_changes_equals_one_drawn_from_scratch_after_every_book()
    {
        var model = new LadderModel(Tick, Rows);
        var panel = new LadderPanel(model) { Name = "ladder" };
        using var window = new TestWindow(panel.View, 380, 400);
        panel.SetDecimals(2, 4);
        model.Update(FixedBook());
        panel.Refresh();
        window.RenderFrame();
        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, -5)); // 15 rows down, 99.97 .. 99.74: the market 3 rows above
        // The market walks away and back, above then below the rows: the tag's number narrows and widens, the marker
        // changes sides, goes and comes, with the centre button's caption the same (10,500 -> 9,997 -> 10,009: above, in
        // view, above, all "Centre ▲"; 9,970 -> 9,976 -> 9,700: below, in view, below, "Centre ▼") or not (9,700 ->
        // 10,120: below, then above); sizes change under it.
        long[] bestBids = [10_003, 10_050, 10_500, 9_997, 10_009, 9_990, 9_950, 9_500, 9_960, 9_970, 9_976, 9_700, 10_120, 9_400];
        var sides = new HashSet<string>();
        foreach (long bid in bestBids)
        {
            var bids = new BookLevel[6];
            var asks = new BookLevel[6];
            for (var i = 0; i < 6; i++)
            {
                bids[i] = new BookLevel(Price.FromRaw((bid - (i * 2)) * Tick.Raw), Quantity.FromRaw(1_000_000 * (1 + ((bid + i) % 7))));
                asks[i] = new BookLevel(Price.FromRaw((bid + 2 + (i * 2)) * Tick.Raw), Quantity.FromRaw(1_500_000 * (1 + ((bid + i) % 5))));
            }
            model.Update(bids, asks);
            panel.Refresh();
            window.RenderFrame(); // the refresh's repaint alone (the end of the sizes' flashes repaints the whole panel next)
            sides.Add(panel.CentreButton.Text + " " + string.Join(' ', LadderLine(window).Split(" market=")[1].Split(' ').Take(1)));

            var fresh = new LadderPanel(model) { Name = "ladder" };
            using var scratch = new TestWindow(fresh.View, 380, 400);
            fresh.SetDecimals(2, 4);
            scratch.RenderFrame(); // the same rows flash there too
            using SKBitmap refreshed = window.Capture();
            using SKBitmap drawn = scratch.Capture();
            int different = 0;
            for (int y = 0; y < drawn.Height; y++)
            {
                for (int x = 0; x < drawn.Width; x++)
                {
                    if (refreshed.GetPixel(x, y) != drawn.GetPixel(x, y)) different++;
                }
            }
            Assert.True(different == 0, $"{different} pixels differ after the book with the best bid at {bid}");
            window.RenderFrame(); // the flashes end (a repaint of the whole panel): the next book's frame repaints only what it changed
        }
        Assert.Equal(["Centre ▲ above", "Centre ▲ in-view", "Centre ▼ below", "Centre ▼ in-view"], sides.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_refresh_repaints_the_own_order_cells_only_where_they_changed_and_the_ladder_equals_one_drawn_from_scratch()
    {
        var model = new LadderModel(Tick, Rows);
        var panel = new LadderPanel(model) { Name = "ladder" };
        using var window = new TestWindow(panel.View, 380, 400);
        panel.SetDecimals(2, 4);
        var bids = new BookLevel[10];
        var asks = new BookLevel[10];
        var hover = default(SKPoint);
        long repaintedWithoutOwnChange = 0;
        int framesWithoutOwnChange = 0;
        for (var k = 0; k < 40; k++)
        {
            // The spread walks; some frames carry sizes too wide for their column (their digits reach into Ahead and
            // Last), the next ones narrow again; own orders come, move and go; a new last trade on every other frame.
            long mid = 10_000 + (k * 7 % 5) - 2;
            for (var i = 0; i < bids.Length; i++)
            {
                long size = k % 6 < 2 && i % 3 == 0 ? 12_345_678_912_345 : 10_000_000 + (((k * 31) + (i * 17)) % 97 * 1_000_000);
                bids[i] = new BookLevel(Price.FromRaw((mid - i) * Tick.Raw), Quantity.FromRaw(size));
                asks[i] = new BookLevel(Price.FromRaw((mid + 2 + i) * Tick.Raw), Quantity.FromRaw(size + 5_000_000));
            }
            var ownChanged = k % 5 == 0;
            if (ownChanged)
            {
                model.SetOwnOrders(k % 10 == 0
                    ? [new OwnOrderMark(OrderSide.Buy, Price.FromRaw((mid - 3) * Tick.Raw), Q("0.4"), Q("1.25"), "b"),
                        new OwnOrderMark(OrderSide.Sell, Price.FromRaw((mid + 4) * Tick.Raw), Q("0.7"), null, "s")]
                    : [new OwnOrderMark(OrderSide.Sell, Price.FromRaw((mid + 3) * Tick.Raw), Q("2"), Q("0.5"), "s2")]);
            }
            if (k % 2 == 0) model.SetLastTrade(Price.FromRaw((mid + (k % 4 == 0 ? 0 : 2)) * Tick.Raw), Quantity.FromRaw(1_000_000 * (k + 1)), k % 4 == 0);
            model.UpdateRecentred(bids, asks);
            panel.Refresh();
            if (k == 10)
            {
                hover = At(panel, 7, LadderColumn.Price);
                window.MoveTo(hover); // a hovered row's fill spans every column
            }
            var stats = window.RenderFrame();
            if (!ownChanged && k > 10 && k % 6 >= 3)
            {
                repaintedWithoutOwnChange += stats.PixelsRepainted;
                framesWithoutOwnChange++;
            }
        }

        // A refresh that changed no own order repainted the band from Bid to Ask (to the Last column's edge when a Last
        // cell changed) and the footer, not the Orders and Ahead columns (29 % of the width).
        SKRect rows = panel.BoundsInWindow;
        Assert.True(framesWithoutOwnChange > 5);
        Assert.InRange(repaintedWithoutOwnChange / framesWithoutOwnChange, (long)(rows.Width * rows.Height * 0.4), (long)(rows.Width * rows.Height * 0.78));

        var fresh = new LadderPanel(model) { Name = "ladder" };
        using var scratch = new TestWindow(fresh.View, 380, 400);
        fresh.SetDecimals(2, 4);
        scratch.MoveTo(hover);
        scratch.RenderFrame();
        using SKBitmap refreshed = window.Capture();
        using SKBitmap drawn = scratch.Capture();
        int different = 0;
        for (int y = 0; y < drawn.Height; y++)
        {
            for (int x = 0; x < drawn.Width; x++)
            {
                if (refreshed.GetPixel(x, y) != drawn.GetPixel(x, y)) different++;
            }
        }
        Assert.Equal(0, different);
    }

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    [InlineData("light", "zh-CN")]
    public void Ladder_from_a_fixed_book(string theme, string language)
    {
        using var english = Language.Use(language); // English again after the test
        var (window, panel) = Open();
        using var _ = window;
        window.Root.Theme = theme == "dark" ? Theme.Dark : Theme.Light;
        panel.Model.SetOwnOrders([
            new OwnOrderMark(OrderSide.Buy, P("99.97"), Q("0.4"), Q("0.8"), "buy-1"),
            new OwnOrderMark(OrderSide.Sell, P("100.05"), Q("0.5"), Q("1.5"), "sell-1"),
        ]);
        panel.Model.SetLastTrade(P("100.02"), Q("0.3"), buyerIsMaker: false);
        panel.Refresh();
        RenderAssert.AssertRendersToImage(window, name: $"Ladder_{theme}_{language}");
    }

    [Theory]
    [InlineData("dark", "en")]
    [InlineData("light", "en")]
    [InlineData("dark", "zh-CN")]
    public void Ladder_scrolled_away_from_the_market(string theme, string language)
    {
        using var english = Language.Use(language); // English again after the test
        var (window, panel) = Open();
        using var _ = window;
        window.Root.Theme = theme == "dark" ? Theme.Dark : Theme.Light;
        window.Scroll(At(panel, 5, LadderColumn.Price), new SKPoint(0, -4)); // 12 rows down: 100.00 on the top row
        panel.Model.Update(Of(
            [("100.11", "1.5"), ("100.09", "2.25"), ("100.06", "0.8"), ("99.99", "3"), ("99.95", "0.4"), ("99.90", "5")],
            [("100.13", "1.2"), ("100.14", "0.5"), ("100.20", "2")])); // then the market moves up: 11 rows above
        panel.Refresh();
        window.RenderFrame(); // the one-frame flashes of the sizes that changed
        RenderAssert.AssertRendersToImage(window, name: $"Ladder_scrolled_{theme}_{language}");
    }

    [Fact]
    public void Ladder_in_one_click_mode()
    {
        var (window, panel) = Open();
        using var _ = window;
        panel.OneClick = true;
        RenderAssert.AssertRendersToImage(window);
    }

    private static SKColor Pixel(TestWindow window, SKPoint point)
    {
        using SKBitmap bitmap = window.Capture();
        return bitmap.GetPixel((int)point.X, (int)point.Y);
    }
}
