using System.Diagnostics;
using System.Text.Json;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Tests.Http;

namespace Skia.Trader.Exchange.Tests.Faults;

public class FaultInjectorTests
{
    private const string Order = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000&newClientOrderId=f1";

    [Fact]
    public async Task A_5xx_after_processing_leaves_the_order_placed_and_queryable()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        sim.Faults.FailNextRequests(1, 503, "/api/v3/order", "POST", afterProcessing: true);
        var (status, _, _) = await client.SignedAsync(HttpMethod.Post, "/api/v3/order", Order);
        Assert.Equal(503, status);
        Assert.Equal("f1", Assert.Single(sim.Ledger.OrdersOf("skia-sim-key")).ClientOrderId);
        var (queryStatus, order, _) = await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=f1");
        Assert.Equal((200, "NEW"), (queryStatus, order.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_5xx_before_processing_places_nothing_and_only_hits_the_armed_count()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        sim.Faults.FailNextRequests(1, 502, "/api/v3/order");
        Assert.Equal(502, (await client.SignedAsync(HttpMethod.Post, "/api/v3/order", Order)).Status);
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
        Assert.Equal(200, (await client.SignedAsync(HttpMethod.Post, "/api/v3/order", Order)).Status);
    }

    [Fact]
    public async Task Rate_limit_answers_429_with_retry_after()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        sim.Faults.RateLimitNextRequests(1, retryAfterSeconds: 7);
        var (status, body, response) = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        Assert.Equal(429, status);
        Assert.Equal(-1003, body.GetProperty("code").GetInt32());
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Delayed_requests_still_complete()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        sim.Faults.DelayNextRequests(1, TimeSpan.FromMilliseconds(400), "/api/v3/time");
        var watch = Stopwatch.StartNew();
        var (status, _) = await client.GetAsync("/api/v3/time");
        Assert.Equal(200, status);
        Assert.True(watch.ElapsedMilliseconds >= 350, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Skipped_sequence_ids_show_as_a_gap_in_the_diff_stream()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 21 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@depth@100ms"));
        JsonElement? before = await socket.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
        long previous = before!.Value.GetProperty("u").GetInt64();
        sim.Faults.SkipSequenceIds("BTCUSDT", 50);
        bool gap = false;
        for (int i = 0; i < 20 && !gap; i++)
        {
            JsonElement? e = await socket.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
            gap = e!.Value.GetProperty("U").GetInt64() != previous + 1;
            previous = e.Value.GetProperty("u").GetInt64();
        }
        Assert.True(gap);
    }

    [Fact]
    public async Task Dropped_connections_end_without_a_close_handshake()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 22 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@depth@100ms"));
        Assert.NotNull(await socket.ReceiveAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(1, sim.Faults.DropMarketStreamConnections());
        Assert.True(await socket.ClosedAsync(TimeSpan.FromSeconds(10)));
        Assert.NotEqual(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_stalled_stream_goes_silent_but_stays_open()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 23 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@depth@100ms"));
        Assert.NotNull(await socket.ReceiveAsync(TimeSpan.FromSeconds(5)));
        sim.Faults.StallMarketStreams(TimeSpan.FromSeconds(30));
        // Frames already queued may still arrive; after that, nothing.
        while (await socket.ReceiveAsync(TimeSpan.FromMilliseconds(700)) is not null)
        {
        }
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
        Assert.Equal(1, sim.MarketStreamConnectionCount);
    }

    [Fact]
    public async Task Malformed_frames_and_server_shutdown_reach_every_connection()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 24 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "stream?streams=btcusdt@trade"));
        while (sim.MarketStreamConnectionCount == 0)
            await Task.Delay(10);
        sim.Faults.SendMalformedFrame();
        string? text = await socket.ReceiveAsync(TimeSpan.FromSeconds(5));
        while (text is not null && text.StartsWith("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\"", StringComparison.Ordinal))
            text = await socket.ReceiveAsync(TimeSpan.FromSeconds(5));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text!));

        sim.Faults.SendServerShutdown(closeAfter: TimeSpan.FromMilliseconds(300));
        JsonElement? shutdown = await socket.ReceiveJsonAsync(e => e.TryGetProperty("e", out JsonElement ev) && ev.GetString() == "serverShutdown", TimeSpan.FromSeconds(5));
        Assert.True(shutdown!.Value.GetProperty("E").GetInt64() > 0);
        Assert.True(await socket.ClosedAsync(TimeSpan.FromSeconds(10)));
        Assert.NotEqual(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Connections_are_cut_when_their_lifetime_ends()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 25, ConnectionLifetime = TimeSpan.FromMilliseconds(500) });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@depth@100ms"));
        Assert.True(await socket.ClosedAsync(TimeSpan.FromSeconds(10)));
    }
}
