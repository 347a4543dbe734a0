namespace Skia.Toolkit.Gallery;

/// <summary>MarketTicker is one row of the gallery's market watch: a symbol and its live last price, 24 h change and volume.</summary>
internal sealed class MarketTicker(string symbol, decimal open, int decimals)
{
    /// <summary>Symbol is the pair, for example BTCUSDT.</summary>
    public string Symbol { get; } = symbol;

    /// <summary>Open is the price 24 hours ago, the base of <see cref="ChangePercent"/>.</summary>
    public decimal Open { get; } = open;

    /// <summary>Decimals is the pair's price precision.</summary>
    public int Decimals { get; } = decimals;

    /// <summary>Last is the last traded price.</summary>
    public decimal Last { get; set; } = open;

    /// <summary>Volume is the traded quantity over 24 hours.</summary>
    public decimal Volume { get; set; }

    /// <summary>ChangePercent is the change of <see cref="Last"/> against <see cref="Open"/>, in percent with two decimals.</summary>
    public decimal ChangePercent => decimal.Round((Last - Open) / Open * 100m, 2);
}
