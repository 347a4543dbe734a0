using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>
/// The 24 h connection renewal, shortened: the simulator cuts every stream connection after 2 s, the client renews
/// after 0.4 s with an overlapping connection. Across several renewals the books never resync or see a gap and stay
/// equal to the exchange's, and the trade tape has every trade exactly once.
/// </summary>
public class MarketDataFeedRenewalTests
{
    [Fact]
    public async Task Renewals_overlap_so_no_update_is_missed_or_applied_twice()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o =>
        {
            o.DepthUpdatesPerSecond = 40;
            o.ConnectionLifetime = TimeSpan.FromSeconds(2);
        });
        var statuses = new List<ConnectionStatus>();
        var changes = new List<SyncStateChange>();
        var tape = new Dictionary<string, List<long>> { ["BTCUSDT"] = [], ["ETHUSDT"] = [] };
        await using var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), new MarketDataOptions
        {
            Symbols = ["BTCUSDT", "ETHUSDT"],
            PublishInterval = TimeSpan.FromMilliseconds(10),
            PublishedLevels = 1000,
            Connection = new ConnectionOptions
            {
                MaxConnectionAge = TimeSpan.FromMilliseconds(400),
                WatchdogPeriod = TimeSpan.FromMilliseconds(50),
                RenewalHandoverLimit = TimeSpan.FromMilliseconds(600),
                InitialBackoff = TimeSpan.FromMilliseconds(100),
            },
        });
        feed.ConnectionChanged += s => { lock (statuses) statuses.Add(s); };
        feed.SyncChanged += c => { lock (changes) changes.Add(c); };
        feed.TradeReceived += (s, t) => { lock (tape) tape[s.Symbol].Add(t.TradeId); };
        feed.Start();
        await Eventually.True(() => feed.Symbols.All(s => s.SyncState == DepthSyncState.Synced && s.Book.Latest != null),
            () => string.Join(",", feed.Symbols.Select(s => s.SyncState)));

        // Several renewals, each past the point where the server would have cut a connection that was not replaced.
        await Eventually.True(() => feed.Renewals >= 5, () => $"renewals {feed.Renewals}");

        lock (statuses)
        {
            Assert.False(statuses.Any(s => s.State == ConnectionState.Reconnecting), string.Join("\n", statuses.Select(s => s.Reason)));
            Assert.True(statuses.Count(s => s.Reason.StartsWith("renewed before the 24 h cut", StringComparison.Ordinal)) >= 5,
                string.Join("\n", statuses.Select(s => s.Reason)));
        }
        foreach (SymbolFeed s in feed.Symbols)
        {
            Assert.Equal(0, s.Gaps);
            Assert.Equal(1, s.Resyncs); // the first sync only
        }
        lock (changes) Assert.DoesNotContain(changes, c => c.Reason.Contains("gap", StringComparison.Ordinal));

        exchange.Simulator.MarketPaused = true;
        using var rest = new BinanceRestClient(exchange.Endpoint);
        foreach (SymbolFeed s in feed.Symbols)
        {
            // An action already under way when the market paused may land after a first snapshot: wait, then take another.
            DepthSnapshot truth = await rest.GetDepthAsync(s.Symbol, 1000);
            await Eventually.True(() => s.Book.Latest!.LastUpdateId >= truth.LastUpdateId,
                () => $"{s.Symbol}: client at {s.Book.Latest!.LastUpdateId}, exchange at {truth.LastUpdateId}");
            truth = await rest.GetDepthAsync(s.Symbol, 1000);
            await Eventually.True(() => s.Book.Latest!.LastUpdateId == truth.LastUpdateId,
                () => $"{s.Symbol}: client at {s.Book.Latest!.LastUpdateId}, exchange at {truth.LastUpdateId}");
            Assert.Equal(truth.Bids, s.Book.Latest!.Bids.ToArray());
            Assert.Equal(truth.Asks, s.Book.Latest!.Asks.ToArray());
            Assert.Equal(1, s.Resyncs);

            // Every trade the exchange made since the tape started, in order, once.
            long[] expected = [];
            await Eventually.True(() =>
            {
                long first;
                lock (tape)
                {
                    if (tape[s.Symbol].Count == 0) return false;
                    first = tape[s.Symbol][0];
                }
                expected = exchange.Simulator.Ledger.Trades().Where(t => t.Symbol == s.Symbol && t.TradeId >= first).Select(t => t.TradeId).ToArray();
                lock (tape) return tape[s.Symbol].Count >= expected.Length;
            }, () => $"{s.Symbol}: tape has {tape[s.Symbol].Count}, exchange {expected.Length}");
            lock (tape)
            {
                List<long> got = tape[s.Symbol];
                Assert.True(expected.SequenceEqual(got), $"{s.Symbol}: missing [{string.Join(",", expected.Except(got))}], " +
                    $"repeated [{string.Join(",", got.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key))}], out of order: {!got.Order().SequenceEqual(got)}, {got.Count} of {expected.Length}");
            }
            Assert.True(expected.Length > 0, $"{s.Symbol}: no trades during the test");
        }
        Assert.True(exchange.Simulator.MarketStreamConnectionCount <= 2, $"{exchange.Simulator.MarketStreamConnectionCount} connections left open");
    }
}
