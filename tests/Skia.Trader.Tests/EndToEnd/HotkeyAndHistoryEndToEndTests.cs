using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// The keyboard and the lower tabs as a user meets them, in the real terminal on a private Xvfb against the simulator
/// on loopback: a market order by hotkey (Ctrl+B, then Ctrl+S in the next terminal on the same display) shows in the
/// Balances tab as the exchange booked it, B then Ctrl+B buys at once from the quantity box the side hotkey left the
/// keyboard in, and an order cancelled with the mouse is CANCELED in the Order history tab. The tests run in the order
/// of their <see cref="StepAttribute"/>.
/// </summary>
[Collection(EndToEndCollection.Name)]
[TestCaseOrderer(DeclaredOrder.TypeName, DeclaredOrder.AssemblyName)]
public class HotkeyAndHistoryEndToEndTests(XvfbDisplay display)
{
    [Fact, Step(Number = 1)]
    public void The_market_buy_hotkey_fills_at_the_exchange_and_the_balances_tab_shows_it_and_B_then_Ctrl_B_buys_from_the_quantity_box()
    {
        using var exchange = SmallAccount();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        var before = ShowFundedBalances(terminal, exchange);

        // "1" (the tab strip has the keyboard, no text box) picks the 25 % preset: the ticket shows its size.
        terminal.Key("1");
        var screen = terminal.WaitFor(s => s.TextOf("ticket-quantity") is { Length: > 0 } q && Quantity.Parse(q).Raw > 0, "the 25 % preset sizing the ticket");
        var presetSize = Quantity.Parse(screen.TextOf("ticket-quantity")!);

        terminal.Key("ctrl+b");
        var after = WaitForTheFillOnTheBalancesTab(terminal, exchange, before, "buy");
        OrderRecord order = Assert.Single(exchange.Orders);
        Assert.Equal((OrderSide.Buy, OrderType.Market, OrderStatus.Filled, presetSize), (order.Side, order.Type, order.Status, order.OrigQuantity));
        Assert.True(after["BTC"].Free.Raw > before["BTC"].Free.Raw, $"BTC free rose from {before["BTC"].Free} (now {after["BTC"].Free})");
        Assert.True(after["USDT"].Free.Raw < before["USDT"].Free.Raw, $"USDT free fell from {before["USDT"].Free} (now {after["USDT"].Free})");

        // B puts the ticket on BUY and the keyboard in its quantity box; Ctrl+B right after buys at once (at the preset
        // size, not the box's), with the box still being edited. Past the ticket's repeat guard: a second press within
        // it is taken for the same press.
        Thread.Sleep(Skia.Trader.Ui.Panels.TicketPanel.RepeatGuard * 2); // not an assertion: the next press must not fall in the guard
        terminal.Key("b");
        terminal.WaitFor(s => s.Get("ticket-quantity")["focused"] == "true", "the side hotkey leaving the keyboard in the quantity box");
        terminal.Key("ctrl+b");
        screen = terminal.WaitFor(_ => exchange.Orders.Count >= 2 && exchange.Orders.All(o => o.Status != OrderStatus.New), "the second market buy done at the exchange");
        Assert.Equal("true", terminal.Screen()!.Get("ticket-quantity")["focused"]);
        terminal.WaitFor(s => s.Find("history-table") is { } t && t.Int("items") >= 2, "both orders in the order history");
        // The second is a quarter of what the first left free, so smaller.
        OrderRecord[] both = [.. exchange.Orders.OrderBy(o => o.OrderId)];
        Assert.Equal([(OrderSide.Buy, OrderType.Market), (OrderSide.Buy, OrderType.Market)], both.Select(o => (o.Side, o.Type)).ToArray());
        Assert.True(both[1].OrigQuantity.Raw > 0 && both[1].OrigQuantity < presetSize, $"second buy {both[1].OrigQuantity} after {presetSize}");
    }

    [Fact, Step(Number = 2)]
    public void The_market_sell_hotkey_fills_at_the_exchange_and_the_balances_tab_shows_it_after_the_buy_test_on_the_same_display()
    {
        using var exchange = SmallAccount();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        var before = ShowFundedBalances(terminal, exchange);

        // Ctrl+S sells the selected preset (25 % until one is picked) of the free BTC: 0.005.
        terminal.Key("ctrl+s");
        var after = WaitForTheFillOnTheBalancesTab(terminal, exchange, before, "sell");
        OrderRecord order = Assert.Single(exchange.Orders);
        Assert.Equal((OrderSide.Sell, OrderType.Market, OrderStatus.Filled, Quantity.Parse("0.005")), (order.Side, order.Type, order.Status, order.OrigQuantity));
        Assert.Equal(Quantity.Parse("0.015"), after["BTC"].Free);
        Assert.True(after["USDT"].Free.Raw > before["USDT"].Free.Raw, $"USDT free rose from {before["USDT"].Free} (now {after["USDT"].Free})");
    }

    [Fact, Step(Number = 3)]
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
        Assert.Equal(("BUY", "LIMIT", "0.00200"), (entry["Side"], entry["Type"], entry["Quantity"])); // BTCUSDT's step: 5 decimals
        OrderRecord order = Assert.Single(exchange.Orders);
        Assert.Equal((clientId, OrderStatus.Canceled), (order.ClientOrderId, order.Status));
    }

    // A small account: a quarter of it is well within the simulator's book (a quarter of the default 100,000 USDT would
    // eat the whole ask side of a held market and expire unfilled in part).
    private static TestExchange SmallAccount() => new(balances: new Dictionary<string, Quantity>(StringComparer.Ordinal)
    {
        ["USDT"] = Quantity.FromUnits(1_000),
        ["BTC"] = Quantity.Parse("0.02"),
    });

    // ShowFundedBalances waits for the terminal to be ready, holds the market (a market order then fills against a book
    // that stands still) and shows the Balances tab, which must show the account as the exchange funded it; returns it.
    private static IReadOnlyDictionary<string, (Quantity Free, Quantity Locked)> ShowFundedBalances(TerminalProcess terminal, TestExchange exchange)
    {
        terminal.WaitFor(s => s.IsReady(), "the terminal connected, with a book and a ticket");
        exchange.Simulator.MarketPaused = true;
        ShowTab(terminal, "Balances");
        var screen = terminal.WaitFor(s => s.Balances().ContainsKey("BTC") && s.Balances().ContainsKey("USDT"), "BTC and USDT in the balances tab");
        var before = screen.Balances();
        Assert.Equal((Quantity.Parse("0.02"), Quantity.FromUnits(1_000)), (before["BTC"].Free, before["USDT"].Free));
        return before;
    }

    // WaitForTheFillOnTheBalancesTab waits for the one market order FILLED at the exchange and both balances changed on
    // the tab, which must show what the exchange booked; returns the balances shown.
    private static IReadOnlyDictionary<string, (Quantity Free, Quantity Locked)> WaitForTheFillOnTheBalancesTab(
        TerminalProcess terminal, TestExchange exchange, IReadOnlyDictionary<string, (Quantity Free, Quantity Locked)> before, string side)
    {
        var screen = terminal.WaitFor(
            s => exchange.Orders is [{ Status: OrderStatus.Filled }] && s.Balances() is var b && b.TryGetValue("BTC", out var btc) && btc.Free != before["BTC"].Free
                 && b["USDT"].Free != before["USDT"].Free,
            $"the market {side} FILLED at the exchange and the balances tab showing the new BTC and USDT");
        var after = screen.Balances();
        Assert.Equal(exchange.Simulator.Ledger.Balance(TestExchange.Account, "BTC").Free, after["BTC"].Free);
        Assert.Equal(exchange.Simulator.Ledger.Balance(TestExchange.Account, "USDT").Free, after["USDT"].Free);
        return after;
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
