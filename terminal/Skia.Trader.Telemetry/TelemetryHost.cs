using System.Net;
using System.Net.Sockets;
using System.Reflection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Skia.Toolkit.Diagnostics;
using Skia.Trader.Binance.Diagnostics;

namespace Skia.Trader.Telemetry;

/// <summary>
/// TelemetryHost runs the OpenTelemetry SDK for the terminal: one meter provider listening to the toolkit's meter
/// (<see cref="ToolkitMetrics.MeterName"/>), the Binance client's (<see cref="BinanceMetrics.MeterName"/>), the
/// terminal's own (<see cref="TerminalMeterName"/>) and the .NET runtime's, served on a loopback Prometheus scrape
/// endpoint and/or pushed over OTLP; and, with OTLP, a tracer provider for the orders' activities
/// (<see cref="OrderTraces.ActivitySourceName"/>) and the terminal's (<see cref="TerminalActivitySourceName"/>).
/// Dispose flushes what is pending and stops both.
/// </summary>
public sealed class TelemetryHost : IDisposable
{
    /// <summary>TerminalMeterName is the meter name reserved for the terminal application's own instruments.</summary>
    public const string TerminalMeterName = "Skia.Trader.Terminal";

    /// <summary>TerminalActivitySourceName is the activity source name reserved for the terminal application.</summary>
    public const string TerminalActivitySourceName = "Skia.Trader.Terminal";

    /// <summary>MeterNames are every meter the host exports (the runtime's come from its instrumentation).</summary>
    public static readonly IReadOnlyList<string> MeterNames = [ToolkitMetrics.MeterName, BinanceMetrics.MeterName, TerminalMeterName];

    /// <summary>ActivitySourceNames are every activity source the host exports over OTLP.</summary>
    public static readonly IReadOnlyList<string> ActivitySourceNames = [OrderTraces.ActivitySourceName, TerminalActivitySourceName];

    private readonly MeterProvider _meters;
    private readonly TracerProvider? _tracer;
    private int _disposed;

    private TelemetryHost(MeterProvider meters, TracerProvider? tracer, Uri? metricsUrl, Uri? otlpEndpoint)
    {
        _meters = meters;
        _tracer = tracer;
        MetricsUrl = metricsUrl;
        OtlpEndpoint = otlpEndpoint;
    }

    /// <summary>MetricsUrl is the bound Prometheus scrape URL (e.g. <c>http://127.0.0.1:43117/metrics</c>), null without one.</summary>
    public Uri? MetricsUrl { get; }

    /// <summary>OtlpEndpoint is the OTLP base URL metrics and traces are pushed to, null without one.</summary>
    public Uri? OtlpEndpoint { get; }

    /// <summary>
    /// Start validates <paramref name="options"/> and starts exporting; a bad option or a port in use throws a
    /// <see cref="TelemetryConfigurationException"/> with a one-line message.
    /// </summary>
    public static TelemetryHost Start(TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ResourceBuilder resource = ResourceBuilder.CreateDefault().AddService(options.ServiceName,
            serviceVersion: options.ServiceVersion ?? Assembly.GetEntryAssembly()?.GetName().Version?.ToString());

        int? port = options.MetricsPort is { } requested ? ClaimPort(requested) : null;
        MeterProviderBuilder meters = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource);
        foreach (string name in MeterNames) meters.AddMeter(name);
        if (options.RuntimeMetrics) meters.AddRuntimeInstrumentation();
        if (port is { } p)
        {
            meters.AddPrometheusHttpListener(o =>
            {
                o.Host = "127.0.0.1";
                o.Port = p;
                o.ScrapeEndpointPath = "/metrics";
                o.ScrapeResponseCacheDurationMilliseconds = 0;
            });
        }
        if (options.OtlpEndpoint is not null)
        {
            Uri url = options.OtlpSignalUrl("v1/metrics");
            meters.AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = url;
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                reader.TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)Math.Max(1, options.OtlpExportInterval.TotalMilliseconds);
            });
        }

        MeterProvider meterProvider;
        try
        {
            meterProvider = meters.Build();
        }
        catch (Exception e) when (port is not null && e is HttpListenerException or SocketException)
        {
            // Taken between the probe and the listener (another process was quicker).
            throw new TelemetryConfigurationException($"--metrics-port {options.MetricsPort}: cannot listen on 127.0.0.1:{port} ({e.Message}).", e);
        }

        TracerProvider? tracer = null;
        if (options.OtlpEndpoint is not null)
        {
            Uri url = options.OtlpSignalUrl("v1/traces");
            TracerProviderBuilder traces = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).SetSampler(new AlwaysOnSampler());
            foreach (string name in ActivitySourceNames) traces.AddSource(name);
            traces.AddOtlpExporter(exporter =>
            {
                exporter.Endpoint = url;
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            });
            tracer = traces.Build();
        }

        Uri? metricsUrl = port is { } bound ? new Uri($"http://127.0.0.1:{bound}/metrics") : null;
        return new TelemetryHost(meterProvider, tracer, metricsUrl, options.OtlpEndpoint);
    }

    /// <summary>ForceFlush exports what is pending now (metrics over OTLP, finished order traces); false if an exporter failed or timed out.</summary>
    public bool ForceFlush(int timeoutMilliseconds = 5000)
    {
        bool metrics = _meters.ForceFlush(timeoutMilliseconds);
        bool traces = _tracer?.ForceFlush(timeoutMilliseconds) ?? true;
        return metrics && traces;
    }

    /// <summary>Dispose flushes pending telemetry, stops the scrape endpoint and the exporters.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        ForceFlush();
        _tracer?.Dispose();
        _meters.Dispose();
    }

    // Port 0 means "any free port": the kernel picks one on loopback, and it is released just before HttpListener takes
    // it. A given port is tried first so that "in use" is reported as such, not as an HttpListener failure.
    private static int ClaimPort(int requested)
    {
        var probe = new TcpListener(IPAddress.Loopback, requested);
        try
        {
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        catch (SocketException e)
        {
            string why = e.SocketErrorCode == SocketError.AddressAlreadyInUse ? "port already in use" : e.Message;
            throw new TelemetryConfigurationException($"--metrics-port {requested}: cannot listen on 127.0.0.1:{requested} ({why}).", e);
        }
        finally
        {
            probe.Stop();
        }
    }
}
