using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>TakerFill is one fill of an incoming order, as the FULL response lists it.</summary>
internal readonly record struct TakerFill(Price Price, Quantity Quantity, Quantity Commission, string CommissionAsset, long TradeId);
