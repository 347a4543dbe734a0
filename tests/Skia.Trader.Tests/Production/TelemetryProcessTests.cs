using System.Net;
using System.Net.Sockets;
using System.Text;
using Skia.Trader.Telemetry.Tests;

namespace Skia.Trader.Tests.Production;

/// <summary>
/// The terminal process's telemetry: the real skia-trader, headless, on its in-process simulator over loopback, scraped
/// on its Prometheus endpoint while it runs and exporting OTLP to a loopback collector stand-in; and its telemetry
/// options given bad values.
/// </summary>
public class TelemetryProcessTests
{
    [Fact]
    public void The_running_terminal_serves_Prometheus_on_loopback_and_pushes_OTLP_with_the_toolkit_client_terminal_and_runtime_meters_moving()
    {
        using var collector = new OtlpReceiver();
        using var terminal = new TerminalProcess(["--headless", "--exit-after", TerminalProcess.SafetyNet, "--metrics-port", "0", "--otlp", collector.BaseUrl.ToString()],
            new Dictionary<string, string?> { ["OTEL_METRIC_EXPORT_INTERVAL"] = "500" });
        string line = terminal.WaitForStderr("metrics on http://127.0.0.1:");
        var url = new Uri(line[line.IndexOf("http://", StringComparison.Ordinal)..]);
        Assert.Equal("127.0.0.1", url.Host);

        using var http = new HttpClient();
        // The first scrape once the market data has reached the screen; the second a while later.
        string first = Eventually(() => http.GetStringAsync(url).GetAwaiter().GetResult(),
            text => PrometheusText.Sum(text, "skia_trader_screen_data_age_milliseconds_count", "symbol=\"BTCUSDT\"") > 0);
        string second = Eventually(() => http.GetStringAsync(url).GetAwaiter().GetResult(),
            text => PrometheusText.Sum(text, "skia_trader_screen_data_age_milliseconds_count", "symbol=\"BTCUSDT\"")
                > PrometheusText.Sum(first, "skia_trader_screen_data_age_milliseconds_count", "symbol=\"BTCUSDT\"") + 5);

        // Names, types and units (the exporter appends the unit to the name: ms -> _milliseconds).
        Assert.Equal("histogram", PrometheusText.TypeOf(second, "skia_trader_screen_data_age_milliseconds"));
        Assert.Equal("histogram", PrometheusText.TypeOf(second, "skia_trader_feed_data_age_milliseconds"));
        Assert.Equal("counter", PrometheusText.TypeOf(second, "skia_trader_feed_messages_total"));
        Assert.Equal("counter", PrometheusText.TypeOf(second, "skia_trader_feed_depth_resyncs_total"));
        Assert.Equal("histogram", PrometheusText.TypeOf(second, "skia_toolkit_frame_duration_milliseconds"));
        Assert.Equal("counter", PrometheusText.TypeOf(second, "skia_toolkit_frames_total"));
        Assert.Equal("histogram", PrometheusText.TypeOf(second, "skia_toolkit_snapshot_wait_milliseconds"));
        Assert.Equal("counter", PrometheusText.TypeOf(second, "dotnet_gc_collections_total"));
        Assert.Equal("counter", PrometheusText.TypeOf(second, "dotnet_jit_compiled_methods_total"));

        // Values move between the scrapes: per-symbol feed messages, frames, data age on screen; the book was synced.
        foreach (string symbol in new[] { "BTCUSDT", "ETHUSDT" })
        {
            string tag = $"symbol=\"{symbol}\"";
            Assert.True(PrometheusText.Sum(second, "skia_trader_feed_messages_total", tag) > PrometheusText.Sum(first, "skia_trader_feed_messages_total", tag), symbol + "\n" + second);
            Assert.True(PrometheusText.Sum(first, "skia_trader_feed_depth_resyncs_total", tag) >= 1, symbol + "\n" + first);
        }
        Assert.True(PrometheusText.Sum(second, "skia_toolkit_frames_total") > PrometheusText.Sum(first, "skia_toolkit_frames_total"), second);
        Assert.True(PrometheusText.Sum(second, "skia_toolkit_snapshot_wait_milliseconds_count") > PrometheusText.Sum(first, "skia_toolkit_snapshot_wait_milliseconds_count"), second);
        double ageSum = PrometheusText.Sum(second, "skia_trader_screen_data_age_milliseconds_sum", "symbol=\"BTCUSDT\"");
        double ageCount = PrometheusText.Sum(second, "skia_trader_screen_data_age_milliseconds_count", "symbol=\"BTCUSDT\"");
        Assert.InRange(ageSum / ageCount, 0, 2000); // loopback: milliseconds, not seconds or an epoch

        // Two periodic OTLP pushes (every 0.5 s) while it runs, then a clean stop (which pushes once more).
        Eventually(() => collector.On("/v1/metrics").Count().ToString(System.Globalization.CultureInfo.InvariantCulture), count => int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        var (code, _) = terminal.StopAndWait();
        Assert.True(code == 0, terminal.Stderr);

        // OTLP: protobuf metric exports to /v1/metrics with every meter's names, units and the service.
        OtlpReceiver.Request[] metrics = collector.On("/v1/metrics").ToArray();
        Assert.True(metrics.Length >= 2, $"{metrics.Length} OTLP metric exports");
        Assert.All(metrics, r => Assert.Equal("application/x-protobuf", r.ContentType));
        byte[] last = metrics[^1].Body;
        foreach (string part in new[] { "skia.trader.screen.data_age", "skia.trader.feed.messages", "skia.toolkit.frames", "dotnet.gc.collections", "{message}", "ms", "BTCUSDT", "skia-trader" })
            Assert.True(Contains(last, part), "the last OTLP metrics export lacks " + part);
        Assert.Contains("telemetry: OTLP to " + collector.BaseUrl, terminal.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_metrics_port_in_use_is_one_line_and_exit_2()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var terminal = new TerminalProcess(["--headless", "--exit-after", "5", "--metrics-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            var (code, stdout) = terminal.WaitForExit();
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            string line = Assert.Single(terminal.StderrLines);
            Assert.Equal($"skia-trader: --metrics-port {port}: cannot listen on 127.0.0.1:{port} (port already in use).", line);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Theory]
    [InlineData("--metrics-port", "abc", "--metrics-port abc: not a port number")]
    [InlineData("--metrics-port", "70000", "--metrics-port 70000: out of range")]
    [InlineData("--metrics-port", "-1", "--metrics-port -1: not a port number")]
    [InlineData("--metrics-port", "", "--metrics-port : not a port number")]
    [InlineData("--otlp", "collector", "--otlp collector: not an absolute URL")]
    [InlineData("--otlp", "ftp://127.0.0.1/", "--otlp ftp://127.0.0.1/: not an http:// or https:// URL")]
    [InlineData("--otlp", "http://127.0.0.1:4318/?a=b", "a base URL takes no query or fragment")]
    public void A_bad_telemetry_option_is_one_line_and_exit_64(string option, string value, string expected)
    {
        using var terminal = new TerminalProcess([option, value, "--headless"]);
        var (code, stdout) = terminal.WaitForExit();
        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        string line = Assert.Single(terminal.StderrLines);
        Assert.StartsWith("skia-trader: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", terminal.Stderr, StringComparison.Ordinal);
    }

    private static string Eventually(Func<string> read, Func<string, bool> done)
    {
        DateTime deadline = DateTime.UtcNow + TerminalProcess.Deadline; // generous: it only matters when broken
        string text = read();
        while (!done(text))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The scrape never showed what was expected:\n" + text);
            Thread.Sleep(200);
            text = read();
        }
        return text;
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
