using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Tests.Http;

namespace Skia.Trader.Exchange.Tests.WebSocketApi;

/// <summary>One message is one request: oversized messages are refused whole, bad bytes and bad ids get an answer, and the request weight is limited.</summary>
public class WebSocketApiFramingTests
{
    [Fact]
    public async Task A_message_over_64_KiB_is_closed_with_1009_and_no_part_of_it_runs()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(sim.WebSocketApiAddress);
        await ws.SendAsync(new string(' ', 64 * 1024) + """{"id":"smuggled","method":"ping"}""");
        string? reply = await ws.ReceiveAsync();
        Assert.Null(reply); // not the smuggled ping's answer: the close
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, ws.CloseStatus);
    }

    [Fact]
    public async Task A_message_just_under_the_limit_is_one_request()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(sim.WebSocketApiAddress);
        await ws.SendAsync(new string(' ', 60 * 1024) + """{"id":"one","method":"ping"}""");
        JsonElement reply = await ws.ReceiveJsonAsync();
        Assert.Equal(("one", 200), (reply.GetProperty("id").GetString(), reply.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Invalid_utf8_gets_an_error_answer_and_the_connection_stays_open()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(sim.WebSocketApiAddress);
        byte[] bad = [.. Encoding.ASCII.GetBytes("{\"id\":1,\"method\":\"ping\",\"x\":\""), 0xC3, 0x28, 0xFF, .. Encoding.ASCII.GetBytes("\"}")];
        await ws.SendAsync(bad);
        JsonElement error = await ws.ReceiveJsonAsync();
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        Assert.Equal((-1135, "Invalid JSON Request"), (error.GetProperty("error").GetProperty("code").GetInt32(), error.GetProperty("error").GetProperty("msg").GetString()));
        await ws.SendAsync("""{"id":2,"method":"ping"}""");
        Assert.Equal(2, (await ws.ReceiveJsonAsync()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("""{"id":1.5,"method":"ping"}""")]
    [InlineData("""{"id":true,"method":"ping"}""")]
    [InlineData("""{"id":{"a":1},"method":"ping"}""")]
    [InlineData("""{"id":[1],"method":"ping"}""")]
    [InlineData("""{"method":"ping"}""")]
    public async Task A_missing_or_malformed_id_gets_an_error_answer_and_the_connection_stays_open(string request)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(sim.WebSocketApiAddress);
        await ws.SendAsync(request);
        JsonElement error = await ws.ReceiveJsonAsync();
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(-1102, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Mandatory parameter 'id' was not sent, was empty/null, or malformed.", error.GetProperty("error").GetProperty("msg").GetString());
        await ws.SendAsync("""{"id":"s","method":"ping"}""");
        Assert.Equal("s", (await ws.ReceiveJsonAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Requests_over_the_weight_limit_get_429_with_minus_1003_and_retryAfter_until_the_minute_ends()
    {
        var clock = new SteppedClock(DateTimeOffset.Parse("2026-12-03T12:00:10Z"));
        await using var sim = new ExchangeSimulator(new ExchangeOptions { SyntheticMarket = false, Time = clock, WebSocketApiWeightPerMinute = 5 });
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(sim.WebSocketApiAddress);
        // Connecting weighs 2: three pings fit in 5.
        for (int i = 0; i < 3; i++)
        {
            await ws.SendAsync($$"""{"id":{{i}},"method":"ping"}""");
            Assert.Equal(200, (await ws.ReceiveJsonAsync()).GetProperty("status").GetInt32());
        }
        await ws.SendAsync("""{"id":"over","method":"ping"}""");
        JsonElement refused = await ws.ReceiveJsonAsync();
        Assert.Equal(("over", 429), (refused.GetProperty("id").GetString(), refused.GetProperty("status").GetInt32()));
        JsonElement error = refused.GetProperty("error");
        Assert.Equal(-1003, error.GetProperty("code").GetInt32());
        Assert.Equal("Too much request weight used; current limit is 5 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.", error.GetProperty("msg").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T12:01:00Z").ToUnixTimeMilliseconds(), error.GetProperty("data").GetProperty("retryAfter").GetInt64());

        clock.Now = DateTimeOffset.Parse("2026-12-03T12:01:00Z");
        await ws.SendAsync("""{"id":"next minute","method":"ping"}""");
        Assert.Equal(200, (await ws.ReceiveJsonAsync()).GetProperty("status").GetInt32());
    }

    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
