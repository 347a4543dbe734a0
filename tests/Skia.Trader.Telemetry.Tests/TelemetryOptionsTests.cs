using System.Net;
using System.Net.Sockets;
using Skia.Toolkit.Diagnostics;
using Skia.Trader.Binance.Diagnostics;

namespace Skia.Trader.Telemetry.Tests;

/// <summary>Command-line values become options or one-line errors the terminal can print on stderr.</summary>
public class TelemetryOptionsTests
{
    [Theory]
    [InlineData("70000", null, "--metrics-port 70000: out of range")]
    [InlineData("-1", null, "--metrics-port -1: not a port number")]
    [InlineData("http", null, "--metrics-port http: not a port number")]
    [InlineData(null, "127.0.0.1:4318", "--otlp 127.0.0.1:4318: not an absolute URL")]
    [InlineData(null, "collector", "--otlp collector: not an absolute URL")]
    [InlineData(null, "ftp://127.0.0.1/", "--otlp ftp://127.0.0.1/: not an http:// or https:// URL")]
    [InlineData(null, "http://127.0.0.1:4318/?x=1", "--otlp http://127.0.0.1:4318/?x=1: a base URL takes no query")]
    public void Bad_values_are_refused_with_one_line_naming_the_option(string? port, string? otlp, string expected)
    {
        var e = Assert.Throws<TelemetryConfigurationException>(() => TelemetryOptions.FromArguments(port, otlp));
        Assert.StartsWith(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Good_values_become_options()
    {
        TelemetryOptions options = TelemetryOptions.FromArguments("0", "http://127.0.0.1:4318");
        Assert.Equal(0, options.MetricsPort);
        Assert.Equal(new Uri("http://127.0.0.1:4318/v1/metrics"), options.OtlpSignalUrl("v1/metrics"));
        Assert.Equal(new Uri("http://collector:4318/otel/v1/traces"), TelemetryOptions.FromArguments(null, "http://collector:4318/otel/").OtlpSignalUrl("v1/traces"));
        Assert.Null(TelemetryOptions.FromArguments(null, null).MetricsPort);
    }

    [Fact]
    public void A_port_in_use_is_refused_with_one_line()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var e = Assert.Throws<TelemetryConfigurationException>(() => TelemetryHost.Start(new TelemetryOptions { MetricsPort = port }));
            Assert.Equal($"--metrics-port {port}: cannot listen on 127.0.0.1:{port} (port already in use).", e.Message);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void The_host_listens_to_the_toolkit_client_and_terminal_meters_and_the_order_source()
    {
        Assert.Equal(["Skia.Toolkit", "Skia.Trader.Binance", "Skia.Trader.Terminal"], TelemetryHost.MeterNames);
        Assert.Equal(ToolkitMetrics.MeterName, TelemetryHost.MeterNames[0]);
        Assert.Equal(BinanceMetrics.MeterName, TelemetryHost.MeterNames[1]);
        Assert.Contains(OrderTraces.ActivitySourceName, TelemetryHost.ActivitySourceNames);
    }
}
