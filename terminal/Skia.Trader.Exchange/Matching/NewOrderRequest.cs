using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// NewOrderRequest is a parsed, not yet validated order placement (REST, the WebSocket API or a synthetic
/// participant): null means "not sent", so the engine can hold it to the type's <see cref="OrderShape"/>.
/// </summary>
internal sealed record NewOrderRequest(
    string Symbol, OrderSide Side, OrderType Type, TimeInForce? TimeInForce, Price? Price, Quantity? Quantity,
    Quantity? QuoteOrderQuantity, string? ClientOrderId, SelfTradePreventionMode SelfTradePrevention = SelfTradePreventionMode.ExpireTaker,
    Price? StopPrice = null, long? TrailingDelta = null, Quantity? IcebergQuantity = null)
{
    /// <summary>Sent is the set of shape-governed parameters the request carries.</summary>
    public OrderParameter Sent =>
        (TimeInForce is null ? OrderParameter.None : OrderParameter.TimeInForce)
        | (Quantity is null ? OrderParameter.None : OrderParameter.Quantity)
        | (QuoteOrderQuantity is null ? OrderParameter.None : OrderParameter.QuoteOrderQuantity)
        | (Price is null ? OrderParameter.None : OrderParameter.Price)
        | (StopPrice is null ? OrderParameter.None : OrderParameter.StopPrice)
        | (TrailingDelta is null ? OrderParameter.None : OrderParameter.TrailingDelta)
        | (IcebergQuantity is null ? OrderParameter.None : OrderParameter.IcebergQuantity);
}
