using System.Text;
using System.Text.Json;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Tests.Http;
using Skia.Trader.Exchange.WebSocketApi;

namespace Skia.Trader.Exchange.Tests.WebSocketApi;

public class OrderMethodsTests
{
    private const string Limit = "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000";

    [Fact]
    public void The_documented_HMAC_example_request_signs_to_the_documented_signature()
    {
        // binance-spot-api-docs web-socket-api.md, "SIGNED request example (HMAC)", first example.
        const string request = """
            {"id":"4885f793-e5ad-4c3b-8f6c-55d891472b71","method":"order.place","params":{"symbol":"BTCUSDT","side":"SELL","type":"LIMIT",
            "timeInForce":"GTC","quantity":"0.01000000","price":"52000.00","recvWindow":100,"timestamp":1645423376532,
            "apiKey":"vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A","signature":"aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24"}}
            """;
        Assert.True(WebSocketApiRequest.TryParse(Encoding.UTF8.GetBytes(request), out WebSocketApiRequest parsed));
        string payload = parsed.SignaturePayload();
        Assert.Equal("apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT", payload);
        Assert.Equal("aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24",
            RequestAuthenticator.Sign("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j", payload));
    }

    [Fact]
    public async Task Order_place_rests_the_order_and_answers_with_the_order_and_its_rate_limits()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);

        JsonElement reply = await WsApi.CallAsync(ws, "p1", "order.place", Limit + "&newClientOrderId=ws-1&newOrderRespType=RESULT");

        Assert.Equal(200, reply.GetProperty("status").GetInt32());
        JsonElement r = reply.GetProperty("result");
        Assert.Equal(("BTCUSDT", "ws-1", "NEW", "SELL", "LIMIT", "GTC", -1), (r.GetProperty("symbol").GetString(), r.GetProperty("clientOrderId").GetString(),
            r.GetProperty("status").GetString(), r.GetProperty("side").GetString(), r.GetProperty("type").GetString(),
            r.GetProperty("timeInForce").GetString(), r.GetProperty("orderListId").GetInt32()));
        Assert.Equal("70000.00000000", r.GetProperty("price").GetString());
        long orderId = r.GetProperty("orderId").GetInt64();
        Assert.Contains(sim.Ledger.OrdersOf("skia-sim-key"), o => o.OrderId == orderId && o.ClientOrderId == "ws-1" && o.Status == OrderStatus.New);

        var limits = reply.GetProperty("rateLimits").EnumerateArray()
            .Select(l => (l.GetProperty("rateLimitType").GetString(), l.GetProperty("interval").GetString(), l.GetProperty("intervalNum").GetInt32(),
                l.GetProperty("limit").GetInt32(), l.GetProperty("count").GetInt32()))
            .ToList();
        Assert.Equal([("ORDERS", "SECOND", 10, 50, 1), ("ORDERS", "DAY", 1, 160000, 1), ("REQUEST_WEIGHT", "MINUTE", 1, 6000, 1)], limits);
    }

    [Theory]
    [InlineData("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.000001&price=70000")] // LOT_SIZE
    [InlineData("symbol=BTCUSDT&side=SELL&type=LIMIT&quantity=0.01&price=70000")]                      // -1102 timeInForce
    [InlineData("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=50&price=70000")]       // -2010 balance
    [InlineData("symbol=NOPEUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000")]    // -1121
    [InlineData("symbol=BTCUSDT&side=SIDEWAYS&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000")] // -1117
    [InlineData("symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.01&price=70000")]                     // -1106 price
    [InlineData("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=abc&price=70000")]      // -1100
    public async Task Order_place_refuses_with_the_same_status_code_and_message_as_REST(string order)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        using var rest = new RawExchangeClient(url);

        var (restStatus, restBody, _) = await rest.SignedAsync(HttpMethod.Post, "/api/v3/order", order);
        JsonElement reply = await WsApi.CallAsync(ws, "bad", "order.place", order);

        Assert.NotEqual(200, restStatus);
        Assert.Equal(restStatus, reply.GetProperty("status").GetInt32());
        JsonElement error = reply.GetProperty("error");
        Assert.Equal((restBody.GetProperty("code").GetInt32(), restBody.GetProperty("msg").GetString()),
            (error.GetProperty("code").GetInt32(), error.GetProperty("msg").GetString()));
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_or_an_old_timestamp_is_refused_and_does_nothing()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);

        await ws.SendAsync(WsApi.Signed("s", "order.place", WsApi.Parameters(Limit), secret: "not-the-secret"));
        JsonElement? bad = await ws.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
        Assert.Equal((400, -1022, "Signature for this request is not valid."), (bad!.Value.GetProperty("status").GetInt32(),
            bad.Value.GetProperty("error").GetProperty("code").GetInt32(), bad.Value.GetProperty("error").GetProperty("msg").GetString()));

        await ws.SendAsync(WsApi.Signed("t", "order.place", WsApi.Parameters(Limit), timestamp: DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 60_000));
        JsonElement? old = await ws.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
        Assert.Equal(-1021, old!.Value.GetProperty("error").GetProperty("code").GetInt32());

        await ws.SendAsync(WsApi.Signed("k", "order.place", WsApi.Parameters(Limit), apiKey: "nobody"));
        JsonElement? key = await ws.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
        Assert.Equal((401, -2015), (key!.Value.GetProperty("status").GetInt32(), key.Value.GetProperty("error").GetProperty("code").GetInt32()));
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
    }

    [Fact]
    public async Task Order_test_validates_without_placing_and_counts_only_weight()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);

        JsonElement ok = await WsApi.CallAsync(ws, "t1", "order.test", Limit);
        Assert.Equal(200, ok.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Object, ok.GetProperty("result").ValueKind);
        Assert.Empty(ok.GetProperty("result").EnumerateObject());
        Assert.Equal(["REQUEST_WEIGHT"], ok.GetProperty("rateLimits").EnumerateArray().Select(l => l.GetProperty("rateLimitType").GetString()));

        JsonElement bad = await WsApi.CallAsync(ws, "t2", "order.test", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.000001&price=70000");
        Assert.Equal((-1013, "Filter failure: LOT_SIZE"), (bad.GetProperty("error").GetProperty("code").GetInt32(), bad.GetProperty("error").GetProperty("msg").GetString()));
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
    }

    [Fact]
    public async Task Order_status_open_orders_and_cancel_follow_one_order_through_its_life()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        await WsApi.CallAsync(ws, "p", "order.place", Limit + "&newClientOrderId=life-1");

        JsonElement status = await WsApi.CallAsync(ws, "s", "order.status", "symbol=BTCUSDT&origClientOrderId=life-1");
        Assert.Equal(("NEW", "life-1"), (status.GetProperty("result").GetProperty("status").GetString(), status.GetProperty("result").GetProperty("clientOrderId").GetString()));

        JsonElement open = await WsApi.CallAsync(ws, "o", "openOrders.status", "symbol=BTCUSDT");
        Assert.Equal(["life-1"], open.GetProperty("result").EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()));

        JsonElement cancel = await WsApi.CallAsync(ws, "c", "order.cancel", "symbol=BTCUSDT&origClientOrderId=life-1&newClientOrderId=gone-1");
        JsonElement c = cancel.GetProperty("result");
        Assert.Equal(("CANCELED", "life-1", "gone-1"), (c.GetProperty("status").GetString(), c.GetProperty("origClientOrderId").GetString(), c.GetProperty("clientOrderId").GetString()));
        Assert.Contains(sim.Ledger.OrdersOf("skia-sim-key"), o => o.ClientOrderId == "life-1" && o.Status == OrderStatus.Canceled);

        JsonElement again = await WsApi.CallAsync(ws, "c2", "order.cancel", "symbol=BTCUSDT&origClientOrderId=life-1");
        Assert.Equal((400, -2011, "Unknown order sent."), (again.GetProperty("status").GetInt32(),
            again.GetProperty("error").GetProperty("code").GetInt32(), again.GetProperty("error").GetProperty("msg").GetString()));
        JsonElement missing = await WsApi.CallAsync(ws, "s2", "order.status", "symbol=BTCUSDT&origClientOrderId=never");
        Assert.Equal(-2013, missing.GetProperty("error").GetProperty("code").GetInt32());
        JsonElement none = await WsApi.CallAsync(ws, "o2", "v3/openOrders.status", "symbol=BTCUSDT");
        Assert.Empty(none.GetProperty("result").EnumerateArray());
    }

    [Fact]
    public async Task Open_orders_cancel_all_cancels_every_open_order_of_the_symbol_only()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        for (int i = 0; i < 3; i++)
            await WsApi.CallAsync(ws, "p" + i, "order.place", Limit + "&newClientOrderId=all-" + i);
        await WsApi.CallAsync(ws, "e", "order.place", "symbol=ETHUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.1&price=9000&newClientOrderId=eth-1");

        JsonElement reply = await WsApi.CallAsync(ws, "ca", "openOrders.cancelAll", "symbol=BTCUSDT");

        Assert.Equal(200, reply.GetProperty("status").GetInt32());
        Assert.Equal(["all-0", "all-1", "all-2"], reply.GetProperty("result").EnumerateArray().Select(o => o.GetProperty("origClientOrderId").GetString()));
        Assert.All(reply.GetProperty("result").EnumerateArray(), o => Assert.Equal("CANCELED", o.GetProperty("status").GetString()));
        Assert.Equal(["eth-1"], sim.Ledger.OrdersOf("skia-sim-key").Where(o => o.Status == OrderStatus.New).Select(o => o.ClientOrderId));
        Assert.True(sim.Ledger.Balance("skia-sim-key", "BTC").Locked.IsZero);

        JsonElement empty = await WsApi.CallAsync(ws, "ca2", "openOrders.cancelAll", "symbol=BTCUSDT");
        Assert.Equal((400, -2011), (empty.GetProperty("status").GetInt32(), empty.GetProperty("error").GetProperty("code").GetInt32()));
    }

    [Fact]
    public async Task Order_cancel_replace_swaps_the_order_in_one_step()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        await WsApi.CallAsync(ws, "p", "order.place", Limit + "&newClientOrderId=old-1");

        JsonElement reply = await WsApi.CallAsync(ws, "cr", "order.cancelReplace",
            "symbol=BTCUSDT&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=old-1&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.02&price=71000&newClientOrderId=new-1");

        Assert.Equal(200, reply.GetProperty("status").GetInt32());
        JsonElement r = reply.GetProperty("result");
        Assert.Equal(("SUCCESS", "SUCCESS"), (r.GetProperty("cancelResult").GetString(), r.GetProperty("newOrderResult").GetString()));
        Assert.Equal(("old-1", "CANCELED"), (r.GetProperty("cancelResponse").GetProperty("origClientOrderId").GetString(), r.GetProperty("cancelResponse").GetProperty("status").GetString()));
        Assert.Equal(("new-1", "NEW", "71000.00000000"), (r.GetProperty("newOrderResponse").GetProperty("clientOrderId").GetString(),
            r.GetProperty("newOrderResponse").GetProperty("status").GetString(), r.GetProperty("newOrderResponse").GetProperty("price").GetString()));
        Assert.Equal(["new-1"], sim.Ledger.OrdersOf("skia-sim-key").Where(o => o.Status == OrderStatus.New).Select(o => o.ClientOrderId));
        Assert.Equal(Core.Numerics.Quantity.Parse("0.02"), sim.Ledger.Balance("skia-sim-key", "BTC").Locked);
    }

    [Fact]
    public async Task Order_cancel_replace_answers_failures_as_documented()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        const string replacement = "&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=71000";

        // STOP_ON_FAILURE, unknown order: 400 -2022, nothing placed.
        JsonElement stop = await WsApi.CallAsync(ws, "a", "order.cancelReplace", "symbol=BTCUSDT&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=nope" + replacement + "&newClientOrderId=n-a");
        Assert.Equal((400, -2022, "Order cancel-replace failed."), (stop.GetProperty("status").GetInt32(),
            stop.GetProperty("error").GetProperty("code").GetInt32(), stop.GetProperty("error").GetProperty("msg").GetString()));
        JsonElement data = stop.GetProperty("error").GetProperty("data");
        Assert.Equal(("FAILURE", "NOT_ATTEMPTED", -2011, JsonValueKind.Null), (data.GetProperty("cancelResult").GetString(), data.GetProperty("newOrderResult").GetString(),
            data.GetProperty("cancelResponse").GetProperty("code").GetInt32(), data.GetProperty("newOrderResponse").ValueKind));
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));

        // ALLOW_FAILURE, unknown order: 409 -2021, the new order is placed.
        JsonElement allow = await WsApi.CallAsync(ws, "b", "order.cancelReplace", "symbol=BTCUSDT&cancelReplaceMode=ALLOW_FAILURE&cancelOrigClientOrderId=nope" + replacement + "&newClientOrderId=n-b");
        Assert.Equal((409, -2021, "Order cancel-replace partially failed."), (allow.GetProperty("status").GetInt32(),
            allow.GetProperty("error").GetProperty("code").GetInt32(), allow.GetProperty("error").GetProperty("msg").GetString()));
        data = allow.GetProperty("error").GetProperty("data");
        Assert.Equal(("FAILURE", "SUCCESS", "n-b"), (data.GetProperty("cancelResult").GetString(), data.GetProperty("newOrderResult").GetString(),
            data.GetProperty("newOrderResponse").GetProperty("clientOrderId").GetString()));

        // The cancel works but the new LIMIT_MAKER would take: 409 -2021, cancel SUCCESS, new order FAILURE -2010.
        await WsApi.CallAsync(ws, "bid", "order.place", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000&newClientOrderId=bid-1");
        JsonElement take = await WsApi.CallAsync(ws, "c", "order.cancelReplace",
            "symbol=BTCUSDT&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=n-b&side=SELL&type=LIMIT_MAKER&quantity=0.01&price=59000&newClientOrderId=n-c");
        data = take.GetProperty("error").GetProperty("data");
        Assert.Equal((409, "SUCCESS", "FAILURE", -2010, "Order would immediately match and take."), (take.GetProperty("status").GetInt32(),
            data.GetProperty("cancelResult").GetString(), data.GetProperty("newOrderResult").GetString(),
            data.GetProperty("newOrderResponse").GetProperty("code").GetInt32(), data.GetProperty("newOrderResponse").GetProperty("msg").GetString()));
        Assert.Contains(sim.Ledger.OrdersOf("skia-sim-key"), o => o.ClientOrderId == "n-b" && o.Status == OrderStatus.Canceled);

        // A malformed replacement is refused before anything is cancelled.
        JsonElement malformed = await WsApi.CallAsync(ws, "d", "order.cancelReplace",
            "symbol=BTCUSDT&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=bid-1&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000001&price=60000");
        Assert.Equal((400, -1013), (malformed.GetProperty("status").GetInt32(), malformed.GetProperty("error").GetProperty("code").GetInt32()));
        Assert.Contains(sim.Ledger.OrdersOf("skia-sim-key"), o => o.ClientOrderId == "bid-1" && o.Status == OrderStatus.New);
    }

    [Fact]
    public async Task Rate_limits_count_weight_per_minute_and_orders_per_ten_seconds_and_day_or_are_left_out_when_asked()
    {
        var clock = new TestClock(DateTimeOffset.Parse("2026-12-03T10:00:05Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());
        await using var sim = new ExchangeSimulator(new ExchangeOptions { SyntheticMarket = false, Time = clock });
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);

        async Task<List<(string, long)>> Call(string id, string method, string query)
        {
            await ws.SendAsync(WsApi.Signed(id, method, WsApi.Parameters(query), timestamp: clock.Millis));
            JsonElement? reply = await ws.ReceiveJsonAsync(e => e.GetProperty("id").GetString() == id, TimeSpan.FromSeconds(10));
            Assert.True(reply.HasValue);
            return reply.Value.TryGetProperty("rateLimits", out JsonElement limits)
                ? limits.EnumerateArray().Select(l => (l.GetProperty("rateLimitType").GetString() + " " + l.GetProperty("intervalNum").GetInt32() + l.GetProperty("interval").GetString(), l.GetProperty("count").GetInt64())).ToList()
                : [];
        }

        Assert.Equal([("ORDERS 10SECOND", 1L), ("ORDERS 1DAY", 1L), ("REQUEST_WEIGHT 1MINUTE", 1L)], await Call("a", "order.place", Limit));
        Assert.Equal([("ORDERS 10SECOND", 2L), ("ORDERS 1DAY", 2L), ("REQUEST_WEIGHT 1MINUTE", 2L)], await Call("b", "order.place", Limit));
        Assert.Equal([("REQUEST_WEIGHT 1MINUTE", 82L)], await Call("c", "openOrders.status", ""));      // all symbols: weight 80
        Assert.Equal([("REQUEST_WEIGHT 1MINUTE", 88L)], await Call("d", "openOrders.status", "symbol=BTCUSDT")); // one symbol: 6
        Assert.Equal([("REQUEST_WEIGHT 1MINUTE", 92L)], await Call("e", "order.status", "symbol=BTCUSDT&orderId=1")); // 4
        Assert.Empty(await Call("f", "order.test", Limit + "&returnRateLimits=false"));
        clock.Millis += 5_000; // 10:00:10, a new 10 s interval
        Assert.Equal([("ORDERS 10SECOND", 1L), ("ORDERS 1DAY", 3L), ("REQUEST_WEIGHT 1MINUTE", 94L)], await Call("g", "order.place", Limit));
        clock.Millis += 60_000; // 10:01:10, a new minute
        Assert.Equal([("REQUEST_WEIGHT 1MINUTE", 1L)], await Call("h", "order.cancel", "symbol=BTCUSDT&orderId=1"));
    }

    private sealed class TestClock(long millis) : TimeProvider
    {
        public long Millis { get; set; } = millis;

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(Millis);
    }

    [Fact]
    public async Task A_connection_dropped_after_the_order_was_carried_out_leaves_exactly_that_order()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        sim.Faults.DropWebSocketApiConnectionOnNextRequests(1, "order.place", afterProcessing: true);

        await ws.SendAsync(WsApi.Signed("lost", "order.place", WsApi.Parameters(Limit + "&newClientOrderId=lost-1")));

        Assert.Null(await ws.ReceiveJsonAsync(e => e.TryGetProperty("id", out _), TimeSpan.FromSeconds(5)));
        Assert.True(await ws.ClosedAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(["lost-1"], sim.Ledger.OrdersOf("skia-sim-key").Select(o => o.ClientOrderId));
    }
}
