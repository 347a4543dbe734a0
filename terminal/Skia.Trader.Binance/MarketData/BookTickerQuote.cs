using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>BookTickerQuote is the latest best bid and ask from the <c>@bookTicker</c> stream.</summary>
/// <param name="UpdateId">UpdateId is the book update id the quote belongs to.</param>
/// <param name="BidPrice">BidPrice is the best bid.</param>
/// <param name="BidQuantity">BidQuantity rests at the best bid.</param>
/// <param name="AskPrice">AskPrice is the best ask.</param>
/// <param name="AskQuantity">AskQuantity rests at the best ask.</param>
public readonly record struct BookTickerQuote(long UpdateId, Price BidPrice, Quantity BidQuantity, Price AskPrice, Quantity AskQuantity);
