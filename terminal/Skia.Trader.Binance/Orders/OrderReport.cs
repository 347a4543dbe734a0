using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Orders;

/// <summary>OrderReport is the exchange's word on one order (a place, cancel, query or openOrders answer), in domain types.</summary>
/// <param name="Symbol">Symbol of the order.</param>
/// <param name="ExchangeOrderId">ExchangeOrderId is the exchange's id.</param>
/// <param name="ClientOrderId">ClientOrderId is the id we chose (for a cancel answer: the original order's).</param>
/// <param name="Side">Side of the order.</param>
/// <param name="Type">Type of the order.</param>
/// <param name="TimeInForce">TimeInForce of the order (GTC for MARKET).</param>
/// <param name="Status">Status as the exchange reports it.</param>
/// <param name="Price">Price of a LIMIT order, zero for MARKET.</param>
/// <param name="Quantity">Quantity ordered (zero for a MARKET order by quote amount until it fills).</param>
/// <param name="ExecutedQuantity">ExecutedQuantity filled so far.</param>
/// <param name="CumulativeQuote">CumulativeQuote is the quote amount filled so far.</param>
/// <param name="Time">Time of the last change, Unix milliseconds.</param>
/// <param name="Fills">Fills of a FULL place answer; empty otherwise.</param>
public sealed record OrderReport(string Symbol, long ExchangeOrderId, string ClientOrderId, OrderSide Side, OrderType Type,
    TimeInForce TimeInForce, OrderStatus Status, Price Price, Quantity Quantity, Quantity ExecutedQuantity,
    Quantity CumulativeQuote, long Time, IReadOnlyList<OrderFill> Fills)
{
    /// <summary>StopPrice is a contingent order's trigger price (stopPrice), zero when none.</summary>
    public Price StopPrice { get; init; }

    /// <summary>IcebergQuantity is an iceberg order's visible slice (icebergQty), zero when none.</summary>
    public Quantity IcebergQuantity { get; init; }

    /// <summary>TrailingDelta is a trailing stop's delta in BIPS (trailingDelta), zero when none.</summary>
    public long TrailingDelta { get; init; }

    /// <summary>OrderListId is the order list (OCO) the order belongs to, -1 for none.</summary>
    public long OrderListId { get; init; } = -1;

    /// <summary>ToUpdate turns the report into the update the domain's order state machine applies.</summary>
    public OrderUpdate ToUpdate() => new(Status, ExchangeOrderId, ExecutedQuantity, CumulativeQuote, Time,
        Status == OrderStatus.Rejected ? "rejected by the exchange" : null);
}
