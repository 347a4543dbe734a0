namespace Skia.Trader.Benchmarks.Widgets;

/// <summary>TradeRow is one row of the million-row table benchmark.</summary>
/// <param name="Symbol">The traded symbol.</param>
/// <param name="Price">The trade price.</param>
/// <param name="Size">The traded quantity.</param>
/// <param name="Buy">Whether the taker bought.</param>
public sealed record TradeRow(string Symbol, decimal Price, decimal Size, bool Buy)
{
    /// <summary>Side is the taker side as shown in the table.</summary>
    public string Side => Buy ? "BUY" : "SELL";
}
