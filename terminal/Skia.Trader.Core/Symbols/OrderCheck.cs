using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>
/// OrderCheck is the verdict of <see cref="SymbolInfo"/> on an order's price and quantity: the
/// first rule broken (as the exchange would report it) and the nearest values that pass.
/// </summary>
/// <param name="FailedRule">FailedRule is the first rule broken, or <see cref="FilterRule.None"/>.</param>
/// <param name="FilterType">FilterType is the exchange filter name ("PRICE_FILTER", "LOT_SIZE", "NOTIONAL", "MIN_NOTIONAL"), or null when valid.</param>
/// <param name="NearestPrice">NearestPrice is the valid price closest to the one asked (the same price when it was valid or for MARKET orders).</param>
/// <param name="NearestQuantity">NearestQuantity is the valid quantity closest to the one asked; for a notional failure, the smallest (or largest) quantity on the step grid that passes at this price.</param>
public readonly record struct OrderCheck(FilterRule FailedRule, string? FilterType, Price NearestPrice, Quantity NearestQuantity)
{
    /// <summary>IsValid says whether the order passes every filter.</summary>
    public bool IsValid => FailedRule == FilterRule.None;

    /// <summary>ExchangeMessage is the message the exchange sends with code -1013, e.g. "Filter failure: LOT_SIZE"; null when valid.</summary>
    public string? ExchangeMessage => FilterType is null ? null : "Filter failure: " + FilterType;
}
