namespace Skia.Trader.Scene.Feed;

/// <summary>Trade is one print on the scene's tape: fixed-point price and quantity, side and time of day.</summary>
/// <param name="PriceTicks">PriceTicks is the price in cents (tick size 0.01).</param>
/// <param name="Quantity">Quantity is the size in units of 0.0001 BTC.</param>
/// <param name="IsBuy">IsBuy is true for a buyer-initiated trade.</param>
/// <param name="TimeMs">TimeMs is the time in milliseconds after 00:00:00.000.</param>
public readonly record struct Trade(long PriceTicks, long Quantity, bool IsBuy, long TimeMs);
