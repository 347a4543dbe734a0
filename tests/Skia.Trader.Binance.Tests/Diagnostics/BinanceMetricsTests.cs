using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.Tests.Orders;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Diagnostics;

/// <summary>Runs alone (after the parallel tests), so what the process-wide meter records here comes from this test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeterCollection
{
    public const string Name = "Skia.Trader.Binance meter";
}

/// <summary>The client's meter, read with a MeterListener while the feed and order entry talk to the simulator on loopback.</summary>
[Collection(MeterCollection.Name)]
public class BinanceMetricsTests
{
    private sealed record Measurement(string Name, string? Unit, double Value, Dictionary<string, object?> Tags);

    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();

        public Recorder()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BinanceMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
            _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
            _listener.Start();
        }

        public ConcurrentQueue<Measurement> Seen { get; } = new();

        public IEnumerable<Measurement> Of(string name, string tag, object value) =>
            Seen.Where(m => m.Name == name && m.Tags.TryGetValue(tag, out object? v) && Equals(v, value));

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (KeyValuePair<string, object?> t in tags) copy[t.Key] = t.Value;
            Seen.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, copy));
        }

        public void Dispose() => _listener.Dispose();
    }

    [Fact]
    public async Task Feed_and_order_entry_record_messages_and_data_age_per_symbol_resyncs_reconnects_round_trips_by_path_and_rejects_by_code()
    {
        using var recorder = new Recorder();
        await using var exchange = await LoopbackExchange.StartAsync();
        BinanceRestClient rest = exchange.Rest(LoopbackExchange.Trader);
        await rest.SyncClockAsync();
        await using var feed = new MarketDataFeed(exchange.Endpoint, rest, new MarketDataOptions { Symbols = ["ETHUSDT"], Trades = true });
        feed.Start();
        SymbolFeed eth = feed.Symbols[0];
        await Eventually.True(() => eth.SyncState == DepthSyncState.Synced && recorder.Of(BinanceMetrics.DataAgeName, "symbol", "ETHUSDT").Any(),
            () => eth.SyncState.ToString());

        Measurement message = recorder.Of(BinanceMetrics.FeedMessagesName, "symbol", "ETHUSDT").First();
        Assert.Equal(("{message}", 1.0), (message.Unit, message.Value));
        Measurement age = recorder.Of(BinanceMetrics.DataAgeName, "symbol", "ETHUSDT").First();
        Assert.Equal("ms", age.Unit);
        Assert.InRange(age.Value, 0, 60_000); // the simulator's E is its own clock, on this machine
        // Every rebuild the feed counts (SymbolFeed.Resyncs) is recorded, with the symbol.
        double Recorded() => recorder.Of(BinanceMetrics.DepthResyncsName, "symbol", "ETHUSDT").Sum(m => m.Value);
        Assert.True(eth.Resyncs >= 1);
        await Eventually.True(() => Recorded() == eth.Resyncs, () => $"{Recorded()} recorded, {eth.Resyncs} resyncs");

        long before = eth.Resyncs;
        feed.RequestReconnect("metrics test");
        await Eventually.True(() => eth.Resyncs > before && Recorded() == eth.Resyncs, () => $"{Recorded()} recorded, {eth.Resyncs} resyncs");
        Assert.Single(recorder.Of(BinanceMetrics.ReconnectsName, "connection", "market_data"));

        await using var webSocketApi = new WebSocketApiClient(exchange.Endpoint, rest);
        webSocketApi.Start();
        Assert.True(await webSocketApi.WaitUntilConnectedAsync(TimeSpan.FromSeconds(10)));
        var tracker = new OrderTracker();
        Order resting = await new OrderEntry(rest, tracker, webSocketApi).PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "1000", "0.01"));
        Assert.Equal(OrderStatus.New, resting.Status);
        Measurement overWs = Assert.Single(recorder.Of(BinanceMetrics.OrderRoundTripName, "path", "websocket_api"));
        Assert.Equal("ms", overWs.Unit);
        Assert.True(overWs.Value > 0);
        Assert.Empty(recorder.Of(BinanceMetrics.OrderRoundTripName, "path", "rest"));

        Order offTick = await new OrderEntry(rest, tracker).PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "1000.001", "0.01"));
        Assert.Equal(OrderStatus.Rejected, offTick.Status);
        Assert.StartsWith("-1013", offTick.RejectReason);
        Assert.Single(recorder.Of(BinanceMetrics.OrderRejectsName, "code", -1013));
        Assert.Single(recorder.Of(BinanceMetrics.OrderRoundTripName, "path", "rest"));
    }

    [Fact]
    public void Recording_a_feed_event_with_a_listener_attached_allocates_nothing()
    {
        using var listener = new MeterListener();
        long sum = 0;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BinanceMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => sum += v);
        listener.SetMeasurementEventCallback<double>((_, v, _, _) => sum += 1);
        listener.Start();
        KeyValuePair<string, object?>[] tags = BinanceMetrics.SymbolTags("BTCUSDT");
        long eventTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (int i = 0; i < 100; i++) BinanceMetrics.RecordFeedEvent(tags, eventTime);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            BinanceMetrics.RecordFeedEvent(tags, eventTime);
            BinanceMetrics.RecordFeedMessage(tags);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sum >= 30_000);
    }
}
