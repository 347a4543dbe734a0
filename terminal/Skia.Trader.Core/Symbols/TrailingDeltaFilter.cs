namespace Skia.Trader.Core.Symbols;

/// <summary>
/// TrailingDeltaFilter is the exchange's TRAILING_DELTA: the allowed trailingDelta (BIPS) range. "Above"
/// applies to STOP_LOSS(_LIMIT) BUY and TAKE_PROFIT(_LIMIT) SELL, "below" to STOP_LOSS(_LIMIT) SELL and
/// TAKE_PROFIT(_LIMIT) BUY.
/// </summary>
/// <param name="MinAbove">MinAbove is minTrailingAboveDelta.</param>
/// <param name="MaxAbove">MaxAbove is maxTrailingAboveDelta.</param>
/// <param name="MinBelow">MinBelow is minTrailingBelowDelta.</param>
/// <param name="MaxBelow">MaxBelow is maxTrailingBelowDelta.</param>
public readonly record struct TrailingDeltaFilter(long MinAbove, long MaxAbove, long MinBelow, long MaxBelow)
{
    /// <summary>Passes says whether <paramref name="delta"/> is in range for an order that triggers above (<paramref name="above"/>) or below the market.</summary>
    public bool Passes(long delta, bool above) => above ? delta >= MinAbove && delta <= MaxAbove : delta >= MinBelow && delta <= MaxBelow;
}
