using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>MiniTickerUpdate is one <c>&lt;symbol&gt;@miniTicker</c> event, or one entry of <c>!miniTicker@arr</c>: 24 h prices and volumes.</summary>
/// <param name="EventTime">EventTime is <c>E</c>, Unix milliseconds.</param>
/// <param name="LastPrice">LastPrice is <c>c</c>.</param>
/// <param name="OpenPrice">OpenPrice is <c>o</c>.</param>
/// <param name="HighPrice">HighPrice is <c>h</c>.</param>
/// <param name="LowPrice">LowPrice is <c>l</c>.</param>
/// <param name="Volume">Volume is <c>v</c>, in the base asset.</param>
/// <param name="QuoteVolume">QuoteVolume is <c>q</c>, in the quote asset.</param>
public readonly record struct MiniTickerUpdate(long EventTime, Price LastPrice, Price OpenPrice, Price HighPrice, Price LowPrice, Quantity Volume, Quantity QuoteVolume);
