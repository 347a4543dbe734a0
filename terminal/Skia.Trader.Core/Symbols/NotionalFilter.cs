using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>
/// NotionalFilter is the exchange's NOTIONAL filter (or the older MIN_NOTIONAL, which has no
/// maximum): bounds on price times quantity, in quote-asset units.
/// </summary>
/// <param name="FilterType">FilterType is the name the exchange used, "NOTIONAL" or "MIN_NOTIONAL"; it appears in the failure message.</param>
/// <param name="MinNotional">MinNotional is the smallest price times quantity (0: none).</param>
/// <param name="MaxNotional">MaxNotional is the largest price times quantity (0: none).</param>
/// <param name="ApplyMinToMarket">ApplyMinToMarket says whether MARKET orders are held to the minimum too.</param>
/// <param name="ApplyMaxToMarket">ApplyMaxToMarket says whether MARKET orders are held to the maximum too.</param>
public readonly record struct NotionalFilter(
    string FilterType, Quantity MinNotional, Quantity MaxNotional, bool ApplyMinToMarket, bool ApplyMaxToMarket)
{
    /// <summary>None is a filter that accepts every notional.</summary>
    public static NotionalFilter None => new("NOTIONAL", Quantity.Zero, Quantity.Zero, false, false);

    /// <summary>Check returns the rule that a notional of <paramref name="price"/> times <paramref name="quantity"/> breaks.</summary>
    public FilterRule Check(Price price, Quantity quantity, bool isMarket)
    {
        Notional notional = price * quantity;
        if (MinNotional.Raw > 0 && (!isMarket || ApplyMinToMarket) && notional < Notional.FromQuote(MinNotional))
            return FilterRule.NotionalBelowMin;
        if (MaxNotional.Raw > 0 && (!isMarket || ApplyMaxToMarket) && notional > Notional.FromQuote(MaxNotional))
            return FilterRule.NotionalAboveMax;
        return FilterRule.None;
    }
}
