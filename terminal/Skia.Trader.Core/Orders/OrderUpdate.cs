using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderUpdate is what we learned about an order from the exchange (an answer to a request,
/// an executionReport, a query): its status and cumulative figures at that moment.
/// </summary>
/// <param name="Status">Status is the order's status as reported.</param>
/// <param name="ExchangeOrderId">ExchangeOrderId is the exchange's order id, or -1 when the report does not carry one.</param>
/// <param name="ExecutedQuantity">ExecutedQuantity is the cumulative filled base quantity (z).</param>
/// <param name="CumulativeQuote">CumulativeQuote is the cumulative quote amount of the fills (Z).</param>
/// <param name="Time">Time is the exchange's transaction time in ms since the Unix epoch.</param>
/// <param name="RejectReason">RejectReason is the exchange's reason or error message for a rejection, else null.</param>
public readonly record struct OrderUpdate(
    OrderStatus Status, long ExchangeOrderId, Quantity ExecutedQuantity, Quantity CumulativeQuote, long Time, string? RejectReason = null);
