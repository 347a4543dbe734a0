using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>AveragePrice is a symbol's current average price (<c>GET /api/v3/avgPrice</c>), what PERCENT_PRICE filters check against.</summary>
/// <param name="Minutes">Minutes is the averaging interval (<c>mins</c>, 5 on spot).</param>
/// <param name="Price">Price is the volume-weighted average over that interval.</param>
/// <param name="CloseTime">CloseTime is the last trade's time, Unix milliseconds.</param>
public readonly record struct AveragePrice(int Minutes, Price Price, long CloseTime);
