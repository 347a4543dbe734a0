using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Books;

namespace Skia.Trader.Binance.Tests.MarketData;

public class MarketDataFeedReplayTests
{
    [Fact]
    public async Task Recorded_session_replayed_by_the_simulator_syncs_every_book_with_no_gap_and_matches_an_independent_replay()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o =>
        {
            o.ReplayDirectory = RecordedSession.Directory;
            o.ReplaySpeed = 0;
        });
        var options = new MarketDataOptions
        {
            Symbols = RecordedSession.Symbols,
            Trades = false,
            AggregateTrades = true,
            BookTickers = true,
            KlineInterval = "1m",
            PublishedLevels = 5,
        };
        await using var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), options);
        var changes = new List<SyncStateChange>();
        feed.SyncChanged += c => { lock (changes) changes.Add(c); };
        feed.Start();

        var expected = RecordedSession.Symbols.ToDictionary(s => s, IndependentBookComputation.Compute);
        await Eventually.True(
            () => feed.Symbols.All(s => s.Book.Latest?.LastUpdateId == expected[s.Symbol].LastUpdateId),
            () => string.Join(", ", feed.Symbols.Select(s => $"{s.Symbol}:{s.SyncState}@{s.Book.Latest?.LastUpdateId}/{expected[s.Symbol].LastUpdateId}")));

        foreach (SymbolFeed symbol in feed.Symbols)
        {
            var want = expected[symbol.Symbol];
            OrderBookSnapshot book = symbol.Book.Latest!;
            Assert.Equal(DepthSyncState.Synced, symbol.SyncState);
            Assert.Equal(0, symbol.Gaps);
            Assert.Equal(1, symbol.Resyncs);
            Assert.Equal(want.BestBid, book.BestBid!.Value.Price.Raw / 100_000_000m);
            Assert.Equal(want.BestAsk, book.BestAsk!.Value.Price.Raw / 100_000_000m);
            Assert.Equal(want.BidLevels, book.TotalBidLevels);
            Assert.Equal(want.AskLevels, book.TotalAskLevels);
            // The last recorded book ticker and the trade count, read independently from the file.
            string? ticker = RecordedSession.Frames().LastOrDefault(f => f.Contains($"\"{symbol.Symbol.ToLowerInvariant()}@bookTicker\"", StringComparison.Ordinal));
            Assert.Equal(ticker != null, symbol.TryGetBookTicker(out BookTickerQuote quote));
            if (ticker != null)
            {
                using var doc = System.Text.Json.JsonDocument.Parse(ticker);
                Assert.Equal(doc.RootElement.GetProperty("data").GetProperty("b").GetString(), quote.BidPrice.ToString("F8", null));
                Assert.Equal(doc.RootElement.GetProperty("data").GetProperty("A").GetString(), quote.AskQuantity.ToString("F8", null));
            }
            int trades = RecordedSession.Frames().Count(f => f.Contains($"\"{symbol.Symbol.ToLowerInvariant()}@aggTrade\"", StringComparison.Ordinal));
            Assert.Equal(trades, symbol.TradeCount);
        }
        Assert.Equal(0, feed.FramesRejected);
        Assert.Equal(265, feed.FramesAccepted);
        lock (changes) Assert.DoesNotContain(changes, c => c.Reason.StartsWith("gap", StringComparison.Ordinal));
    }
}
