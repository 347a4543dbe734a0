using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Symbols;

/// <summary>LotSizeFilter is the exchange's LOT_SIZE: the order quantity range and step of one symbol (zero disables a part).</summary>
/// <param name="MinQuantity">MinQuantity is minQty, the smallest order size.</param>
/// <param name="MaxQuantity">MaxQuantity is maxQty, the largest order size (0: none).</param>
/// <param name="StepSize">StepSize is stepSize, the quantity grid step counted from minQty (0: none).</param>
public readonly record struct LotSizeFilter(Quantity MinQuantity, Quantity MaxQuantity, Quantity StepSize)
{
    /// <summary>Check returns the LOT_SIZE rule that <paramref name="quantity"/> breaks, or <see cref="FilterRule.None"/>.</summary>
    public FilterRule Check(Quantity quantity) => GridRule.Check(quantity.Raw, MinQuantity.Raw, MaxQuantity.Raw, StepSize.Raw) switch
    {
        0 => FilterRule.None,
        1 => FilterRule.QuantityBelowMin,
        2 => FilterRule.QuantityAboveMax,
        _ => FilterRule.QuantityOffStep,
    };

    /// <summary>Nearest returns the valid quantity closest to <paramref name="quantity"/>.</summary>
    public Quantity Nearest(Quantity quantity) =>
        Quantity.FromRaw(GridRule.Nearest(quantity.Raw, MinQuantity.Raw, MaxQuantity.Raw, StepSize.Raw));

    /// <summary>RoundToStep puts a quantity on the step grid in the given direction (no range clamp).</summary>
    public Quantity RoundToStep(Quantity quantity, RoundingDirection rounding) => rounding == RoundingDirection.Nearest
        ? Quantity.FromRaw(GridRule.Nearest(quantity.Raw, MinQuantity.Raw, 0, StepSize.Raw))
        : Quantity.FromRaw(GridRule.RoundToGrid(quantity.Raw, MinQuantity.Raw, StepSize.Raw, rounding == RoundingDirection.Up));
}
