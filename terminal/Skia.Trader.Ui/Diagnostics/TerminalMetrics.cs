using System.Diagnostics.Metrics;

namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// TerminalMetrics is the terminal application's own meter, <see cref="MeterName"/> (exported by the terminal's
/// telemetry next to the toolkit's and the Binance client's): what only the screen knows — how old the data is when a
/// frame shows it, and how long a user's order takes from the click or hotkey to the exchange's answer. Names and units
/// follow the OpenTelemetry conventions (the Prometheus exporter appends the unit: <c>skia_trader_screen_data_age_milliseconds</c>).
/// Recording allocates nothing: the tag arrays are built once per symbol and per trigger.
/// </summary>
public static class TerminalMetrics
{
    /// <summary>MeterName is the name of the terminal's meter (the same as <c>TelemetryHost.TerminalMeterName</c>).</summary>
    public const string MeterName = "Skia.Trader.Terminal";

    /// <summary>ScreenDataAgeName is the histogram of the time from the exchange's event time (<c>E</c>) to the end of the frame that shows the data, in ms, tagged by <c>symbol</c>.</summary>
    public const string ScreenDataAgeName = "skia.trader.screen.data_age";

    /// <summary>SubmitToAckName is the histogram of the time from the user's click or hotkey to the exchange's first answer about the order, in ms, tagged by <c>trigger</c>.</summary>
    public const string SubmitToAckName = "skia.trader.order.submit_to_ack";

    /// <summary>SymbolTag is the tag naming the symbol.</summary>
    public const string SymbolTag = "symbol";

    /// <summary>TriggerTag is the tag naming what submitted the order ("click", "hotkey").</summary>
    public const string TriggerTag = "trigger";

    // Bucket bounds in ms: loopback data is a few ms old and a trader reads tens of ms; the SDK's default bounds
    // (0, 5, 10, 25, ...) would put a whole loopback run in two buckets.
    private static readonly double[] LatencyBounds = [0.5, 1, 2, 3, 4, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 250, 500, 1000, 2500, 5000];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> ScreenDataAge = Meter.CreateHistogram(ScreenDataAgeName, "ms",
        "Time from the exchange's event time (E) to the end of the frame that shows the data.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBounds });

    private static readonly Histogram<double> SubmitToAck = Meter.CreateHistogram(SubmitToAckName, "ms",
        "Time from the user's click or hotkey to the exchange's first answer about the order.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBounds });

    /// <summary>SymbolTags builds the cached tag array of one symbol (once per symbol).</summary>
    internal static KeyValuePair<string, object?>[] SymbolTags(string symbol) => [new(SymbolTag, symbol)];

    /// <summary>TriggerTags builds the cached tag array of one trigger.</summary>
    internal static KeyValuePair<string, object?>[] TriggerTags(string trigger) => [new(TriggerTag, trigger)];

    /// <summary>RecordScreenDataAge records one symbol's data age at the end of a frame. Allocates nothing.</summary>
    internal static void RecordScreenDataAge(double milliseconds, KeyValuePair<string, object?>[] symbolTags) =>
        ScreenDataAge.Record(milliseconds, symbolTags.AsSpan());

    /// <summary>RecordSubmitToAck records one order's click-to-answer time.</summary>
    internal static void RecordSubmitToAck(double milliseconds, KeyValuePair<string, object?>[] triggerTags) =>
        SubmitToAck.Record(milliseconds, triggerTags.AsSpan());
}
