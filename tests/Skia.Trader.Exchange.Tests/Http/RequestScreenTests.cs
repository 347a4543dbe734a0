using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>
/// What a hostile or careless client gets before any route runs: the API key is checked before a
/// body is read, sizes are capped, Kestrel's own refusals carry Binance JSON, and only loopback
/// hosts and origins are served. Everything over real loopback sockets.
/// </summary>
public class RequestScreenTests
{
    private const int TwentyEightMiB = 28 * 1024 * 1024;

    private static string Post(Uri url, string path, long contentLength, string? apiKey, string body = "") =>
        $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{url.Port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {contentLength}\r\n" +
        (apiKey is null ? "" : $"X-MBX-APIKEY: {apiKey}\r\n") + "\r\n" + body;

    [Theory]
    [InlineData(null, 401, -2014)]
    [InlineData("not-a-key", 401, -2015)]
    public async Task A_body_without_a_known_key_is_refused_before_it_is_read(string? apiKey, int status, int code)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        // 28 MiB announced, not one byte sent: the answer can only come if the exchange does not wait for the body.
        RawHttp.Response response = await RawHttp.ExchangeAsync(url, Post(url, "/api/v3/order", TwentyEightMiB, apiKey));
        Assert.Equal(status, response.Status);
        Assert.Equal(code, response.Json.GetProperty("code").GetInt32());
        Assert.Equal("close", response.Headers["Connection"]);
    }

    [Fact]
    public async Task A_body_over_64_KiB_with_a_good_key_is_refused_with_413_before_it_is_read()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        RawHttp.Response response = await RawHttp.ExchangeAsync(url, Post(url, "/api/v3/order", 64 * 1024 + 1, "skia-sim-key"));
        Assert.Equal(413, response.Status);
        Assert.Equal(-1000, response.Json.GetProperty("code").GetInt32());
        Assert.Equal("Request body too large.", response.Json.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_refused_with_413()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        string chunk = new('a', 16 * 1024);
        string chunks = string.Concat(Enumerable.Repeat($"{chunk.Length:x}\r\n{chunk}\r\n", 5)) + "0\r\n\r\n";
        string request = $"POST /api/v3/order HTTP/1.1\r\nHost: 127.0.0.1\r\nX-MBX-APIKEY: skia-sim-key\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n{chunks}";
        RawHttp.Response response = await RawHttp.ExchangeAsync(url, request);
        Assert.Equal(413, response.Status);
        Assert.Equal(-1000, response.Json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Sixteen_parallel_unauthenticated_28_MiB_posts_are_all_refused_and_the_simulator_keeps_working()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        RawHttp.Response[] answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            RawHttp.ExchangeAsync(url, Post(url, "/api/v3/order", TwentyEightMiB, apiKey: null))));
        Assert.All(answers, a => Assert.Equal(-2014, a.Json.GetProperty("code").GetInt32()));
        using var client = new RawExchangeClient(url);
        Assert.Equal(200, (await client.GetAsync("/api/v3/ping")).Status);
    }

    [Fact]
    public async Task Kestrels_own_refusals_answer_with_Binance_json()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        string host = $"Host: 127.0.0.1:{url.Port}\r\n";

        RawHttp.Response longUrl = await RawHttp.ExchangeAsync(url, $"GET /api/v3/ping?x={new string('a', 10_000)} HTTP/1.1\r\n{host}\r\n");
        Assert.Equal((414, -1000, "Request URL too long."), (longUrl.Status, longUrl.Json.GetProperty("code").GetInt32(), longUrl.Json.GetProperty("msg").GetString()));
        Assert.StartsWith("application/json", longUrl.Headers["Content-Type"]);

        RawHttp.Response bigHeaders = await RawHttp.ExchangeAsync(url, $"GET /api/v3/ping HTTP/1.1\r\n{host}X-Padding: {new string('a', 40_000)}\r\n\r\n");
        Assert.Equal((431, -1000), (bigHeaders.Status, bigHeaders.Json.GetProperty("code").GetInt32()));

        RawHttp.Response malformed = await RawHttp.ExchangeAsync(url, $"GET /api/v3/ping HTTP/1.1\r\n{host}Not a header line\r\n\r\n");
        Assert.Equal((400, -1000), (malformed.Status, malformed.Json.GetProperty("code").GetInt32()));
    }

    [Fact]
    public async Task Head_is_answered_like_get_with_the_json_headers_and_no_body()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        string host = $"Host: 127.0.0.1:{url.Port}\r\n";
        RawHttp.Response unknown = await RawHttp.ExchangeAsync(url, $"HEAD /api/v3/nothing HTTP/1.1\r\n{host}\r\n", headOnly: true);
        Assert.Equal(404, unknown.Status);
        Assert.StartsWith("application/json", unknown.Headers["Content-Type"]);
        Assert.Equal(RestJsonLength(-1000, "An unknown error occurred while processing the request."), int.Parse(unknown.Headers["Content-Length"]));

        RawHttp.Response ping = await RawHttp.ExchangeAsync(url, $"HEAD /api/v3/ping HTTP/1.1\r\n{host}\r\n", headOnly: true);
        Assert.Equal((200, "2"), (ping.Status, ping.Headers["Content-Length"]));
    }

    [Fact]
    public async Task Keep_alive_connections_carry_many_answers_intact_through_the_refusal_writer()
    {
        await using ExchangeSimulator sim = new(new ExchangeOptions { Seed = 3 });
        Uri url = await sim.StartAsync();
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        Stream stream = client.GetStream();
        string host = $"Host: 127.0.0.1:{url.Port}\r\n";
        for (int i = 0; i < 30; i++)
        {
            string path = (i % 3) switch { 0 => "/api/v3/exchangeInfo", 1 => "/api/v3/nothing", _ => "/api/v3/depth?symbol=BTCUSDT&limit=1000" };
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\n{host}\r\n"));
            RawHttp.Response r = await RawHttp.ReadResponseAsync(stream);
            Assert.Equal(i % 3 == 1 ? 404 : 200, r.Status);
            JsonElement json = r.Json; // every body parses: no byte lost or duplicated
            Assert.Equal(JsonValueKind.Object, json.ValueKind);
        }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebound.attacker.test:8080")]
    [InlineData("10.0.0.1")]
    public async Task A_foreign_host_header_is_refused_with_minus_1002(string host)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        RawHttp.Response r = await RawHttp.ExchangeAsync(url, $"GET /api/v3/ping HTTP/1.1\r\nHost: {host}\r\n\r\n");
        Assert.Equal(403, r.Status);
        Assert.Equal(-1002, r.Json.GetProperty("code").GetInt32());
        Assert.Equal("You are not authorized to execute this request.", r.Json.GetProperty("msg").GetString());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:1234")]
    [InlineData("127.0.0.1")]
    [InlineData("127.9.8.7:80")]
    [InlineData("[::1]:443")]
    public async Task Loopback_host_headers_are_served(string host)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        RawHttp.Response r = await RawHttp.ExchangeAsync(url, $"GET /api/v3/ping HTTP/1.1\r\nHost: {host}\r\n\r\n");
        Assert.Equal((200, "{}"), (r.Status, r.Body));
    }

    [Fact]
    public async Task AllowAnyHost_serves_foreign_hosts_and_origins()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { SyntheticMarket = false, AllowAnyHost = true });
        Uri url = await sim.StartAsync();
        RawHttp.Response r = await RawHttp.ExchangeAsync(url, "GET /api/v3/ping HTTP/1.1\r\nHost: evil.example\r\n\r\n");
        Assert.Equal(200, r.Status);
        using var ws = new ClientWebSocket();
        ws.Options.SetRequestHeader("Origin", "http://evil.example");
        await ws.ConnectAsync(sim.WebSocketApiAddress, CancellationToken.None);
        Assert.Equal(WebSocketState.Open, ws.State);
    }

    [Theory]
    [InlineData("ws-api/v3")]
    [InlineData("ws/btcusdt@trade")]
    [InlineData("stream?streams=btcusdt@trade")]
    public async Task A_cross_origin_websocket_upgrade_is_refused_and_a_loopback_origin_accepted(string path)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        var target = new Uri(sim.StreamAddress, path);
        using (var foreign = new ClientWebSocket())
        {
            foreign.Options.SetRequestHeader("Origin", "https://evil.example");
            foreign.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => foreign.ConnectAsync(target, CancellationToken.None));
            Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);
        }
        using var local = new ClientWebSocket();
        local.Options.SetRequestHeader("Origin", $"http://localhost:{sim.BaseAddress.Port}");
        await local.ConnectAsync(target, CancellationToken.None);
        Assert.Equal(WebSocketState.Open, local.State);
    }

    private static int RestJsonLength(int code, string message) => System.Text.Encoding.UTF8.GetByteCount($"{{\"code\":{code},\"msg\":\"{message}\"}}");
}
