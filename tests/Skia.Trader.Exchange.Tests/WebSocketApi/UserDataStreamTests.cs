using System.Text.Json;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Tests.Http;

namespace Skia.Trader.Exchange.Tests.WebSocketApi;

public class UserDataStreamTests
{
    private static string SubscribeRequest(string id, string apiKey, string secret, long? timestamp = null)
    {
        long ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        string signature = RawExchangeClient.Sign(secret, $"apiKey={apiKey}&timestamp={ts}");
        return $"{{\"id\":\"{id}\",\"method\":\"userDataStream.subscribe.signature\",\"params\":{{\"apiKey\":\"{apiKey}\",\"timestamp\":{ts},\"signature\":\"{signature}\"}}}}";
    }

    [Fact]
    public async Task Subscribed_sessions_receive_execution_reports_and_balances()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        Uri url = await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        await ws.SendAsync(SubscribeRequest("s1", "skia-sim-key", "skia-sim-secret"));
        JsonElement? reply = await ws.ReceiveJsonAsync(e => e.TryGetProperty("id", out _), TimeSpan.FromSeconds(5));
        Assert.Equal(200, reply!.Value.GetProperty("status").GetInt32());
        Assert.Equal("s1", reply.Value.GetProperty("id").GetString());
        int subscriptionId = reply.Value.GetProperty("result").GetProperty("subscriptionId").GetInt32();

        using var client = new RawExchangeClient(url);
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000&newClientOrderId=u1");
        JsonElement? report = await ws.ReceiveJsonAsync(e => e.TryGetProperty("event", out JsonElement ev) && ev.GetProperty("e").GetString() == "executionReport", TimeSpan.FromSeconds(5));
        Assert.NotNull(report);
        Assert.Equal(subscriptionId, report.Value.GetProperty("subscriptionId").GetInt32());
        JsonElement er = report.Value.GetProperty("event");
        Assert.Equal(("u1", "NEW", "NEW", "SELL"), (er.GetProperty("c").GetString(), er.GetProperty("x").GetString(), er.GetProperty("X").GetString(), er.GetProperty("S").GetString()));
        JsonElement? position = await ws.ReceiveJsonAsync(e => e.TryGetProperty("event", out JsonElement ev) && ev.GetProperty("e").GetString() == "outboundAccountPosition", TimeSpan.FromSeconds(5));
        JsonElement btc = position!.Value.GetProperty("event").GetProperty("B").EnumerateArray().Single(b => b.GetProperty("a").GetString() == "BTC");
        Assert.Equal("0.01000000", btc.GetProperty("l").GetString());

        await client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=u1");
        JsonElement? cancel = await ws.ReceiveJsonAsync(e => e.TryGetProperty("event", out JsonElement ev) && ev.TryGetProperty("x", out JsonElement x) && x.GetString() == "CANCELED", TimeSpan.FromSeconds(5));
        Assert.Equal("u1", cancel!.Value.GetProperty("event").GetProperty("C").GetString());
    }

    [Fact]
    public async Task A_bad_signature_is_refused_with_the_error_shape()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        await sim.StartAsync();
        await using StreamSocket ws = await StreamSocket.ConnectAsync(sim.WebSocketApiAddress);
        await ws.SendAsync(SubscribeRequest("x", "skia-sim-key", "wrong"));
        JsonElement? reply = await ws.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
        Assert.Equal(400, reply!.Value.GetProperty("status").GetInt32());
        Assert.Equal(-1022, reply.Value.GetProperty("error").GetProperty("code").GetInt32());
        await ws.SendAsync("{\"id\":3,\"method\":\"ping\",\"params\":{}}");
        reply = await ws.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5));
        Assert.Equal((3, 200), (reply!.Value.GetProperty("id").GetInt32(), reply.Value.GetProperty("status").GetInt32()));
    }
}
