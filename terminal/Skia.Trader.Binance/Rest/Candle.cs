using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>Candle is one kline from <c>GET /api/v3/klines</c> or the kline stream.</summary>
/// <param name="OpenTime">OpenTime is the candle's start, Unix milliseconds.</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close (latest) price.</param>
/// <param name="Volume">Volume in the base asset.</param>
/// <param name="CloseTime">CloseTime is the candle's end, Unix milliseconds.</param>
/// <param name="QuoteVolume">QuoteVolume in the quote asset.</param>
/// <param name="TradeCount">TradeCount is the number of trades in the candle.</param>
public readonly record struct Candle(long OpenTime, Price Open, Price High, Price Low, Price Close, Quantity Volume,
    long CloseTime, Quantity QuoteVolume, long TradeCount);
