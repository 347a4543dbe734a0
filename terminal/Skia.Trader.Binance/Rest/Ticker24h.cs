using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>Ticker24h is a symbol's 24 h rolling-window statistics, <c>GET /api/v3/ticker/24hr</c> with type FULL.</summary>
/// <param name="Symbol">Symbol the statistics are of.</param>
/// <param name="PriceChange">PriceChange is last minus open (negative when the price fell).</param>
/// <param name="PriceChangePercent">PriceChangePercent is the change in percent of the open, exactly as sent (e.g. -95.960).</param>
/// <param name="WeightedAveragePrice">WeightedAveragePrice is quote volume over volume.</param>
/// <param name="PrevClosePrice">PrevClosePrice is the last price before the window.</param>
/// <param name="LastPrice">LastPrice is the latest trade's price.</param>
/// <param name="LastQuantity">LastQuantity is the latest trade's quantity.</param>
/// <param name="BidPrice">BidPrice is the best bid now.</param>
/// <param name="BidQuantity">BidQuantity rests at the best bid.</param>
/// <param name="AskPrice">AskPrice is the best ask now.</param>
/// <param name="AskQuantity">AskQuantity rests at the best ask.</param>
/// <param name="OpenPrice">OpenPrice is the first price of the window.</param>
/// <param name="HighPrice">HighPrice is the window's highest price.</param>
/// <param name="LowPrice">LowPrice is the window's lowest price.</param>
/// <param name="Volume">Volume is the base-asset volume of the window.</param>
/// <param name="QuoteVolume">QuoteVolume is the quote-asset volume of the window.</param>
/// <param name="OpenTime">OpenTime is the window's start, Unix milliseconds.</param>
/// <param name="CloseTime">CloseTime is the window's end, Unix milliseconds.</param>
/// <param name="FirstId">FirstId is the window's first trade id (-1 without trades).</param>
/// <param name="LastId">LastId is the window's last trade id (-1 without trades).</param>
/// <param name="Count">Count is the number of trades in the window.</param>
public sealed record Ticker24h(
    string Symbol, Price PriceChange, decimal PriceChangePercent, Price WeightedAveragePrice, Price PrevClosePrice, Price LastPrice,
    Quantity LastQuantity, Price BidPrice, Quantity BidQuantity, Price AskPrice, Quantity AskQuantity, Price OpenPrice, Price HighPrice,
    Price LowPrice, Quantity Volume, Quantity QuoteVolume, long OpenTime, long CloseTime, long FirstId, long LastId, long Count);
