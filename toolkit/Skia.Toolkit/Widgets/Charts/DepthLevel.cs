namespace Skia.Toolkit.Widgets.Charts;

/// <summary>DepthLevel is one order book level for a <see cref="DepthChart"/>: a price and the size resting at it.</summary>
/// <param name="Price">Price is the level's price (display coordinate).</param>
/// <param name="Size">Size is the quantity resting at the price.</param>
public readonly record struct DepthLevel(double Price, double Size);
