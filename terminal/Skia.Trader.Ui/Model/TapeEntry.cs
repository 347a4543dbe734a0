using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Ui.Model;

/// <summary>TapeEntry is one line of the trade tape: one trade, or several merged (same millisecond, side and price).</summary>
/// <param name="Time">Time is the trade time in exchange milliseconds since the Unix epoch.</param>
/// <param name="Price">Price is the trade price.</param>
/// <param name="Quantity">Quantity is the traded size (the sum when merged).</param>
/// <param name="BuyerIsMaker">BuyerIsMaker is true for a sell aggressor (shown in the sell colour).</param>
/// <param name="TradeCount">TradeCount is how many trades were merged into this line.</param>
/// <param name="IsLarge">IsLarge is true when <paramref name="Quantity"/> is at or above the tape's large-trade threshold.</param>
public readonly record struct TapeEntry(long Time, Price Price, Quantity Quantity, bool BuyerIsMaker, int TradeCount, bool IsLarge);
