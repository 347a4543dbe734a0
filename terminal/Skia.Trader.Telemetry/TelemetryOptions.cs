using System.Globalization;

namespace Skia.Trader.Telemetry;

/// <summary>
/// TelemetryOptions says what <see cref="TelemetryHost.Start"/> exports: a Prometheus scrape endpoint on loopback
/// (<see cref="MetricsPort"/>, the terminal's <c>--metrics-port</c>; 0 picks a free port) and OTLP over
/// http/protobuf (<see cref="OtlpEndpoint"/>, the terminal's <c>--otlp URL</c>). Either, both or neither may be set.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>MetricsPort is the loopback port of the Prometheus scrape endpoint: null for none, 0 for a free port, else 1-65535.</summary>
    public int? MetricsPort { get; init; }

    /// <summary>OtlpEndpoint is the OTLP/HTTP base URL (e.g. <c>http://127.0.0.1:4318</c>); metrics go to <c>v1/metrics</c> and traces to <c>v1/traces</c> under it. Null for none.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary>OtlpExportInterval is how often metrics are pushed over OTLP (traces go in batches as orders complete).</summary>
    public TimeSpan OtlpExportInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>RuntimeMetrics adds the .NET runtime instrumentation (GC, JIT, thread pool, exceptions).</summary>
    public bool RuntimeMetrics { get; init; } = true;

    /// <summary>ServiceName is the <c>service.name</c> resource attribute of everything exported.</summary>
    public string ServiceName { get; init; } = "skia-trader";

    /// <summary>ServiceVersion is the <c>service.version</c> resource attribute (null: the entry assembly's version).</summary>
    public string? ServiceVersion { get; init; }

    /// <summary>
    /// FromArguments builds options from the command-line values of <c>--metrics-port</c> and <c>--otlp</c> (null when
    /// absent), throwing a <see cref="TelemetryConfigurationException"/> with a one-line message for a bad value.
    /// </summary>
    public static TelemetryOptions FromArguments(string? metricsPort, string? otlp)
    {
        int? port = null;
        if (metricsPort is not null)
        {
            if (!int.TryParse(metricsPort, NumberStyles.None, CultureInfo.InvariantCulture, out int p))
                throw new TelemetryConfigurationException($"--metrics-port {metricsPort}: not a port number (0 picks a free port, else 1-65535).");
            port = p;
        }
        Uri? endpoint = null;
        if (otlp is not null)
        {
            if (!Uri.TryCreate(otlp, UriKind.Absolute, out endpoint))
                throw new TelemetryConfigurationException($"--otlp {otlp}: not an absolute URL (e.g. http://127.0.0.1:4318).");
        }
        var options = new TelemetryOptions { MetricsPort = port, OtlpEndpoint = endpoint };
        options.Validate();
        return options;
    }

    /// <summary>Validate throws a <see cref="TelemetryConfigurationException"/> naming the first bad value.</summary>
    public void Validate()
    {
        if (MetricsPort is < 0 or > 65535)
            throw new TelemetryConfigurationException($"--metrics-port {MetricsPort}: out of range (0 picks a free port, else 1-65535).");
        if (OtlpEndpoint is { } url)
        {
            if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || string.IsNullOrEmpty(url.Host))
                throw new TelemetryConfigurationException($"--otlp {url.OriginalString}: not an http:// or https:// URL (e.g. http://127.0.0.1:4318).");
            if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
                throw new TelemetryConfigurationException($"--otlp {url.OriginalString}: a base URL takes no query or fragment.");
        }
        if (OtlpExportInterval <= TimeSpan.Zero)
            throw new TelemetryConfigurationException($"OTLP export interval {OtlpExportInterval}: must be positive.");
        if (string.IsNullOrWhiteSpace(ServiceName))
            throw new TelemetryConfigurationException("Telemetry service name is empty.");
    }

    /// <summary>OtlpSignalUrl is the URL of one OTLP signal (<c>v1/metrics</c>, <c>v1/traces</c>) under <see cref="OtlpEndpoint"/>.</summary>
    internal Uri OtlpSignalUrl(string signal)
    {
        Uri url = OtlpEndpoint ?? throw new InvalidOperationException("No OTLP endpoint.");
        string basePath = url.AbsolutePath.TrimEnd('/');
        return new UriBuilder(url) { Path = basePath + "/" + signal }.Uri;
    }
}
