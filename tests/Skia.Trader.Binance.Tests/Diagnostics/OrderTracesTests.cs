using System.Collections.Concurrent;
using System.Diagnostics;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.Tests.Orders;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Diagnostics;

/// <summary>Orders as traces: one activity per order, from the hotkey to the last fill, against the simulator on loopback.</summary>
public class OrderTracesTests
{
    [Fact]
    public async Task An_order_is_one_activity_from_hotkey_to_request_ack_and_each_fill_ending_when_filled()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == OrderTraces.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await using var seller = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: true);
        await using var buyer = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        Activity? before = Activity.Current;

        Order sell = Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.02");
        OrderTraces.Begin(sell, "hotkey");
        Assert.Same(before, Activity.Current); // the UI's context is left as it was
        await seller.Entry.PlaceAsync(sell);
        Assert.Equal(OrderStatus.New, sell.Status);
        Assert.DoesNotContain(stopped, a => Id(a) == sell.ClientOrderId); // resting: the trace is still open

        Order small = await buyer.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Ioc, "60000", "0.005"));
        Order large = await buyer.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Ioc, "60000", "0.015"));
        await Eventually.True(() => stopped.Any(a => Id(a) == sell.ClientOrderId), () => "seller's order: " + sell.Status);

        Activity trace = Assert.Single(stopped, a => Id(a) == sell.ClientOrderId);
        Assert.Equal(OrderTraces.ActivityName, trace.OperationName);
        Assert.Equal(["hotkey", "request.written", "ack", "fill", "fill"], trace.Events.Select(e => e.Name));
        Assert.Equal("rest", trace.Events.ElementAt(1).Tags.Single(t => t.Key == "path").Value);
        Assert.Equal([Quantity.Parse("0.005").ToString(), Quantity.Parse("0.015").ToString()],
            trace.Events.Where(e => e.Name == "fill").Select(e => e.Tags.Single(t => t.Key == "fill.quantity").Value));
        Assert.Equal("Filled", trace.GetTagItem("order.status"));
        Assert.Equal(ActivityStatusCode.Ok, trace.Status);
        // The buyer's IOC orders, placed without a hotkey, are traces of their own, started by PlaceAsync (the listener
        // hears every test's orders in this process, so they are picked by their client order ids).
        foreach (Order ioc in new[] { small, large })
        {
            Activity own = Assert.Single(stopped, a => Id(a) == ioc.ClientOrderId);
            Assert.Equal("BTCUSDT", own.GetTagItem("order.symbol"));
            Assert.Equal("request.written", own.Events.First().Name);
            Assert.Contains(own.Events, e => e.Name == "fill");
        }
    }

    [Fact]
    public async Task A_rejected_order_ends_its_activity_with_an_error_status_and_the_reason()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == OrderTraces.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);

        Order offTick = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "1000.001", "0.01"));

        Assert.Equal(OrderStatus.Rejected, offTick.Status);
        Activity trace = Assert.Single(stopped, a => Id(a) == offTick.ClientOrderId);
        Assert.Equal(ActivityStatusCode.Error, trace.Status);
        Assert.Equal(offTick.RejectReason, trace.StatusDescription);
    }

    private static string? Id(Activity a) => a.GetTagItem(OrderTraces.ClientOrderIdTag) as string;
}
