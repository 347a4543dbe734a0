using System.Text.Json;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Exchange.Tests.Streams;

public class MarketStreamTests
{
    [Fact]
    public async Task Combined_diff_depth_is_contiguous_and_syncs_with_the_rest_snapshot()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 11 });
        Uri url = await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "stream?streams=btcusdt@depth@100ms/btcusdt@trade"));
        var events = new List<JsonElement>();
        JsonElement? first = await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "btcusdt@depth@100ms", TimeSpan.FromSeconds(5));
        Assert.NotNull(first);
        events.Add(first.Value.GetProperty("data"));
        using var client = new RawExchangeClient(url);
        var (_, snapshot) = await client.GetAsync("/api/v3/depth?symbol=BTCUSDT&limit=1000");
        long lastUpdateId = snapshot.GetProperty("lastUpdateId").GetInt64();
        while (events.Count < 12)
        {
            JsonElement? e = await socket.ReceiveJsonAsync(x => x.GetProperty("stream").GetString() == "btcusdt@depth@100ms", TimeSpan.FromSeconds(5));
            Assert.NotNull(e);
            events.Add(e.Value.GetProperty("data"));
        }
        for (int i = 1; i < events.Count; i++)
            Assert.Equal(events[i - 1].GetProperty("u").GetInt64() + 1, events[i].GetProperty("U").GetInt64());
        Assert.All(events, e => Assert.Equal("depthUpdate", e.GetProperty("e").GetString()));
        // The documented procedure finds the event that straddles the snapshot.
        Assert.Contains(events, e => e.GetProperty("U").GetInt64() <= lastUpdateId + 1 && lastUpdateId + 1 <= e.GetProperty("u").GetInt64());
    }

    [Fact]
    public async Task Raw_streams_send_bare_payloads_and_subscribe_answers_null_result()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 12 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/ethusdt@bookTicker"));
        JsonElement? ticker = await socket.ReceiveJsonAsync(e => e.TryGetProperty("u", out _), TimeSpan.FromSeconds(5));
        Assert.NotNull(ticker);
        Assert.Equal("ETHUSDT", ticker.Value.GetProperty("s").GetString());
        Assert.True(Price.Parse(ticker.Value.GetProperty("b").GetString()!) < Price.Parse(ticker.Value.GetProperty("a").GetString()!));

        await socket.SendAsync("{\"method\":\"SUBSCRIBE\",\"params\":[\"ethusdt@depth5@100ms\"],\"id\":7}");
        JsonElement? reply = await socket.ReceiveJsonAsync(e => e.TryGetProperty("id", out _), TimeSpan.FromSeconds(5));
        Assert.Equal(JsonValueKind.Null, reply!.Value.GetProperty("result").ValueKind);
        Assert.Equal(7, reply.Value.GetProperty("id").GetInt32());
        JsonElement? partial = await socket.ReceiveJsonAsync(e => e.TryGetProperty("lastUpdateId", out _), TimeSpan.FromSeconds(5));
        Assert.Equal(5, partial!.Value.GetProperty("bids").GetArrayLength());
    }

    [Fact]
    public async Task Depth_trades_and_klines_all_flow()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 13 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "stream?streams=btcusdt@depth@100ms/btcusdt@aggTrade/btcusdt@kline_1m"));
        var counts = new Dictionary<string, int>();
        DateTime end = DateTime.UtcNow.AddSeconds(3);
        while (DateTime.UtcNow < end)
        {
            JsonElement? e = await socket.ReceiveJsonAsync(_ => true, end - DateTime.UtcNow);
            if (e is null)
                break;
            string stream = e.Value.GetProperty("stream").GetString()!;
            counts[stream] = counts.GetValueOrDefault(stream) + 1;
        }
        Assert.True(counts.GetValueOrDefault("btcusdt@depth@100ms") >= 5, "diff depth comes about every 100 ms while the book moves"); // the rate itself is checked on simulated time in SyntheticMarketTests
        Assert.True(counts.GetValueOrDefault("btcusdt@aggTrade") >= 1, "no trades in 3 s");
        Assert.True(counts.GetValueOrDefault("btcusdt@kline_1m") >= 2, "klines come every second");
    }
}
