using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Books;

/// <summary>BookLevel is one price level of a book: the price and the total quantity resting there.</summary>
/// <param name="Price">Price is the level's price.</param>
/// <param name="Quantity">Quantity is the total size resting at that price.</param>
public readonly record struct BookLevel(Price Price, Quantity Quantity);
