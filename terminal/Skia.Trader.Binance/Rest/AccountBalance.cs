using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Rest;

/// <summary>AccountBalance is one asset's free and locked (held by open orders) amounts.</summary>
/// <param name="Asset">Asset name, e.g. BTC.</param>
/// <param name="Free">Free is available to trade.</param>
/// <param name="Locked">Locked is reserved by open orders.</param>
public readonly record struct AccountBalance(string Asset, Quantity Free, Quantity Locked);
