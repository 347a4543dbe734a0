using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>PublicTrade is one trade of the market's tape, from <c>GET /api/v3/trades</c>.</summary>
/// <param name="Id">Id is the trade id, sequential per symbol.</param>
/// <param name="Price">Price traded.</param>
/// <param name="Quantity">Quantity traded, in the base asset.</param>
/// <param name="QuoteQuantity">QuoteQuantity is the quote amount that changed hands.</param>
/// <param name="Time">Time of the trade, Unix milliseconds.</param>
/// <param name="BuyerIsMaker">BuyerIsMaker is true when the aggressor sold.</param>
/// <param name="BestMatch">BestMatch is Binance's <c>isBestMatch</c> flag.</param>
public readonly record struct PublicTrade(long Id, Price Price, Quantity Quantity, Quantity QuoteQuantity, long Time, bool BuyerIsMaker, bool BestMatch);
