using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// The terminal across a lost connection: the simulator drops every connection (fault injection) and keeps the
/// terminal's re-subscription failing a while, the account changes meanwhile, and after the reconnect what the terminal
/// shows must be exactly what the exchange holds (nothing lost, nothing twice, nothing placed by the terminal itself) and the
/// user is told what changed meanwhile.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class ReconnectEndToEndTests(XvfbDisplay display)
{
    [Fact]
    public void After_the_exchange_drops_every_connection_the_header_goes_reconnecting_then_connected_open_orders_match_the_ledger_and_the_changes_are_told()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(display.Name, "--exchange", exchange.Rest.ToString());
        var (_, bestBid) = OrderEntryEndToEndTests.FillTicketFromTheLowestLadderRow(terminal, exchange, "0.002");
        var below = bestBid - Price.Parse("1000");
        exchange.Place("before-drop", OrderSide.Buy, below);
        terminal.WaitFor(s => s.OrderStatus("before-drop") == "NEW", "the order placed before the drop NEW in open orders");

        // Cut every connection, and keep dropping the terminal's user-data subscriptions until the account has changed,
        // so the changes below happen while it is offline however slowly this machine runs the test.
        exchange.Simulator.Faults.DropWebSocketApiConnectionOnNextRequests(int.MaxValue, "userDataStream.subscribe.signature");
        exchange.Simulator.Faults.DropWebSocketApiConnections();
        exchange.Simulator.Faults.DropMarketStreamConnections();
        terminal.WaitFor(s => s.Connection().StartsWith("reconnecting", StringComparison.Ordinal), "the header saying reconnecting");

        // The user places an order while the terminal is off the account's stream (REST still answers): it must show
        // once, from the answer, and not a second time from the reconciliation.
        // Meanwhile another client cancels the first order and places another.
        terminal.Click(terminal.Screen()!.Get("ticket-submit"));
        exchange.Cancel("before-drop");
        exchange.Place("while-offline", OrderSide.Buy, below - Price.Parse("10"));
        exchange.Simulator.Faults.ClearRequestFaults(); // the next subscription (after the client's back-off) goes through
        var own = terminal.WaitFor(s => s.OpenOrders().Any(r => r["Client id"].StartsWith("skt-", StringComparison.Ordinal) && r["Status"] == "NEW"),
            "the order placed while reconnecting NEW in open orders").OpenOrders().Single(r => r["Client id"].StartsWith("skt-", StringComparison.Ordinal))["Client id"];

        var after = terminal.WaitFor(s => s.Connection().StartsWith("connected", StringComparison.Ordinal) && s.OpenClientIds().SequenceEqual(exchange.OpenClientIds),
            "connected again with open orders equal to the ledger's: " + string.Join(", ", exchange.OpenClientIds));
        Assert.Equal(new[] { own, "while-offline" }.Order(StringComparer.Ordinal), after.OpenClientIds());
        Assert.Equal(2, after.OpenOrdersCount()); // each listed once
        Assert.Equal("NEW", after.OrderStatus("while-offline"));
        Assert.Equal("NEW", after.OrderStatus(own));
        // The user is told what changed while the terminal was offline.
        var told = after.Toasts().SingleOrDefault(t => t.StartsWith("Reconnected.", StringComparison.Ordinal))
            ?? terminal.WaitFor(s => s.Toasts().Any(t => t.StartsWith("Reconnected.", StringComparison.Ordinal)), "a toast telling what changed offline")
                .Toasts().Single(t => t.StartsWith("Reconnected.", StringComparison.Ordinal));
        Assert.True(told.StartsWith("Reconnected. Changed while offline: ", StringComparison.Ordinal)
            && told.Contains("order while-offline: (none) -> NEW ", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(told, "order before-drop: NEW [^;]* -> CANCELED "),
            "the toast names both changes: " + told + "\n" + terminal.Evidence());
        // The ledger holds the two orders the other client made and the one the user placed, nothing else: the
        // terminal sent its order once and re-sent nothing.
        Assert.Equal(new[] { ("before-drop", OrderStatus.Canceled), (own, OrderStatus.New), ("while-offline", OrderStatus.New) }.Order(),
            exchange.Orders.Select(o => (o.ClientOrderId, o.Status)).Order());
    }
}
