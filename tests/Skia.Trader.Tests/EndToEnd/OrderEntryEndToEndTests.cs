using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// Orders through the terminal as a user places them: the skia-trader program in a real window on a private Xvfb,
/// the simulator on loopback in the test, the pointer and keyboard driven by xdotool. What the screen shows is read
/// from the terminal's live markup, what happened from the simulator's ledger; the two must agree.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class OrderEntryEndToEndTests(XvfbDisplay display)
{
    [Fact]
    public void A_ladder_click_a_typed_quantity_and_submit_go_pending_then_new_and_a_mouse_cancel_cancels_it_at_the_exchange()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        var (price, bestBid) = FillTicketFromTheLowestLadderRow(terminal, exchange, "0.002");
        Assert.True(price < bestBid, $"the lowest ladder row's price {price} is below the best bid {bestBid}");

        // The exchange holds the order request a while, so the order shows as PENDING_SEND before the answer.
        exchange.Simulator.Faults.DelayNextRequests(1, TimeSpan.FromSeconds(1.5), pathPrefix: "/api/v3/order", method: "POST");
        terminal.Click(terminal.Screen()!.Get("ticket-submit"));
        var pending = terminal.WaitFor(s => s.OpenOrders() is [{ } row] && row["Status"] == "PENDING_SEND", "the order in open orders as PENDING_SEND");
        var clientId = pending.OpenOrders()[0]["Client id"];
        var shown = terminal.WaitFor(s => s.OrderStatus(clientId) == "NEW" && s.OwnOrderRows() == 1,
            $"order {clientId} NEW in open orders and marked on the ladder");
        Assert.Equal("Open orders (1)", shown.TextOf("orders-title"));
        var row = Assert.Single(shown.OpenOrders());
        Assert.Equal(("BUY", "LIMIT", TerminalReadings.Shown(price), "0.00200"), (row["Side"], row["Type"], row["Price"], row["Quantity"]));

        // Exactly that order reached the exchange: the ticket's side, price and quantity, resting.
        OrderRecord order = Assert.Single(exchange.Orders);
        Assert.Equal((clientId, OrderSide.Buy, price, Quantity.Parse("0.002"), OrderStatus.New),
            (order.ClientOrderId, order.Side, order.Price, order.OrigQuantity, order.Status));

        // Cancel with the mouse: select the row, press "Cancel selected".
        terminal.Click(row.Node);
        terminal.WaitFor(s => s.OpenOrders() is [{ } r] && r.Node["selected"] == "true", "the order's row selected");
        terminal.Click(terminal.Screen()!.Get("orders-cancel"));
        var after = terminal.WaitFor(s => s.OpenOrdersCount() == 0 && s.OwnOrderRows() == 0, "the order gone from open orders and from the ladder");
        Assert.Equal("Open orders (0)", after.TextOf("orders-title"));
        Assert.Equal(OrderStatus.Canceled, Assert.Single(exchange.Orders).Status);
    }

    [Fact]
    public void A_double_click_on_submit_places_one_order()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        FillTicketFromTheLowestLadderRow(terminal, exchange, "0.003");

        // Both requests would be held 0.8 s, so a second order would be PENDING_SEND (on screen at once) long
        // before the first one's answer makes it NEW.
        exchange.Simulator.Faults.DelayNextRequests(2, TimeSpan.FromSeconds(0.8), pathPrefix: "/api/v3/order", method: "POST");
        terminal.Click(terminal.Screen()!.Get("ticket-submit").Centre, times: 2, gap: 80);
        var shown = terminal.WaitFor(s => s.OpenOrders().Any(r => r["Status"] == "NEW"), "the order NEW in open orders");
        Assert.True(shown.OpenOrdersCount() == 1, "one order in open orders after a double click:\n" + string.Join("\n", shown.OpenOrders()));
        var order = Assert.Single(exchange.Orders);
        Assert.Equal(shown.OpenOrders()[0]["Client id"], order.ClientOrderId);
    }

    [Fact]
    public void An_order_placed_on_the_account_by_another_client_appears_in_open_orders()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        var screen = terminal.WaitFor(s => s.IsReady(), "the terminal connected, with a book and a ticket");
        Assert.Equal(0, screen.OpenOrdersCount());

        var price = Price.Parse(screen.Get("ladder")["bestBid"]!) - Price.Parse("1000");
        var placed = exchange.Place("other-client-1", OrderSide.Buy, price);
        Assert.Equal(OrderStatus.New, placed.Status);

        var shown = terminal.WaitFor(s => s.OrderStatus("other-client-1") == "NEW", "the other client's order NEW in open orders");
        var row = Assert.Single(shown.OpenOrders());
        Assert.Equal(("BUY", TerminalReadings.Shown(price), "0.00100"), (row["Side"], row["Price"], row["Quantity"]));
    }

    /// <summary>
    /// Waits for the terminal to connect, holds the market still, clicks the lowest ladder row (a bid well below the
    /// market) and types <paramref name="quantity"/> into the ticket; returns the ticket's price and the best bid.
    /// </summary>
    internal static (Price Price, Price BestBid) FillTicketFromTheLowestLadderRow(TerminalProcess terminal, TestExchange exchange, string quantity)
    {
        terminal.WaitFor(s => s.IsReady(), "the terminal connected, with a book and a ticket");
        exchange.Simulator.MarketPaused = true;
        var bestBid = exchange.BestBid();
        var screen = terminal.WaitFor(s => s.Get("ladder")["bestBid"] == bestBid.ToString(), $"the ladder's best bid at the exchange's {bestBid}");

        terminal.Click(screen.LadderRow(screen.LadderRows() - 1));
        screen = terminal.WaitFor(s => s.TextOf("ticket-price") is { Length: > 0 }, "the ladder click filling the ticket's price");
        var price = Price.Parse(screen.TextOf("ticket-price")!);

        terminal.Click(screen.Get("ticket-quantity"));
        terminal.Type(quantity);
        terminal.WaitFor(s => s.TextOf("ticket-quantity") == quantity && s.TextOf("ticket-problem") == "", $"quantity {quantity} typed and the ticket valid");
        return (price, bestBid);
    }
}
