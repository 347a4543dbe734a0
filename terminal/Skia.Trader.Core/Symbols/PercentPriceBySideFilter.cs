using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>
/// PercentPriceBySideFilter is the exchange's PERCENT_PRICE_BY_SIDE: a BUY price must lie within
/// [average * bidMultiplierDown, average * bidMultiplierUp], a SELL price within the ask multipliers,
/// where average is the average price over <see cref="AveragePriceMinutes"/> minutes.
/// Multipliers are plain decimals kept as 10^-8 units (Price, e.g. "1.2").
/// </summary>
/// <param name="BidMultiplierUp">BidMultiplierUp bounds BUY prices from above.</param>
/// <param name="BidMultiplierDown">BidMultiplierDown bounds BUY prices from below.</param>
/// <param name="AskMultiplierUp">AskMultiplierUp bounds SELL prices from above.</param>
/// <param name="AskMultiplierDown">AskMultiplierDown bounds SELL prices from below.</param>
/// <param name="AveragePriceMinutes">AveragePriceMinutes is avgPriceMins, the averaging window (0: the last price).</param>
public readonly record struct PercentPriceBySideFilter(
    Price BidMultiplierUp, Price BidMultiplierDown, Price AskMultiplierUp, Price AskMultiplierDown, int AveragePriceMinutes)
{
    /// <summary>Passes says whether a limit price passes for a buy (<paramref name="isBuy"/>) or a sell, given the average price (zero: no reference, passes).</summary>
    public bool Passes(Price price, bool isBuy, Price averagePrice)
    {
        if (averagePrice.Raw <= 0)
            return true;
        (Price up, Price down) = isBuy ? (BidMultiplierUp, BidMultiplierDown) : (AskMultiplierUp, AskMultiplierDown);
        Notional scaled = Notional.Of(price, Quantity.FromUnits(1)); // price as a Notional, to compare with average * multiplier exactly
        return scaled <= averagePrice * Quantity.FromRaw(up.Raw) && scaled >= averagePrice * Quantity.FromRaw(down.Raw);
    }

    /// <summary>Band returns the lowest and highest price that pass for a side at an average price (rounded inwards to 10^-8).</summary>
    public (Price Low, Price High) Band(bool isBuy, Price averagePrice)
    {
        (Price up, Price down) = isBuy ? (BidMultiplierUp, BidMultiplierDown) : (AskMultiplierUp, AskMultiplierDown);
        return (Price.FromRaw((averagePrice * Quantity.FromRaw(down.Raw)).ToQuantity(Numerics.RoundingDirection.Up).Raw),
            Price.FromRaw((averagePrice * Quantity.FromRaw(up.Raw)).ToQuantity(Numerics.RoundingDirection.Down).Raw));
    }
}
