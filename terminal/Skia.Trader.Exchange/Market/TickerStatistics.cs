using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// TickerStatistics is one symbol's 24 h rolling-window statistics, the numbers of
/// <c>GET /api/v3/ticker/24hr</c> and the <c>@ticker</c> / <c>@miniTicker</c> streams.
/// With no trade in the window, open/high/low equal the last price, ids are -1 and the count 0.
/// </summary>
internal readonly record struct TickerStatistics(
    long OpenTime, long CloseTime, Price Open, Price High, Price Low, Price Last, Quantity LastQuantity, Price PrevClose,
    Quantity Volume, Quantity QuoteVolume, long FirstId, long LastId, long Count)
{
    /// <summary>PriceChange is last minus open (negative when the price fell).</summary>
    public Price PriceChange => Last - Open;

    /// <summary>PriceChangePercent is the change relative to the open, as a fixed-point value (8 decimals; written with 3).</summary>
    public Price PriceChangePercent => Open.IsZero ? Price.Zero : Price.FromRaw((long)((Int128)PriceChange.Raw * 100 * 100_000_000 / Open.Raw));

    /// <summary>WeightedAveragePrice is quote volume over base volume (zero without trades).</summary>
    public Price WeightedAveragePrice => Volume.IsZero ? Price.Zero : Price.FromRaw((long)((Int128)QuoteVolume.Raw * 100_000_000 / Volume.Raw));
}
