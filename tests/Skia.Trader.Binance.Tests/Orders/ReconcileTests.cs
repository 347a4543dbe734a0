using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Orders;

/// <summary>Reconciling after a reconnect against the simulator on loopback: what the exchange says wins, and nothing stays NEW for ever.</summary>
public class ReconcileTests
{
    [Fact]
    public async Task An_order_the_exchange_no_longer_knows_ends_expired_with_the_reason_and_a_resting_one_stays_new()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        Order resting = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "1000", "0.01"));
        Assert.Equal(OrderStatus.New, resting.Status);
        // An order this session saw acknowledged that the exchange has since lost (a testnet reset, a restarted simulator).
        var ghostReport = new ExecutionReport("BTCUSDT", "skt-lost-in-reset", OrderSide.Sell, OrderType.Limit, TimeInForce.Gtc, Quantity.Parse("0.02"),
            Price.Parse("90000"), "NEW", OrderStatus.New, "NONE", 777, Quantity.Zero, Quantity.Zero, Price.Parse("0"), Quantity.Zero, null, 1, 1, Quantity.Zero);
        Assert.True(trader.Tracker.Apply(ghostReport).WasApplied);
        var changes = new List<OrderChange>();
        trader.Tracker.OrderChanged += c => { lock (changes) changes.Add(c); };

        await trader.Tracker.ReconcileAsync(trader.Rest);

        Order ghost = Assert.Single(trader.Tracker.Orders, o => o.ClientOrderId == "skt-lost-in-reset");
        Assert.Equal(OrderStatus.Expired, ghost.Status);
        Assert.Equal(OrderTracker.UnknownToExchange, ghost.RejectReason);
        Assert.Equal(OrderStatus.New, resting.Status);
        lock (changes) Assert.Contains(changes, c => c.Order == ghost && c.Transition.WasApplied && c.Source.Contains("unknown to the exchange", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_an_order_the_exchange_no_longer_knows_ends_it_expired_instead_of_doing_nothing()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        var ghostReport = new ExecutionReport("BTCUSDT", "skt-gone-before-cancel", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Quantity.Parse("0.01"),
            Price.Parse("1000"), "NEW", OrderStatus.New, "NONE", 778, Quantity.Zero, Quantity.Zero, Price.Parse("0"), Quantity.Zero, null, 1, 1, Quantity.Zero);
        trader.Tracker.Apply(ghostReport);
        Order ghost = Assert.Single(trader.Tracker.Orders);

        await trader.Entry.CancelAsync(ghost); // -2011 "Unknown order sent", then the query: -2013

        Assert.Equal(OrderStatus.Expired, ghost.Status);
        Assert.Equal(OrderTracker.UnknownToExchange, ghost.RejectReason);
        Assert.Empty(exchange.Simulator.Ledger.Orders()); // nothing was placed or re-sent
    }
}
