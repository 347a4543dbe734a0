namespace Skia.Trader.Telemetry;

/// <summary>
/// TelemetryConfigurationException says, in one line fit for stderr, why telemetry could not start: a port out of
/// range or already in use, a malformed OTLP URL. The terminal prints <see cref="Exception.Message"/> and exits.
/// </summary>
public sealed class TelemetryConfigurationException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public TelemetryConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and the failure behind it.</summary>
    public TelemetryConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
