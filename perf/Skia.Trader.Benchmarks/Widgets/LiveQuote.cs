namespace Skia.Trader.Benchmarks.Widgets;

/// <summary>LiveQuote is one row of the dashboard table benchmark: a symbol whose price and volume change in place.</summary>
/// <param name="symbol">The symbol shown.</param>
/// <param name="price">The first price.</param>
/// <param name="volume">The first volume.</param>
public sealed class LiveQuote(string symbol, decimal price, decimal volume)
{
    /// <summary>Symbol is the row's symbol.</summary>
    public string Symbol { get; } = symbol;

    /// <summary>Price is the last price (two decimals).</summary>
    public decimal Price { get; set; } = price;

    /// <summary>Volume is the traded volume (whole units); the benchmark's filter shows rows with at least 500.</summary>
    public decimal Volume { get; set; } = volume;
}
