namespace Skia.Trader.Binance.Wire;

/// <summary>WireLevel is one <c>[price, quantity]</c> pair of a depth message, both in 1e-8 units; quantity 0 removes the level.</summary>
/// <param name="Price">Price in 1e-8 units of the quote asset.</param>
/// <param name="Quantity">Quantity in 1e-8 units of the base asset; zero means "remove this level".</param>
internal readonly record struct WireLevel(long Price, long Quantity);
