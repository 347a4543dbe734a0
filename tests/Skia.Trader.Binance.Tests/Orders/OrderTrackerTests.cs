using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Orders;

public class OrderTrackerTests
{
    private static ExecutionReport Report(string id, OrderStatus status, string cumulative, string execution = "TRADE") =>
        new("BTCUSDT", id, OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Quantity.Parse("1"), Price.Parse("100"), execution, status, "NONE",
            42, Quantity.Zero, Quantity.Parse(cumulative), Price.Parse("100"), Quantity.Zero, null, 1, 1, Quantity.FromRaw(Quantity.Parse(cumulative).Raw * 100)); // quote at price 100

    [Fact]
    public void Late_and_repeated_reports_never_move_an_order_backwards()
    {
        var tracker = new OrderTracker();
        var order = new Order("skt-1", "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Price.Parse("100"), Quantity.Parse("1"));
        tracker.Track(order);

        Assert.True(tracker.Apply(Report("skt-1", OrderStatus.New, "0", "NEW")).WasApplied);
        Assert.True(tracker.Apply(Report("skt-1", OrderStatus.PartiallyFilled, "0.4")).WasApplied);
        Assert.True(tracker.Apply(Report("skt-1", OrderStatus.Filled, "1")).WasApplied);
        // A reconnect replays an older state (reconciliation racing the stream): refused, reported, not applied.
        OrderTransition late = tracker.Apply(Report("skt-1", OrderStatus.PartiallyFilled, "0.4"));
        Assert.False(late.WasApplied);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(Quantity.Parse("1"), order.ExecutedQuantity);
        Assert.Single(tracker.Orders);
    }

    [Fact]
    public void An_order_placed_elsewhere_is_adopted_not_dropped()
    {
        var tracker = new OrderTracker();
        tracker.Apply(Report("web-ui-order", OrderStatus.New, "0", "NEW"));
        Order adopted = Assert.Single(tracker.Orders);
        Assert.Equal("web-ui-order", adopted.ClientOrderId);
        Assert.Equal(OrderStatus.New, adopted.Status);
    }

    [Fact]
    public void Client_order_ids_are_unique_and_in_binances_alphabet()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => OrderEntry.NewClientOrderId()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[.A-Z:/a-z0-9_-]{1,36}$", id));
    }
}
