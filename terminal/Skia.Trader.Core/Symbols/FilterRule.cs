namespace Skia.Trader.Core.Symbols;

/// <summary>FilterRule names the exchange rule an order breaks (or <see cref="None"/>), in the order the exchange checks them.</summary>
public enum FilterRule
{
    /// <summary>None: the order passes every filter.</summary>
    None,

    /// <summary>PriceBelowMin: PRICE_FILTER minPrice (a price of zero or less also lands here).</summary>
    PriceBelowMin,

    /// <summary>PriceAboveMax: PRICE_FILTER maxPrice.</summary>
    PriceAboveMax,

    /// <summary>PriceOffTick: PRICE_FILTER tickSize ((price - minPrice) is not a multiple of it).</summary>
    PriceOffTick,

    /// <summary>QuantityBelowMin: LOT_SIZE minQty (a quantity of zero or less also lands here).</summary>
    QuantityBelowMin,

    /// <summary>QuantityAboveMax: LOT_SIZE maxQty.</summary>
    QuantityAboveMax,

    /// <summary>QuantityOffStep: LOT_SIZE stepSize ((quantity - minQty) is not a multiple of it).</summary>
    QuantityOffStep,

    /// <summary>NotionalBelowMin: NOTIONAL / MIN_NOTIONAL minNotional (price times quantity too small).</summary>
    NotionalBelowMin,

    /// <summary>NotionalAboveMax: NOTIONAL maxNotional.</summary>
    NotionalAboveMax,

    /// <summary>PriceOutsideBand: PERCENT_PRICE_BY_SIDE (the price is too far from the average price for its side).</summary>
    PriceOutsideBand,

    /// <summary>MarketQuantityBelowMin: MARKET_LOT_SIZE minQty (MARKET, STOP_LOSS and TAKE_PROFIT orders).</summary>
    MarketQuantityBelowMin,

    /// <summary>MarketQuantityAboveMax: MARKET_LOT_SIZE maxQty.</summary>
    MarketQuantityAboveMax,

    /// <summary>MarketQuantityOffStep: MARKET_LOT_SIZE stepSize.</summary>
    MarketQuantityOffStep,

    /// <summary>IcebergTooManyParts: ICEBERG_PARTS (ceil(quantity / icebergQty) over the limit).</summary>
    IcebergTooManyParts,

    /// <summary>TrailingDeltaOutOfRange: TRAILING_DELTA (trailingDelta outside the range for the order's direction).</summary>
    TrailingDeltaOutOfRange,
}
