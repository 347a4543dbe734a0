using System.Text.Json;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Tests.Http;

namespace Skia.Trader.Exchange.Tests.Streams;

/// <summary>The 24 h ticker, mini ticker, all-market mini ticker, average price and aggregate-trade streams over a real WebSocket.</summary>
public class TickerStreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Ticker_streams_carry_the_documented_fields_with_the_rest_numbers()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress,
            "stream?streams=btcusdt@ticker/btcusdt@miniTicker/!miniTicker@arr/btcusdt@avgPrice/btcusdt@aggTrade"));
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000");
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.02&price=60000");
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60010");
        await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.04&price=60010&selfTradePreventionMode=NONE");

        JsonElement aggregate = (await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "btcusdt@aggTrade", Wait))!.Value.GetProperty("data");
        Assert.Equal("aggTrade", aggregate.GetProperty("e").GetString());
        Assert.Equal(1, aggregate.GetProperty("a").GetInt64());
        Assert.Equal("0.03000000", aggregate.GetProperty("q").GetString()); // both fills at 60000 of the one taker order
        Assert.Equal(1, aggregate.GetProperty("f").GetInt64());
        Assert.Equal(2, aggregate.GetProperty("l").GetInt64());

        JsonElement ticker = (await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "btcusdt@ticker"
            && e.GetProperty("data").GetProperty("n").GetInt64() == 3, Wait))!.Value.GetProperty("data");
        Assert.Equal(["e", "E", "s", "p", "P", "w", "x", "c", "Q", "b", "B", "a", "A", "o", "h", "l", "v", "q", "O", "C", "F", "L", "n"], Keys(ticker));
        Assert.Equal("24hrTicker", ticker.GetProperty("e").GetString());
        Assert.Equal("BTCUSDT", ticker.GetProperty("s").GetString());
        Assert.Equal("10.00000000", ticker.GetProperty("p").GetString());
        Assert.Equal("0.017", ticker.GetProperty("P").GetString());
        Assert.Equal("60002.50000000", ticker.GetProperty("w").GetString());
        Assert.Equal("60010.00000000", ticker.GetProperty("c").GetString());
        Assert.Equal("60000.00000000", ticker.GetProperty("o").GetString());
        Assert.Equal("2400.10000000", ticker.GetProperty("q").GetString());
        Assert.Equal(1, ticker.GetProperty("F").GetInt64());
        Assert.Equal(3, ticker.GetProperty("L").GetInt64());
        Assert.Equal(86_400_000, ticker.GetProperty("C").GetInt64() - ticker.GetProperty("O").GetInt64());

        JsonElement mini = (await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "btcusdt@miniTicker", Wait))!.Value.GetProperty("data");
        Assert.Equal(["e", "E", "s", "c", "o", "h", "l", "v", "q"], Keys(mini));
        Assert.Equal("24hrMiniTicker", mini.GetProperty("e").GetString());
        Assert.Equal("0.04000000", mini.GetProperty("v").GetString());

        JsonElement average = (await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "btcusdt@avgPrice"
            && e.GetProperty("data").GetProperty("w").GetString() != "0.00000000", Wait))!.Value.GetProperty("data");
        Assert.Equal(["e", "E", "s", "i", "w", "T"], Keys(average));
        Assert.Equal("5m", average.GetProperty("i").GetString());
        Assert.Equal("60002.50000000", average.GetProperty("w").GetString());

        // Only symbols whose statistics changed are in the all-market array: BTCUSDT traded, the others did not.
        JsonElement array = (await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "!miniTicker@arr", Wait))!.Value.GetProperty("data");
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        JsonElement only = Assert.Single(array.EnumerateArray());
        Assert.Equal("BTCUSDT", only.GetProperty("s").GetString());
        Assert.Equal("24hrMiniTicker", only.GetProperty("e").GetString());
        // Nothing changed since: the array does not come again, while the per-symbol streams keep their 1 s pace.
        Assert.Null(await socket.ReceiveJsonAsync(e => e.GetProperty("stream").GetString() == "!miniTicker@arr", TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public async Task The_all_market_array_comes_raw_as_a_json_array_while_a_synthetic_market_trades()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 21 });
        await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/!miniTicker@arr"));
        JsonElement? array = await socket.ReceiveJsonAsync(e => e.ValueKind == JsonValueKind.Array, TimeSpan.FromSeconds(5));
        Assert.NotNull(array);
        Assert.All(array.Value.EnumerateArray(), t => Assert.Equal("24hrMiniTicker", t.GetProperty("e").GetString()));
        Assert.Subset(sim.Symbols.Select(s => s.Symbol).ToHashSet(), array.Value.EnumerateArray().Select(t => t.GetProperty("s").GetString()!).ToHashSet());
    }
}
