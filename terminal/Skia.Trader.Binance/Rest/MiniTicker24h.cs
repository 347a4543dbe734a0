using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>MiniTicker24h is the MINI form of <c>GET /api/v3/ticker/24hr</c>: prices and volumes without the book and change fields.</summary>
/// <param name="Symbol">Symbol the statistics are of.</param>
/// <param name="OpenPrice">OpenPrice is the first price of the window.</param>
/// <param name="HighPrice">HighPrice is the window's highest price.</param>
/// <param name="LowPrice">LowPrice is the window's lowest price.</param>
/// <param name="LastPrice">LastPrice is the latest trade's price.</param>
/// <param name="Volume">Volume is the base-asset volume of the window.</param>
/// <param name="QuoteVolume">QuoteVolume is the quote-asset volume of the window.</param>
/// <param name="OpenTime">OpenTime is the window's start, Unix milliseconds.</param>
/// <param name="CloseTime">CloseTime is the window's end, Unix milliseconds.</param>
/// <param name="FirstId">FirstId is the window's first trade id (-1 without trades).</param>
/// <param name="LastId">LastId is the window's last trade id (-1 without trades).</param>
/// <param name="Count">Count is the number of trades in the window.</param>
public sealed record MiniTicker24h(
    string Symbol, Price OpenPrice, Price HighPrice, Price LowPrice, Price LastPrice, Quantity Volume, Quantity QuoteVolume,
    long OpenTime, long CloseTime, long FirstId, long LastId, long Count);
