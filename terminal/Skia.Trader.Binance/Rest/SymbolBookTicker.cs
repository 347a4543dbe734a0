using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>SymbolBookTicker is a symbol's best bid and ask from <c>GET /api/v3/ticker/bookTicker</c> (zero for an empty side).</summary>
/// <param name="Symbol">Symbol of the book.</param>
/// <param name="BidPrice">BidPrice is the best bid.</param>
/// <param name="BidQuantity">BidQuantity rests at the best bid.</param>
/// <param name="AskPrice">AskPrice is the best ask.</param>
/// <param name="AskQuantity">AskQuantity rests at the best ask.</param>
public sealed record SymbolBookTicker(string Symbol, Price BidPrice, Quantity BidQuantity, Price AskPrice, Quantity AskQuantity);
