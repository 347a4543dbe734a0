using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>AveragePriceUpdate is one <c>&lt;symbol&gt;@avgPrice</c> event.</summary>
/// <param name="EventTime">EventTime is <c>E</c>, Unix milliseconds.</param>
/// <param name="Minutes">Minutes is the averaging interval (<c>i</c>, "5m" on spot).</param>
/// <param name="Price">Price is the average price (<c>w</c>).</param>
/// <param name="LastTradeTime">LastTradeTime is <c>T</c>.</param>
public readonly record struct AveragePriceUpdate(long EventTime, int Minutes, Price Price, long LastTradeTime);
