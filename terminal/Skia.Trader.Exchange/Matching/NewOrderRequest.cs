using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Exchange.Matching;

/// <summary>NewOrderRequest is a parsed, not yet validated order placement (REST or a synthetic participant).</summary>
internal sealed record NewOrderRequest(
    string Symbol, OrderSide Side, OrderType Type, TimeInForce? TimeInForce, Price? Price, Quantity? Quantity,
    Quantity? QuoteOrderQuantity, string? ClientOrderId, SelfTradePreventionMode SelfTradePrevention = SelfTradePreventionMode.ExpireTaker);
