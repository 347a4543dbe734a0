using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Tests.Http;

namespace Skia.Trader.Exchange.Tests.Streams;

/// <summary>Binance's market-stream limits and error replies (web-socket-streams.md, "WebSocket Limits" and "Error Messages").</summary>
public class MarketStreamLimitsTests
{
    [Theory]
    [InlineData("""{"method":"LIST_SUBSCRIPTIONS","id":1.5}""")]
    [InlineData("""{"method":"LIST_SUBSCRIPTIONS","id":-1}""")]
    [InlineData("""{"method":"LIST_SUBSCRIPTIONS","id":"7"}""")]
    [InlineData("""{"method":"LIST_SUBSCRIPTIONS","id":null}""")]
    [InlineData("""{"method":"LIST_SUBSCRIPTIONS"}""")]
    public async Task An_id_that_is_not_an_unsigned_integer_gets_the_documented_error_and_the_connection_stays_open(string request)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@trade"));
        await ws.SendAsync(request);
        JsonElement error = await ws.ReceiveJsonAsync();
        Assert.Equal((2, "Invalid request: request ID must be an unsigned integer"),
            (error.GetProperty("error").GetProperty("code").GetInt32(), error.GetProperty("error").GetProperty("msg").GetString()));
        await ws.SendAsync("""{"method":"LIST_SUBSCRIPTIONS","id":3}""");
        JsonElement list = await ws.ReceiveJsonAsync();
        Assert.Equal(3, list.GetProperty("id").GetInt32());
        Assert.Equal(["btcusdt@trade"], list.GetProperty("result").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Invalid_utf8_gets_an_error_reply_and_the_connection_stays_open()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@trade"));
        await ws.SendAsync([.. Encoding.ASCII.GetBytes("{\"method\":\"SUBSCRIBE\",\"params\":[\""), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"],\"id\":1}")]);
        JsonElement error = await ws.ReceiveJsonAsync();
        Assert.Equal(3, error.GetProperty("error").GetProperty("code").GetInt32());
        await ws.SendAsync("""{"method":"LIST_SUBSCRIPTIONS","id":4}""");
        Assert.Equal(4, (await ws.ReceiveJsonAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_connection_listens_to_at_most_1024_streams_and_an_oversized_subscribe_adds_none()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@trade"));
        string names = string.Join(",", Enumerable.Range(0, 1023).Select(i => $"\"s{i}@trade\""));
        await ws.SendAsync($$"""{"method":"SUBSCRIBE","params":[{{names}}],"id":1}""");
        Assert.Equal(JsonValueKind.Null, (await ws.ReceiveJsonAsync()).GetProperty("result").ValueKind);
        await ws.SendAsync("""{"method":"SUBSCRIBE","params":["one@trade","two@trade"],"id":2}""");
        JsonElement refused = await ws.ReceiveJsonAsync();
        Assert.Equal((2, "Invalid request: too many parameters", 2),
            (refused.GetProperty("error").GetProperty("code").GetInt32(), refused.GetProperty("error").GetProperty("msg").GetString(), refused.GetProperty("id").GetInt32()));
        await ws.SendAsync("""{"method":"LIST_SUBSCRIPTIONS","id":3}""");
        Assert.Equal(1024, (await ws.ReceiveJsonAsync()).GetProperty("result").GetArrayLength());
    }

    [Fact]
    public async Task A_connection_url_naming_more_than_1024_streams_is_refused()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        string streams = string.Join("/", Enumerable.Range(0, 1025).Select(i => $"s{i}"));
        RawHttp.Response r = await RawHttp.ExchangeAsync(url,
            $"GET /stream?streams={streams} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        Assert.Equal(400, r.Status);
        Assert.Equal((-1101, "Too many parameters; expected '1024' and received '1025'."), (r.Json.GetProperty("code").GetInt32(), r.Json.GetProperty("msg").GetString()));
        Assert.Equal(0, sim.MarketStreamConnectionCount);
    }

    [Fact]
    public async Task A_control_message_over_64_KiB_is_closed_with_1009()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        using FrameSocket ws = await FrameSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@trade"));
        await ws.SendAsync(new string(' ', 64 * 1024) + """{"method":"LIST_SUBSCRIPTIONS","id":9}""");
        Assert.Null(await ws.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, ws.CloseStatus);
    }
}
