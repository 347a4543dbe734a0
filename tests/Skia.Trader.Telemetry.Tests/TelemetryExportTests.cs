using System.Globalization;
using System.Text;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Telemetry.Tests;

/// <summary>The real exporters against the real simulator on loopback: a Prometheus scrape over HTTP, and OTLP requests received by a loopback listener.</summary>
public class TelemetryExportTests
{
    private static Order Limit(OrderSide side, string price, string quantity) =>
        new(OrderEntry.NewClientOrderId(), "BTCUSDT", side, OrderType.Limit, TimeInForce.Gtc, Price.Parse(price), Quantity.Parse(quantity));

    [Fact]
    public async Task Prometheus_scrape_on_loopback_serves_the_client_and_runtime_metrics_with_units_and_types_and_values_move()
    {
        using TelemetryHost host = TelemetryHost.Start(new TelemetryOptions { MetricsPort = 0 });
        Uri url = host.MetricsUrl!;
        Assert.Equal("127.0.0.1", url.Host);
        Assert.NotEqual(0, url.Port);

        await using var exchange = await LoopbackExchange.StartAsync();
        BinanceRestClient rest = exchange.Rest(LoopbackExchange.Trader);
        await rest.SyncClockAsync();
        await using var feed = new MarketDataFeed(exchange.Endpoint, rest, new MarketDataOptions { Symbols = ["BTCUSDT"], Trades = true });
        feed.Start();
        var entry = new OrderEntry(rest, new OrderTracker());
        SymbolFeed btc = feed.Symbols[0];
        await Eventually.True(() => btc.SyncState == DepthSyncState.Synced && feed.FramesAccepted > 3, () => $"{btc.SyncState}, {feed.FramesAccepted} frames");
        Order rejected = await entry.PlaceAsync(Limit(OrderSide.Buy, "60000.001", "0.01")); // off the 0.01 tick: -1013
        Assert.Equal(OrderStatus.Rejected, rejected.Status);
        Order resting = await entry.PlaceAsync(Limit(OrderSide.Buy, "1000", "0.01"));
        Assert.Equal(OrderStatus.New, resting.Status);

        using var http = new HttpClient();
        string first = await http.GetStringAsync(url);
        long frames = feed.FramesAccepted;
        await Eventually.True(() => feed.FramesAccepted > frames + 5, () => $"{feed.FramesAccepted} frames");
        await entry.CancelAsync(resting);
        string second = await http.GetStringAsync(url);

        Assert.Equal("counter", Prometheus.TypeOf(second, "skia_trader_feed_messages_total"));
        Assert.Equal("counter", Prometheus.TypeOf(second, "skia_trader_order_rejects_total"));
        Assert.Equal("counter", Prometheus.TypeOf(second, "skia_trader_feed_depth_resyncs_total"));
        Assert.Equal("histogram", Prometheus.TypeOf(second, "skia_trader_order_round_trip_milliseconds"));
        Assert.Equal("histogram", Prometheus.TypeOf(second, "skia_trader_feed_data_age_milliseconds"));
        Assert.Contains(second.Split('\n'), l => l.StartsWith("dotnet_", StringComparison.Ordinal)); // the runtime instrumentation

        string btcTag = "symbol=\"BTCUSDT\"";
        Assert.True(Prometheus.Sum(second, "skia_trader_feed_messages_total", btcTag) > Prometheus.Sum(first, "skia_trader_feed_messages_total", btcTag), second);
        Assert.True(Prometheus.Sum(second, "skia_trader_feed_data_age_milliseconds_count", btcTag) > Prometheus.Sum(first, "skia_trader_feed_data_age_milliseconds_count", btcTag), second);
        Assert.True(Prometheus.Sum(first, "skia_trader_feed_depth_resyncs_total", btcTag) >= 1, first);
        Assert.True(Prometheus.Sum(second, "skia_trader_order_round_trip_milliseconds_count", "path=\"rest\"")
            > Prometheus.Sum(first, "skia_trader_order_round_trip_milliseconds_count", "path=\"rest\""), second);
        Assert.True(Prometheus.Sum(first, "skia_trader_order_rejects_total", "code=\"-1013\"") >= 1, first);
    }

    [Fact]
    public async Task Otlp_export_posts_protobuf_metrics_and_the_order_trace_with_its_client_order_id_to_a_loopback_collector()
    {
        using var receiver = new OtlpReceiver();
        await using var exchange = await LoopbackExchange.StartAsync();
        BinanceRestClient rest = exchange.Rest(LoopbackExchange.Trader);
        await rest.SyncClockAsync();
        Order bought;
        using (TelemetryHost host = TelemetryHost.Start(new TelemetryOptions { OtlpEndpoint = receiver.BaseUrl, OtlpExportInterval = TimeSpan.FromMilliseconds(200) }))
        {
            await using var feed = new MarketDataFeed(exchange.Endpoint, rest, new MarketDataOptions { Symbols = ["BTCUSDT"], Trades = true });
            feed.Start();
            await Eventually.True(() => feed.FramesAccepted > 3, () => $"{feed.FramesAccepted} frames");
            var entry = new OrderEntry(rest, new OrderTracker());
            bought = new Order(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Buy, OrderType.Market, TimeInForce.Gtc, Price.Zero, Quantity.Zero, Quantity.Parse("100"));
            OrderTraces.Begin(bought, "click");
            await entry.PlaceAsync(bought);
            Assert.Equal(OrderStatus.Filled, bought.Status);
            await Eventually.True(() => receiver.On("/v1/metrics").Any(r => Contains(r.Body, BinanceMetrics.FeedMessagesName)), () => $"{receiver.Requests.Count} requests");
        } // Dispose flushes: the order's finished trace goes out now at the latest.

        OtlpReceiver.Request[] metrics = receiver.On("/v1/metrics").ToArray();
        Assert.All(metrics, r => Assert.Equal("application/x-protobuf", r.ContentType));
        OtlpReceiver.Request last = metrics[^1];
        foreach (string name in new[] { BinanceMetrics.FeedMessagesName, BinanceMetrics.DataAgeName, BinanceMetrics.OrderRoundTripName, "{message}", "BTCUSDT", "skia-trader" })
            Assert.True(Contains(last.Body, name), "metrics request lacks " + name);
        Assert.True(metrics.Length >= 2, $"{metrics.Length} metric exports in the interval and at dispose");

        OtlpReceiver.Request[] traces = receiver.On("/v1/traces").ToArray();
        Assert.NotEmpty(traces);
        OtlpReceiver.Request trace = Assert.Single(traces, t => Contains(t.Body, bought.ClientOrderId));
        Assert.Equal("application/x-protobuf", trace.ContentType);
        foreach (string part in new[] { OrderTraces.ClientOrderIdTag, "click", "request.written", "ack", "fill" })
            Assert.True(Contains(trace.Body, part), "order trace lacks " + part);
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>Prometheus reads the text exposition format: TYPE lines and samples.</summary>
    private static class Prometheus
    {
        public static string? TypeOf(string text, string name)
        {
            foreach (string line in text.Split('\n'))
            {
                string[] parts = line.Split(' ');
                if (parts.Length == 4 && parts[0] == "#" && parts[1] == "TYPE" && parts[2] == name) return parts[3];
            }
            return null;
        }

        public static double Sum(string text, string name, string label)
        {
            double sum = 0;
            foreach (string line in text.Split('\n'))
            {
                if (!line.StartsWith(name + "{", StringComparison.Ordinal) || !line.Contains(label, StringComparison.Ordinal)) continue;
                string value = line[(line.LastIndexOf('}') + 2)..].Split(' ')[0];
                sum += double.Parse(value, CultureInfo.InvariantCulture);
            }
            return sum;
        }
    }
}
