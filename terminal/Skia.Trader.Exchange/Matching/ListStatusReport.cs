namespace Skia.Trader.Exchange.Matching;

/// <summary>ListStatusReport is one order list's state as the listStatus event and the order-list answers carry it.</summary>
/// <param name="OrderListId">OrderListId is the list's id (g).</param>
/// <param name="ListClientOrderId">ListClientOrderId is the list's client id (C).</param>
/// <param name="Symbol">Symbol is the pair.</param>
/// <param name="ListStatusType">ListStatusType is EXEC_STARTED or ALL_DONE (l / listStatusType).</param>
/// <param name="ListOrderStatus">ListOrderStatus is EXECUTING or ALL_DONE (L / listOrderStatus).</param>
/// <param name="TransactionTime">TransactionTime is when this state came about (T).</param>
/// <param name="Orders">Orders are the legs as copies.</param>
internal sealed record ListStatusReport(long OrderListId, string ListClientOrderId, string Symbol, string ListStatusType,
    string ListOrderStatus, long TransactionTime, IReadOnlyList<OrderRecord> Orders);
