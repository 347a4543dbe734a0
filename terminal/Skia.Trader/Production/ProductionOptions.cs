using System.CommandLine;
using System.CommandLine.Parsing;
using Skia.Trader.Telemetry;

namespace Skia.Trader.Terminal.Production;

/// <summary>ProductionOptions are the command-line options of running the terminal in production: telemetry export and the sandbox switch.</summary>
internal sealed class ProductionOptions
{
    public ProductionOptions(RootCommand command)
    {
        MetricsPort = new Option<string?>("--metrics-port")
        {
            Description = "Serve Prometheus metrics on http://127.0.0.1:PORT/metrics (loopback only; 0 picks a free port and prints it).",
            HelpName = "PORT",
        };
        MetricsPort.Validators.Add(r => Check(r, r.GetValueOrDefault<string?>(), null));
        Otlp = new Option<string?>("--otlp")
        {
            Description = "Push metrics and order traces over OTLP http/protobuf to the collector at URL (e.g. http://127.0.0.1:4318).",
            HelpName = "URL",
        };
        Otlp.Validators.Add(r => Check(r, null, r.GetValueOrDefault<string?>()));
        NoSandbox = new Option<bool>("--no-sandbox")
        {
            Description = "Do not install the sandbox (seccomp filter, Landlock write limits); for debugging.",
        };
        command.Options.Add(MetricsPort);
        command.Options.Add(Otlp);
        command.Options.Add(NoSandbox);
    }

    public Option<string?> MetricsPort { get; }

    public Option<string?> Otlp { get; }

    public Option<bool> NoSandbox { get; }

    private static void Check(OptionResult result, string? port, string? otlp)
    {
        if (port is null && otlp is null) return;
        try
        {
            TelemetryOptions.FromArguments(port, otlp);
        }
        catch (TelemetryConfigurationException e)
        {
            result.AddError(e.Message.TrimEnd('.'));
        }
    }
}
