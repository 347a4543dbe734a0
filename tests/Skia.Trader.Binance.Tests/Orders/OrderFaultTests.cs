using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Orders;

/// <summary>Injected REST and user-stream faults: each ends with the order's state known, nothing lost or duplicated (per the simulator's ledger).</summary>
public class OrderFaultTests
{
    private static Task<LoopbackExchange> QuietExchange() => LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);

    private static int LedgerCount(LoopbackExchange exchange, Order order) =>
        exchange.Simulator.Ledger.Orders().Count(o => o.ClientOrderId == order.ClientOrderId);

    [Fact]
    public async Task An_order_placed_but_answered_with_503_is_found_by_query_not_sent_twice()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        var seen = new List<OrderStatus>();
        trader.Tracker.OrderChanged += c => { lock (seen) seen.Add(c.Transition.To); };
        exchange.Simulator.Faults.FailNextRequests(1, 503, "/api/v3/order", "POST", afterProcessing: true);

        Order order = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
        lock (seen) Assert.Equal([OrderStatus.Unknown, OrderStatus.New], seen);
    }

    [Fact]
    public async Task An_order_refused_with_503_before_the_exchange_saw_it_is_re_sent_once_with_the_same_id()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        exchange.Simulator.Faults.FailNextRequests(1, 503, "/api/v3/order", "POST", afterProcessing: false);

        Order order = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
    }

    [Fact]
    public async Task Queries_failing_too_keep_the_order_unknown_until_the_exchange_answers()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        exchange.Simulator.Faults.FailNextRequests(1, 502, "/api/v3/order", "POST", afterProcessing: true);
        exchange.Simulator.Faults.FailNextRequests(3, 504, "/api/v3/order", "GET");

        Order order = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.01"));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
    }

    [Fact]
    public async Task A_slow_answer_past_the_client_timeout_is_resolved_without_a_duplicate()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        trader.Rest.RequestTimeout = TimeSpan.FromMilliseconds(500);
        exchange.Simulator.Faults.DelayNextRequests(1, TimeSpan.FromSeconds(2), "/api/v3/order", "POST");

        Order order = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));

        // Either the delayed request landed first (found by query) or the re-send did; never both.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
    }

    [Fact]
    public async Task A_429_holds_further_requests_until_Retry_After_has_passed()
    {
        await using var exchange = await QuietExchange();
        using BinanceRestClient rest = exchange.Rest();
        exchange.Simulator.Faults.RateLimitNextRequests(1, retryAfterSeconds: 1, pathPrefix: "/api/v3/depth");

        var limited = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetDepthAsync("BTCUSDT", 10));
        Assert.Equal(429, limited.HttpStatus);
        Assert.Equal(-1003, limited.Code);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);
        Assert.True(rest.RateLimits.BlockedUntil > DateTimeOffset.UtcNow);

        var held = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetDepthAsync("BTCUSDT", 10));
        Assert.StartsWith("Holding requests", held.Message);

        await Task.Delay(rest.RateLimits.BlockedUntil - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(50));
        DepthSnapshot depth = await rest.GetDepthAsync("BTCUSDT", 10);
        Assert.True(depth.LastUpdateId >= 0);
        Assert.True(rest.RateLimits.UsedWeight1m > 0);
    }

    [Fact]
    public async Task A_fill_while_the_user_stream_was_down_is_learnt_by_reconciliation()
    {
        await using var exchange = await QuietExchange();
        // A reconnect backoff of 1.5 s (at least 0.75 s with jitter) keeps the stream down across the fill and the cancel.
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: true, reconnectBackoff: TimeSpan.FromSeconds(1.5));
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        Order bid = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.02"));
        Order cancelled = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "59000", "0.02"));
        Assert.Equal(1, exchange.Simulator.Faults.DropWebSocketApiConnections());
        await Eventually.True(() => trader.Stream!.State != UserDataState.Live, () => "stream never noticed the drop");
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.02"));
        await trader.Rest.CancelOrderAsync("BTCUSDT", cancelled.ClientOrderId); // cancelled behind the tracker's back
        Assert.Equal(OrderStatus.New, bid.Status);
        Assert.Equal(OrderStatus.New, cancelled.Status);

        await Eventually.True(() => trader.Stream!.Reconciliations >= 2, () => "reconciliations: " + trader.Stream!.Reconciliations);
        await Eventually.True(() => bid.Status == OrderStatus.Filled && cancelled.Status == OrderStatus.Canceled,
            () => $"bid {bid.Status}, other {cancelled.Status}");
        Assert.Equal(Quantity.Parse("0.02"), bid.ExecutedQuantity);
        Assert.Equal(2, trader.Tracker.Orders.Count);
    }
}
