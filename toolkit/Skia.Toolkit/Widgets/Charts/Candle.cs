namespace Skia.Toolkit.Widgets.Charts;

/// <summary>Candle is one bar of a <see cref="CandlestickChart"/>: open, high, low, close and traded volume for a period.</summary>
public readonly record struct Candle(double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>IsFinite tells whether all four prices are finite numbers (others are skipped when drawing).</summary>
    public bool IsFinite => double.IsFinite(Open) && double.IsFinite(High) && double.IsFinite(Low) && double.IsFinite(Close);
}
