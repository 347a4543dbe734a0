using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>TickerUpdate is one <c>&lt;symbol&gt;@ticker</c> event: the symbol's 24 h rolling-window statistics and its best bid and ask.</summary>
/// <param name="EventTime">EventTime is <c>E</c>, Unix milliseconds.</param>
/// <param name="PriceChange">PriceChange is <c>p</c>, last minus open (negative when the price fell).</param>
/// <param name="PriceChangePercent">PriceChangePercent is <c>P</c>, exactly as sent.</param>
/// <param name="WeightedAveragePrice">WeightedAveragePrice is <c>w</c>.</param>
/// <param name="PrevClosePrice">PrevClosePrice is <c>x</c>, the last price before the window.</param>
/// <param name="LastPrice">LastPrice is <c>c</c>.</param>
/// <param name="LastQuantity">LastQuantity is <c>Q</c>.</param>
/// <param name="BidPrice">BidPrice is <c>b</c>.</param>
/// <param name="BidQuantity">BidQuantity is <c>B</c>.</param>
/// <param name="AskPrice">AskPrice is <c>a</c>.</param>
/// <param name="AskQuantity">AskQuantity is <c>A</c>.</param>
/// <param name="OpenPrice">OpenPrice is <c>o</c>.</param>
/// <param name="HighPrice">HighPrice is <c>h</c>.</param>
/// <param name="LowPrice">LowPrice is <c>l</c>.</param>
/// <param name="Volume">Volume is <c>v</c>, in the base asset.</param>
/// <param name="QuoteVolume">QuoteVolume is <c>q</c>, in the quote asset.</param>
/// <param name="OpenTime">OpenTime is <c>O</c>, the window's start.</param>
/// <param name="CloseTime">CloseTime is <c>C</c>, the window's end.</param>
/// <param name="FirstTradeId">FirstTradeId is <c>F</c> (-1 without trades).</param>
/// <param name="LastTradeId">LastTradeId is <c>L</c> (-1 without trades).</param>
/// <param name="TradeCount">TradeCount is <c>n</c>.</param>
public readonly record struct TickerUpdate(
    long EventTime, Price PriceChange, decimal PriceChangePercent, Price WeightedAveragePrice, Price PrevClosePrice, Price LastPrice,
    Quantity LastQuantity, Price BidPrice, Quantity BidQuantity, Price AskPrice, Quantity AskQuantity, Price OpenPrice, Price HighPrice,
    Price LowPrice, Quantity Volume, Quantity QuoteVolume, long OpenTime, long CloseTime, long FirstTradeId, long LastTradeId, long TradeCount);
