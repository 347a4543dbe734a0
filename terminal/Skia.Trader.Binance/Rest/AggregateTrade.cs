using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>AggregateTrade is the trades of one taker order at one price and time, summed (<c>GET /api/v3/aggTrades</c>).</summary>
/// <param name="Id">Id is the aggregate trade id (<c>a</c>), the cursor for <c>fromId</c>.</param>
/// <param name="Price">Price of every trade in the aggregate.</param>
/// <param name="Quantity">Quantity is the summed base quantity.</param>
/// <param name="FirstTradeId">FirstTradeId is the first trade id (<c>f</c>).</param>
/// <param name="LastTradeId">LastTradeId is the last trade id (<c>l</c>).</param>
/// <param name="Time">Time of the trades, Unix milliseconds.</param>
/// <param name="BuyerIsMaker">BuyerIsMaker is true when the aggressor sold.</param>
/// <param name="BestMatch">BestMatch is Binance's <c>M</c> flag.</param>
public readonly record struct AggregateTrade(long Id, Price Price, Quantity Quantity, long FirstTradeId, long LastTradeId, long Time, bool BuyerIsMaker, bool BestMatch);
