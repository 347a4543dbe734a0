using System.Text.Json;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Exchange.Tests.Market;

public class ReplayTests
{
    private static readonly string Recording = Path.Combine(AppContext.BaseDirectory, "data", "binance-2021-10-12");
    private static readonly string[] Symbols = ["NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR"];

    [Fact]
    public async Task Replay_serves_the_recorded_frames_and_snapshots_and_every_book_syncs()
    {
        string header = File.ReadLines(Path.Combine(Recording, "streams.ws.txt")).First();
        string query = header[header.IndexOf("/stream?", StringComparison.Ordinal)..header.IndexOf(" <-> ", StringComparison.Ordinal)];
        int recordedFrames = File.ReadLines(Path.Combine(Recording, "streams.ws.txt")).Skip(1).Count(l => l.Contains("\"stream\"", StringComparison.Ordinal));

        await using var sim = new ExchangeSimulator(new ExchangeOptions { ReplayDirectory = Recording, ReplaySpeed = 0 });
        Uri url = await sim.StartAsync();
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, query.TrimStart('/')));
        var frames = new List<JsonElement>();
        while (frames.Count < recordedFrames && await socket.ReceiveJsonAsync(_ => true, TimeSpan.FromSeconds(5)) is { } frame)
            frames.Add(frame);
        Assert.Equal(recordedFrames, frames.Count);

        using var client = new RawExchangeClient(url);
        var (_, info) = await client.GetAsync("/api/v3/exchangeInfo");
        Assert.Equal(Symbols.Order(), info.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).Order());

        foreach (string symbol in Symbols)
        {
            var (_, snapshot) = await client.GetAsync($"/api/v3/depth?symbol={symbol}&limit=1000");
            var book = new OrderBook(symbol);
            book.ApplySnapshot(snapshot.GetProperty("lastUpdateId").GetInt64(), Levels(snapshot.GetProperty("bids")), Levels(snapshot.GetProperty("asks")));
            long expectedNext = -1;
            int applied = 0;
            foreach (JsonElement f in frames.Where(f => f.GetProperty("stream").GetString() == symbol.ToLowerInvariant() + "@depth@100ms"))
            {
                JsonElement d = f.GetProperty("data");
                long first = d.GetProperty("U").GetInt64(), last = d.GetProperty("u").GetInt64();
                if (last <= book.LastUpdateId)
                    continue;
                if (expectedNext < 0)
                    Assert.InRange(book.LastUpdateId + 1, first, last); // the first kept event straddles the snapshot
                else
                    Assert.Equal(expectedNext, first); // no gap
                book.ApplyDiff(last, Levels(d.GetProperty("b")), Levels(d.GetProperty("a")));
                expectedNext = last + 1;
                applied++;
            }
            Assert.True(applied > 0, $"{symbol}: no diff applied");
            Assert.False(book.IsCrossed, $"{symbol} crossed");
        }
    }

    private static BookLevel[] Levels(JsonElement array) =>
        array.EnumerateArray().Select(l => new BookLevel(Price.Parse(l[0].GetString()!), Quantity.Parse(l[1].GetString()!))).ToArray();
}
