using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>TradePrint is one trade from <c>@trade</c> or <c>@aggTrade</c>.</summary>
/// <param name="TradeId">TradeId (aggregate id for aggTrade).</param>
/// <param name="Price">Price traded.</param>
/// <param name="Quantity">Quantity traded.</param>
/// <param name="Time">Time of the trade, Unix milliseconds.</param>
/// <param name="BuyerIsMaker">BuyerIsMaker is true when the aggressor sold.</param>
public readonly record struct TradePrint(long TradeId, Price Price, Quantity Quantity, long Time, bool BuyerIsMaker);
