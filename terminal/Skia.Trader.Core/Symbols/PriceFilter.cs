using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>PriceFilter is the exchange's PRICE_FILTER: the price range and tick size of one symbol (zero disables a part).</summary>
/// <param name="MinPrice">MinPrice is the lowest price allowed (0: none).</param>
/// <param name="MaxPrice">MaxPrice is the highest price allowed (0: none).</param>
/// <param name="TickSize">TickSize is the price grid step counted from MinPrice (0: none).</param>
public readonly record struct PriceFilter(Price MinPrice, Price MaxPrice, Price TickSize)
{
    /// <summary>Check returns the PRICE_FILTER rule that <paramref name="price"/> breaks, or <see cref="FilterRule.None"/>.</summary>
    public FilterRule Check(Price price) => GridRule.Check(price.Raw, MinPrice.Raw, MaxPrice.Raw, TickSize.Raw) switch
    {
        0 => FilterRule.None,
        1 => FilterRule.PriceBelowMin,
        2 => FilterRule.PriceAboveMax,
        _ => FilterRule.PriceOffTick,
    };

    /// <summary>Nearest returns the valid price closest to <paramref name="price"/>.</summary>
    public Price Nearest(Price price) => Price.FromRaw(GridRule.Nearest(price.Raw, MinPrice.Raw, MaxPrice.Raw, TickSize.Raw));

    /// <summary>RoundToTick puts a price on the tick grid in the given direction (no range clamp), e.g. for a price n ticks away.</summary>
    public Price RoundToTick(Price price, RoundingDirection rounding) => rounding == RoundingDirection.Nearest
        ? Price.FromRaw(GridRule.Nearest(price.Raw, MinPrice.Raw, 0, TickSize.Raw))
        : Price.FromRaw(GridRule.RoundToGrid(price.Raw, MinPrice.Raw, TickSize.Raw, rounding == RoundingDirection.Up));
}
