using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Books;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>Injected market-stream faults against the live synthetic market: each ends with the book resynced and equal to the exchange's.</summary>
public class MarketDataFeedFaultTests
{
    private sealed class Harness : IAsyncDisposable
    {
        public required LoopbackExchange Exchange { get; init; }
        public required MarketDataFeed Feed { get; init; }
        public List<ConnectionStatus> Statuses { get; } = new();
        public List<SyncStateChange> Changes { get; } = new();

        public SymbolFeed Btc => Feed.Symbols[0];

        public static async Task<Harness> StartAsync(ConnectionOptions? connection = null)
        {
            var exchange = await LoopbackExchange.StartAsync(o => o.DepthUpdatesPerSecond = 40);
            var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), new MarketDataOptions
            {
                Symbols = ["BTCUSDT", "ETHUSDT"],
                PublishInterval = TimeSpan.FromMilliseconds(10),
                PublishedLevels = 1000,
                Connection = connection ?? new ConnectionOptions { InitialBackoff = TimeSpan.FromMilliseconds(100) },
            });
            var harness = new Harness { Exchange = exchange, Feed = feed };
            feed.ConnectionChanged += s => { lock (harness.Statuses) harness.Statuses.Add(s); };
            feed.SyncChanged += c => { lock (harness.Changes) harness.Changes.Add(c); };
            feed.Start();
            await Eventually.True(() => feed.Symbols.All(s => s.SyncState == DepthSyncState.Synced && s.Book.Latest != null),
                () => string.Join(",", feed.Symbols.Select(s => s.SyncState)));
            return harness;
        }

        /// <summary>BookMatchesExchangeAsync stills the market and checks the client's book level by level against a REST snapshot.</summary>
        public async Task BookMatchesExchangeAsync()
        {
            Exchange.Simulator.MarketPaused = true;
            using BinanceRestClient rest = new(Exchange.Endpoint);
            DepthSnapshot truth = await rest.GetDepthAsync("BTCUSDT", 1000);
            await Eventually.True(() => Btc.Book.Latest!.LastUpdateId >= truth.LastUpdateId,
                () => $"client at {Btc.Book.Latest!.LastUpdateId}, exchange at {truth.LastUpdateId}");
            truth = await rest.GetDepthAsync("BTCUSDT", 1000);
            await Eventually.True(() => Btc.Book.Latest!.LastUpdateId == truth.LastUpdateId,
                () => $"client at {Btc.Book.Latest!.LastUpdateId}, exchange at {truth.LastUpdateId}");
            OrderBookSnapshot book = Btc.Book.Latest!;
            Assert.Equal(truth.Bids, book.Bids.ToArray());
            Assert.Equal(truth.Asks, book.Asks.ToArray());
            Assert.Equal(DepthSyncState.Synced, Btc.SyncState);
        }

        public async ValueTask DisposeAsync()
        {
            await Feed.DisposeAsync();
            await Exchange.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_skipped_sequence_id_is_detected_and_the_book_resynced()
    {
        await using var h = await Harness.StartAsync();
        long resyncs = h.Btc.Resyncs;

        // The simulator folds ids skipped mid-interval into one event's U..u, so skip while the market is still
        // and nothing is pending (two 100 ms flushes), then let it move again.
        h.Exchange.Simulator.MarketPaused = true;
        await Task.Delay(250);
        h.Exchange.Simulator.Faults.SkipSequenceIds("BTCUSDT", 10);
        h.Exchange.Simulator.MarketPaused = false;

        await Eventually.True(() => h.Btc.Gaps == 1 && h.Btc.Resyncs == resyncs + 1 && h.Btc.SyncState == DepthSyncState.Synced,
            () => $"gaps {h.Btc.Gaps}, resyncs {h.Btc.Resyncs}, {h.Btc.SyncState}");
        lock (h.Changes) Assert.Contains(h.Changes, c => c.Symbol == "BTCUSDT" && c.Reason.StartsWith("gap", StringComparison.Ordinal));
        Assert.Equal(0, h.Feed.Symbols[1].Gaps);
        await h.BookMatchesExchangeAsync();
    }

    [Fact]
    public async Task A_dropped_connection_reconnects_and_every_book_resyncs()
    {
        await using var h = await Harness.StartAsync();

        Assert.Equal(1, h.Exchange.Simulator.Faults.DropMarketStreamConnections());

        await Eventually.True(() => h.Feed.ConnectionStatus.Connects == 2 && h.Feed.Symbols.All(s => s.Resyncs == 2 && s.SyncState == DepthSyncState.Synced),
            () => $"connects {h.Feed.ConnectionStatus.Connects}, resyncs {string.Join(",", h.Feed.Symbols.Select(s => s.Resyncs))}");
        lock (h.Statuses) Assert.Contains(h.Statuses, s => s.State == ConnectionState.Reconnecting);
        await h.BookMatchesExchangeAsync();
    }

    [Fact]
    public async Task A_stalled_stream_trips_the_watchdog_and_reconnects()
    {
        await using var h = await Harness.StartAsync(new ConnectionOptions
        {
            SilenceTimeout = TimeSpan.FromMilliseconds(700),
            WatchdogPeriod = TimeSpan.FromMilliseconds(100),
            InitialBackoff = TimeSpan.FromMilliseconds(100),
        });

        h.Exchange.Simulator.Faults.StallMarketStreams(TimeSpan.FromSeconds(30));

        // At least one reconnect: on a loaded machine the fresh connection can itself go quiet for longer than the
        // short test timeout and be replaced again, which is the watchdog doing its job, not a failure.
        await Eventually.True(() => h.Feed.ConnectionStatus.Connects >= 2 && h.Btc.SyncState == DepthSyncState.Synced && h.Btc.Resyncs >= 2,
            () => $"{h.Feed.ConnectionStatus}");
        lock (h.Statuses) Assert.Contains(h.Statuses, s => s.State == ConnectionState.Reconnecting && s.Reason.StartsWith("no data", StringComparison.Ordinal));
        await h.BookMatchesExchangeAsync();
    }

    [Fact]
    public async Task Server_shutdown_makes_the_client_reconnect_at_once()
    {
        await using var h = await Harness.StartAsync();

        h.Exchange.Simulator.Faults.SendServerShutdown();

        await Eventually.True(() => h.Feed.ConnectionStatus.Connects == 2 && h.Btc.SyncState == DepthSyncState.Synced,
            () => $"{h.Feed.ConnectionStatus}");
        lock (h.Statuses) Assert.Contains(h.Statuses, s => s.State == ConnectionState.Reconnecting && s.Reason.Contains("serverShutdown", StringComparison.Ordinal));
        await h.BookMatchesExchangeAsync();
    }

    [Fact]
    public async Task A_malformed_frame_is_counted_and_changes_nothing()
    {
        await using var h = await Harness.StartAsync();
        long gaps = h.Btc.Gaps;

        h.Exchange.Simulator.Faults.SendMalformedFrame();

        await Eventually.True(() => h.Feed.FramesRejected == 1, () => "rejected: " + h.Feed.FramesRejected);
        Assert.Equal(1, h.Feed.Counters.Rejected(FrameRejection.MalformedJson));
        Assert.Equal(1, h.Feed.ConnectionStatus.Connects);
        Assert.Equal(gaps, h.Btc.Gaps);
        await h.BookMatchesExchangeAsync();
    }
}
