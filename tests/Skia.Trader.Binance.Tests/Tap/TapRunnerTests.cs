using System.Text;
using System.Text.Json;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Tap;

namespace Skia.Trader.Binance.Tests.Tap;

public class TapRunnerTests
{
    [Fact]
    public async Task Tap_prints_a_line_per_symbol_per_second_and_final_books_equal_to_the_exchanges()
    {
        await using var exchange = await LoopbackExchange.StartAsync();
        var output = new MemoryStream();
        var log = new StringWriter();
        string[] args = ["--endpoint", exchange.Endpoint.RestBase.ToString(), "--symbols", "btcusdt,ETHUSDT", "--depth", "5", "--seconds", "3.5"];
        Task<int> run = TapRunner.RunAsync(args, output, log, CancellationToken.None);
        await Task.Delay(1500);
        exchange.Simulator.MarketPaused = true; // the last two seconds see a still market

        Assert.Equal(0, await run);

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var perSecond = docs.Where(d => !d.TryGetProperty("final", out _)).ToList();
        var finals = docs.Where(d => d.TryGetProperty("final", out _)).ToList();
        Assert.Equal(["BTCUSDT", "ETHUSDT"], finals.Select(d => d.GetProperty("symbol").GetString()));
        Assert.True(perSecond.Count >= 4, $"only {perSecond.Count} per-second lines");
        Assert.Equal(perSecond.Count / 2, perSecond.Count(d => d.GetProperty("symbol").GetString() == "BTCUSDT"));
        JsonElement lastBtc = perSecond.Last(d => d.GetProperty("symbol").GetString() == "BTCUSDT");
        // Bridging is an exact book too: the snapshot, with no update since (the market was paused).
        Assert.Contains(lastBtc.GetProperty("sync").GetString(), new[] { "Synced", "Bridging" });
        Assert.True(lastBtc.GetProperty("bidLevels").GetInt32() > 0);

        using BinanceRestClient rest = exchange.Rest();
        foreach (JsonElement final in finals)
        {
            DepthSnapshot truth = await rest.GetDepthAsync(final.GetProperty("symbol").GetString()!, 5);
            Assert.Equal(truth.LastUpdateId, final.GetProperty("updateId").GetInt64());
            Assert.Equal(truth.Bids.Select(l => new[] { l.Price.ToString(), l.Quantity.ToString() }),
                final.GetProperty("bids").EnumerateArray().Select(l => l.EnumerateArray().Select(x => x.GetString()!).ToArray()));
            Assert.Equal(truth.Asks.Select(l => new[] { l.Price.ToString(), l.Quantity.ToString() }),
                final.GetProperty("asks").EnumerateArray().Select(l => l.EnumerateArray().Select(x => x.GetString()!).ToArray()));
        }
        Assert.Contains("BTCUSDT: Buffering (connected", log.ToString());
    }

    [Theory]
    [InlineData(new[] { "--symbols", "btcusdt" }, "Option '--endpoint' is required.")]
    [InlineData(new[] { "--endpoint", "kraken", "--symbols", "btcusdt" }, "Unknown endpoint 'kraken'")]
    [InlineData(new[] { "--endpoint", "binance", "--symbols", "btcusdt", "--depth", "0" }, "--depth must be 1..5000")]
    [InlineData(new[] { "--endpoint", "sim", "--symbols", "btcusdt" }, "pass that URL")]
    public async Task Bad_arguments_exit_64_with_one_line(string[] args, string message)
    {
        var log = new StringWriter();
        Assert.Equal(64, await TapRunner.RunAsync(args, new MemoryStream(), log, CancellationToken.None));
        string line = Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(message, line);
    }
}
