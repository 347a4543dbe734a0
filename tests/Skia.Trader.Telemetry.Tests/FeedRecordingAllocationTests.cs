using Skia.Trader.Binance.Diagnostics;

namespace Skia.Trader.Telemetry.Tests;

/// <summary>Recording a feed event through the real OpenTelemetry SDK (a scrape endpoint listening) allocates nothing in steady state.</summary>
public class FeedRecordingAllocationTests
{
    [Fact]
    public void Recording_feed_events_with_the_sdk_listening_allocates_nothing()
    {
        using TelemetryHost host = TelemetryHost.Start(new TelemetryOptions { MetricsPort = 0, RuntimeMetrics = false });
        KeyValuePair<string, object?>[] tags = BinanceMetrics.SymbolTags("ALLOCTEST");
        long eventTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 3;
        for (int i = 0; i < 1000; i++) BinanceMetrics.RecordFeedEvent(tags, eventTime); // warm-up: JIT, the SDK's metric points

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            BinanceMetrics.RecordFeedEvent(tags, eventTime);
            BinanceMetrics.RecordFeedMessage(tags);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
