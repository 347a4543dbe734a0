namespace Skia.Trader.Binance.UserData;

/// <summary>OrderListStatus is one <c>listStatus</c> user-data event: an order list (OCO) placed, updated or done.</summary>
/// <param name="Symbol">Symbol (<c>s</c>).</param>
/// <param name="OrderListId">OrderListId (<c>g</c>).</param>
/// <param name="ContingencyType">ContingencyType (<c>c</c>): OCO or OTO.</param>
/// <param name="ListStatusType">ListStatusType (<c>l</c>): RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE.</param>
/// <param name="ListOrderStatus">ListOrderStatus (<c>L</c>): EXECUTING, ALL_DONE or REJECT.</param>
/// <param name="ListClientOrderId">ListClientOrderId (<c>C</c>).</param>
/// <param name="TransactionTime">TransactionTime (<c>T</c>).</param>
/// <param name="Orders">Orders are the legs (<c>O</c>).</param>
public sealed record OrderListStatus(string Symbol, long OrderListId, string ContingencyType, string ListStatusType, string ListOrderStatus,
    string ListClientOrderId, long TransactionTime, IReadOnlyList<OrderListLeg> Orders);
