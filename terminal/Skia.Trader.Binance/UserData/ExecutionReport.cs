using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.UserData;

/// <summary>ExecutionReport is one <c>executionReport</c> user-data event: a change to one of our orders.</summary>
/// <param name="Symbol">Symbol (<c>s</c>).</param>
/// <param name="ClientOrderId">ClientOrderId of the order (<c>C</c> on cancel, else <c>c</c>).</param>
/// <param name="Side">Side (<c>S</c>).</param>
/// <param name="Type">Type (<c>o</c>).</param>
/// <param name="TimeInForce">TimeInForce (<c>f</c>).</param>
/// <param name="Quantity">Quantity ordered (<c>q</c>).</param>
/// <param name="Price">Price (<c>p</c>).</param>
/// <param name="ExecutionType">ExecutionType (<c>x</c>): NEW, TRADE, CANCELED, REPLACED, REJECTED, EXPIRED, TRADE_PREVENTION.</param>
/// <param name="Status">Status (<c>X</c>).</param>
/// <param name="RejectReason">RejectReason (<c>r</c>), NONE when not rejected.</param>
/// <param name="ExchangeOrderId">ExchangeOrderId (<c>i</c>).</param>
/// <param name="LastQuantity">LastQuantity filled by this event (<c>l</c>).</param>
/// <param name="CumulativeQuantity">CumulativeQuantity filled (<c>z</c>).</param>
/// <param name="LastPrice">LastPrice of this fill (<c>L</c>).</param>
/// <param name="Commission">Commission of this fill (<c>n</c>).</param>
/// <param name="CommissionAsset">CommissionAsset (<c>N</c>), null without a fill.</param>
/// <param name="TransactionTime">TransactionTime (<c>T</c>).</param>
/// <param name="TradeId">TradeId (<c>t</c>), -1 without a fill.</param>
/// <param name="CumulativeQuote">CumulativeQuote filled (<c>Z</c>); average price is Z/z.</param>
public sealed record ExecutionReport(string Symbol, string ClientOrderId, OrderSide Side, OrderType Type, TimeInForce TimeInForce,
    Quantity Quantity, Price Price, string ExecutionType, OrderStatus Status, string RejectReason, long ExchangeOrderId,
    Quantity LastQuantity, Quantity CumulativeQuantity, Price LastPrice, Quantity Commission, string? CommissionAsset,
    long TransactionTime, long TradeId, Quantity CumulativeQuote)
{
    /// <summary>StopPrice is the order's stop price (<c>P</c>), zero when none.</summary>
    public Price StopPrice { get; init; }

    /// <summary>IcebergQuantity is the order's iceberg quantity (<c>F</c>), zero when none.</summary>
    public Quantity IcebergQuantity { get; init; }

    /// <summary>OrderListId is the order list (OCO) of the order (<c>g</c>), -1 for none.</summary>
    public long OrderListId { get; init; } = -1;

    /// <summary>TrailingDelta is a trailing stop's delta in BIPS (<c>d</c>, present only for trailing stops), zero when none.</summary>
    public long TrailingDelta { get; init; }

    /// <summary>ToUpdate turns the report into the update the order state machine applies.</summary>
    public OrderUpdate ToUpdate() => new(Status, ExchangeOrderId, CumulativeQuantity, CumulativeQuote, TransactionTime,
        Status == OrderStatus.Rejected ? RejectReason : null);
}
