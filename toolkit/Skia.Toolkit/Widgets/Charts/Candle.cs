namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// Candle is one bar of a <see cref="CandlestickChart"/>: open, high, low, close and traded volume for a period,
/// and the period's open <see cref="Time"/> (<c>new Candle(o, h, l, c, v) { Time = openTime }</c>).
/// </summary>
public readonly record struct Candle(double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>Time is when the candle's period opened, shown on the chart's x axis and crosshair; default (none) shows the candle's number instead.</summary>
    public DateTime Time { get; init; }

    /// <summary>IsFinite tells whether all four prices are finite numbers (others are skipped when drawing).</summary>
    public bool IsFinite => double.IsFinite(Open) && double.IsFinite(High) && double.IsFinite(Low) && double.IsFinite(Close);
}
