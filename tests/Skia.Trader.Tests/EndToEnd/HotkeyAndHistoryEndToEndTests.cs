using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// The keyboard and the lower tabs as a user meets them, in the real terminal on a private Xvfb against the simulator
/// on loopback: a market order by hotkey shows in the Balances tab as the exchange booked it, the hotkey stays quiet
/// while the quantity is being typed, and an order cancelled with the mouse is CANCELED in the Order history tab.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class HotkeyAndHistoryEndToEndTests(XvfbDisplay display)
{
    [Fact]
    public void The_market_buy_hotkey_fills_at_the_exchange_and_the_balances_tab_shows_it_and_it_does_not_fire_while_the_quantity_is_typed()
    {
        // A small account: a quarter of it is well within the simulator's book (a quarter of the default 100,000 USDT
        // would eat the whole ask side of a held market and expire unfilled in part).
        using var exchange = new TestExchange(balances: new Dictionary<string, Quantity>(StringComparer.Ordinal)
        {
            ["USDT"] = Quantity.FromUnits(1_000),
            ["BTC"] = Quantity.Parse("0.02"),
        });
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        terminal.WaitFor(s => s.IsReady(), "the terminal connected, with a book and a ticket");
        exchange.Simulator.MarketPaused = true;

        // The Balances tab shows the account as the exchange funded it.
        var screen = ShowTab(terminal, "Balances");
        screen = terminal.WaitFor(s => s.Balances().ContainsKey("BTC") && s.Balances().ContainsKey("USDT"), "BTC and USDT in the balances tab");
        var before = screen.Balances();
        Assert.Equal((Quantity.Parse("0.02"), Quantity.FromUnits(1_000)), (before["BTC"].Free, before["USDT"].Free));

        // "1" (the tab strip has the keyboard, no text box) picks the 25 % preset: the ticket shows its size.
        terminal.Key("1");
        screen = terminal.WaitFor(s => s.TextOf("ticket-quantity") is { Length: > 0 } q && Quantity.Parse(q).Raw > 0, "the 25 % preset sizing the ticket");
        var presetSize = Quantity.Parse(screen.TextOf("ticket-quantity")!);

        terminal.Key("ctrl+b");
        screen = terminal.WaitFor(
            s => exchange.Orders is [{ Status: OrderStatus.Filled }] && s.Balances() is var b && b.TryGetValue("BTC", out var btc) && btc.Free != before["BTC"].Free
                 && b["USDT"].Free != before["USDT"].Free,
            "the market buy FILLED at the exchange and the balances tab showing the new BTC and USDT");
        OrderRecord order = Assert.Single(exchange.Orders);
        Assert.Equal((OrderSide.Buy, OrderType.Market, OrderStatus.Filled, presetSize), (order.Side, order.Type, order.Status, order.OrigQuantity));
        var after = screen.Balances();
        Assert.True(after["BTC"].Free.Raw > before["BTC"].Free.Raw, $"BTC free rose from {before["BTC"].Free} (now {after["BTC"].Free})");
        Assert.True(after["USDT"].Free.Raw < before["USDT"].Free.Raw, $"USDT free fell from {before["USDT"].Free} (now {after["USDT"].Free})");
        // What the tab shows is what the exchange booked.
        Assert.Equal(exchange.Simulator.Ledger.Balance(TestExchange.Account, "BTC").Free, after["BTC"].Free);
        Assert.Equal(exchange.Simulator.Ledger.Balance(TestExchange.Account, "USDT").Free, after["USDT"].Free);

        // While the quantity box is being edited Ctrl+B is not a market buy. Then, out of the box and past the
        // ticket's repeat guard (a second press within it is taken for the same press), Ctrl+B buys again: had the
        // first press fired, the ledger would hold three orders, not two.
        terminal.Click(screen.Get("ticket-quantity"));
        terminal.Type("5");
        terminal.WaitFor(s => s.TextOf("ticket-quantity") != presetSize.ToString(), "a digit typed into the quantity box");
        terminal.Key("ctrl+b");
        terminal.Click(terminal.Screen()!.FirstTab());
        terminal.WaitFor(s => s.Get("tabs")["focused"] == "true" && s.SelectedTab() == "Open orders", "the quantity box left for the tab strip");
        Thread.Sleep(Skia.Trader.Ui.Panels.TicketPanel.RepeatGuard * 2); // not an assertion: the next press must not fall in the guard
        terminal.Key("ctrl+b");
        terminal.WaitFor(_ => exchange.Orders.Count >= 2 && exchange.Orders.All(o => o.Status != OrderStatus.New), "the second market buy done at the exchange");
        terminal.WaitFor(s => s.Find("history-table") is { } t && t.Int("items") >= 2, "both orders in the order history");
        Assert.Equal(
            [(OrderSide.Buy, OrderType.Market), (OrderSide.Buy, OrderType.Market)],
            exchange.Orders.OrderBy(o => o.OrderId).Select(o => (o.Side, o.Type)).ToArray());
    }

    [Fact]
    public void An_order_cancelled_with_the_mouse_is_canceled_in_the_order_history_tab()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        OrderEntryEndToEndTests.FillTicketFromTheLowestLadderRow(terminal, exchange, "0.002");
        terminal.Click(terminal.Screen()!.Get("ticket-submit"));
        var shown = terminal.WaitFor(s => s.OpenOrders() is [{ } r] && r["Status"] == "NEW", "the order NEW in open orders");
        var row = shown.OpenOrders()[0];
        var clientId = row["Client id"];

        terminal.Click(row.Node);
        terminal.WaitFor(s => s.OpenOrders() is [{ } r] && r.Node["selected"] == "true", "the order's row selected");
        terminal.Click(terminal.Screen()!.Get("orders-cancel"));
        terminal.WaitFor(s => s.OpenOrdersCount() == 0, "the order gone from open orders");

        var history = ShowTab(terminal, "Order history");
        history = terminal.WaitFor(s => s.HistoryStatus(clientId) == "CANCELED", $"order {clientId} CANCELED in the order history tab");
        var entry = Assert.Single(history.Rows("history-table"), r => r["Client id"] == clientId);
        Assert.Equal(("BUY", "LIMIT", "0.002"), (entry["Side"], entry["Type"], entry["Quantity"]));
        OrderRecord order = Assert.Single(exchange.Orders);
        Assert.Equal((clientId, OrderStatus.Canceled), (order.ClientOrderId, order.Status));
    }

    /// <summary>
    /// ShowTab shows the lower tab <paramref name="header"/>: a click on the first tab (whose place the markup gives:
    /// the strip's left end) gives the tab view the keyboard, then Right moves tab by tab, as a keyboard user does.
    /// </summary>
    private static ScreenMarkup ShowTab(TerminalProcess terminal, string header)
    {
        var screen = terminal.Screen()!;
        var headers = (screen.Get("tabs")["tabs"] ?? "").Split('|');
        var index = Array.IndexOf(headers, header);
        Assert.True(index >= 0, $"no tab \"{header}\" among {string.Join(", ", headers)}");
        terminal.Click(screen.FirstTab());
        terminal.WaitFor(s => s.SelectedTab() == headers[0] && s.Get("tabs")["focused"] == "true", $"the \"{headers[0]}\" tab shown and the tabs focused");
        for (var i = 0; i < index; i++) terminal.Key("Right");
        return terminal.WaitFor(s => s.SelectedTab() == header, $"the \"{header}\" tab shown");
    }
}
