namespace Skia.Trader.Scene.Feed;

/// <summary>SceneOrder is one row of the scene's order history; every order in the scene is a filled LIMIT order.</summary>
/// <param name="Id">Id is the order id (1..10000 prefilled, 10001.. live).</param>
/// <param name="TimeMs">TimeMs is milliseconds after 00:00:00.000; negative for the prefilled history (j seconds before).</param>
/// <param name="IsBuy">IsBuy is true for a buy order.</param>
/// <param name="PriceTicks">PriceTicks is the limit price in cents.</param>
/// <param name="Quantity">Quantity is the order size in units of 0.0001 BTC.</param>
/// <param name="Filled">Filled is the executed size in units of 0.0001 BTC (all of it: the order is FILLED).</param>
public readonly record struct SceneOrder(long Id, long TimeMs, bool IsBuy, long PriceTicks, long Quantity, long Filled);
