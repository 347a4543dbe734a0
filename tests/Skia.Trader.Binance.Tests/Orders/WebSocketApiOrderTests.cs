using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Orders;

/// <summary>Orders over the WebSocket API against the simulator on loopback: the path taken, the fallback to REST, and no order lost or duplicated when the connection drops.</summary>
public class WebSocketApiOrderTests
{
    private sealed class Desk : IAsyncDisposable
    {
        private Desk(LoopbackExchange exchange, TimeSpan reconnectBackoff)
        {
            Rest = exchange.Rest(LoopbackExchange.Trader);
            WebSocketApi = new WebSocketApiClient(exchange.Endpoint, Rest, new ConnectionOptions
            {
                SilenceTimeout = TimeSpan.FromHours(1),
                InitialBackoff = reconnectBackoff,
                MaximumBackoff = reconnectBackoff,
            });
            Tracker = new OrderTracker();
            Entry = new OrderEntry(Rest, Tracker, WebSocketApi) { ResolveDelay = TimeSpan.FromMilliseconds(50) };
        }

        public BinanceRestClient Rest { get; }
        public WebSocketApiClient WebSocketApi { get; }
        public OrderTracker Tracker { get; }
        public OrderEntry Entry { get; }

        /// <summary>StartAsync opens the WebSocket API connection at start-up, as the terminal does, and waits for it.</summary>
        public static async Task<Desk> StartAsync(LoopbackExchange exchange, TimeSpan? reconnectBackoff = null)
        {
            var desk = new Desk(exchange, reconnectBackoff ?? TimeSpan.FromMilliseconds(100));
            await desk.Rest.SyncClockAsync();
            desk.WebSocketApi.Start();
            Assert.True(await desk.WebSocketApi.WaitUntilConnectedAsync(TimeSpan.FromSeconds(10)), "WebSocket API: " + desk.WebSocketApi.Status);
            return desk;
        }

        public async ValueTask DisposeAsync()
        {
            await WebSocketApi.DisposeAsync();
            Rest.Dispose();
        }
    }

    private static Task<LoopbackExchange> QuietExchange() => LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);

    private static int LedgerCount(LoopbackExchange exchange, Order order) =>
        exchange.Simulator.Ledger.Orders().Count(o => o.ClientOrderId == order.ClientOrderId);

    [Fact]
    public async Task Orders_are_placed_and_cancelled_over_the_warm_WebSocket_API_connection()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange);
        // REST order routes are broken: an order sent there would go UNKNOWN first.
        exchange.Simulator.Faults.FailNextRequests(10, 503, "/api/v3/order");
        var seen = new List<OrderStatus>();
        desk.Tracker.OrderChanged += c => { lock (seen) seen.Add(c.Transition.To); };

        Order order = await desk.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.True(order.ExchangeOrderId > 0);
        Assert.Equal(1, LedgerCount(exchange, order));
        Assert.Equal(1, desk.WebSocketApi.Status.Connects); // the connection made at start-up, none for the order
        Assert.Equal((1L, 0L), (desk.Entry.RequestsOverWebSocketApi, desk.Entry.RequestsOverRest));
        Assert.Equal(1, desk.WebSocketApi.RateLimits.OrderCount10s);

        await desk.Entry.CancelAsync(order);

        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Contains(exchange.Simulator.Ledger.Orders(), o => o.ClientOrderId == order.ClientOrderId && o.Status == OrderStatus.Canceled);
        Assert.Equal((2L, 0L), (desk.Entry.RequestsOverWebSocketApi, desk.Entry.RequestsOverRest));
        lock (seen) Assert.Equal([OrderStatus.New, OrderStatus.Canceled], seen);
    }

    [Fact]
    public async Task A_refusal_over_the_WebSocket_API_rejects_the_order_with_the_exchange_code_and_message()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange);

        Order order = await desk.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.000001"));

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal("-1013: Filter failure: LOT_SIZE", order.RejectReason);
        Assert.Equal(0, LedgerCount(exchange, order));
        Assert.Equal((1L, 0L), (desk.Entry.RequestsOverWebSocketApi, desk.Entry.RequestsOverRest));
    }

    [Fact]
    public async Task Orders_go_over_REST_while_the_WebSocket_API_connection_is_down()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange, reconnectBackoff: TimeSpan.FromMinutes(5));
        Assert.Equal(1, exchange.Simulator.Faults.DropWebSocketApiConnections());
        await Eventually.True(() => !desk.WebSocketApi.IsConnected, () => "still connected: " + desk.WebSocketApi.Status);

        Order order = await desk.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));
        await desk.Entry.CancelAsync(order);

        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
        Assert.Equal((0L, 2L), (desk.Entry.RequestsOverWebSocketApi, desk.Entry.RequestsOverRest));
    }

    [Fact]
    public async Task A_connection_dropped_after_the_order_was_carried_out_yields_exactly_one_order()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange);
        var seen = new List<OrderStatus>();
        desk.Tracker.OrderChanged += c => { lock (seen) seen.Add(c.Transition.To); };
        exchange.Simulator.Faults.DropWebSocketApiConnectionOnNextRequests(1, "order.place", afterProcessing: true);

        Order order = await desk.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
        lock (seen) Assert.Equal([OrderStatus.Unknown, OrderStatus.New], seen);
        // The client reconnects by itself for the next order.
        await Eventually.True(() => desk.WebSocketApi.IsConnected, () => "WebSocket API: " + desk.WebSocketApi.Status);
        Assert.Equal(2, desk.WebSocketApi.Status.Connects);
    }

    [Fact]
    public async Task A_connection_dropped_before_the_exchange_saw_the_order_re_sends_it_once_with_the_same_id()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange);
        exchange.Simulator.Faults.DropWebSocketApiConnectionOnNextRequests(1, "order.place", afterProcessing: false);

        Order order = await desk.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.01"));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, LedgerCount(exchange, order));
        Assert.Equal(order.ExchangeOrderId, exchange.Simulator.Ledger.Orders().Single(o => o.ClientOrderId == order.ClientOrderId).OrderId);
    }

    [Fact]
    public async Task A_cancel_whose_connection_drops_is_resolved_by_query()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange);
        Order order = await desk.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));
        exchange.Simulator.Faults.DropWebSocketApiConnectionOnNextRequests(1, "order.cancel", afterProcessing: true);

        await desk.Entry.CancelAsync(order);

        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Contains(exchange.Simulator.Ledger.Orders(), o => o.ClientOrderId == order.ClientOrderId && o.Status == OrderStatus.Canceled);
    }

    [Fact]
    public async Task The_client_tests_lists_cancels_all_and_cancel_replaces_over_the_WebSocket_API()
    {
        await using var exchange = await QuietExchange();
        await using var desk = await Desk.StartAsync(exchange);
        WebSocketApiClient ws = desk.WebSocketApi;

        await ws.TestOrderAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));
        var refused = await Assert.ThrowsAsync<BinanceApiException>(() => ws.TestOrderAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.000001")));
        Assert.Equal((-1013, "Filter failure: LOT_SIZE", false), (refused.Code, refused.Message, refused.OutcomeUnknown));
        Assert.Empty(exchange.Simulator.Ledger.Orders());

        Order first = Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01");
        OrderReport placed = await ws.PlaceOrderAsync(first);
        Order replacement = Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "61000", "0.02");
        var (canceled, replaced) = await ws.CancelReplaceAsync(first.ClientOrderId, replacement);
        Assert.Equal((placed.ExchangeOrderId, OrderStatus.Canceled), (canceled.ExchangeOrderId, canceled.Status));
        Assert.Equal((replacement.ClientOrderId, OrderStatus.New, Price.Parse("61000")), (replaced.ClientOrderId, replaced.Status, replaced.Price));
        var failed = await Assert.ThrowsAsync<BinanceApiException>(() => ws.CancelReplaceAsync(first.ClientOrderId, Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "62000", "0.01")));
        Assert.Equal((400, -2022), (failed.HttpStatus, failed.Code));

        await ws.PlaceOrderAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.01"));
        IReadOnlyList<OrderReport> open = await ws.GetOpenOrdersAsync("BTCUSDT");
        Assert.Equal(2, open.Count);
        IReadOnlyList<OrderReport> all = await ws.CancelAllAsync("BTCUSDT");
        Assert.Equal(open.Select(o => o.ExchangeOrderId).Order(), all.Select(o => o.ExchangeOrderId).Order());
        Assert.All(all, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Empty(await ws.GetOpenOrdersAsync());
        Assert.Null(await ws.QueryOrderAsync("BTCUSDT", "never-sent"));
        Assert.True(desk.WebSocketApi.RateLimits.UsedWeight1m > 0);
    }
}
