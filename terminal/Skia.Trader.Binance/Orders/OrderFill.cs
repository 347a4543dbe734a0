using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Orders;

/// <summary>OrderFill is one trade that filled (part of) an order, from a FULL place answer.</summary>
/// <param name="Price">Price traded at (the maker's price).</param>
/// <param name="Quantity">Quantity traded.</param>
/// <param name="Commission">Commission charged.</param>
/// <param name="CommissionAsset">CommissionAsset is the asset the commission was taken in.</param>
/// <param name="TradeId">TradeId of the trade.</param>
public readonly record struct OrderFill(Price Price, Quantity Quantity, Quantity Commission, string CommissionAsset, long TradeId);
