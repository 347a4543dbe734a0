using Skia.Trader.Binance.Orders;

namespace Skia.Trader.Binance.Rest;

/// <summary>OrderListReport is the exchange's word on an order list (OCO): its status and its legs.</summary>
/// <param name="OrderListId">OrderListId is the list's id, also carried by both legs.</param>
/// <param name="ListClientOrderId">ListClientOrderId is the list's client id.</param>
/// <param name="ListStatusType">ListStatusType: EXEC_STARTED, ALL_DONE, ...</param>
/// <param name="ListOrderStatus">ListOrderStatus: EXECUTING, ALL_DONE or REJECT.</param>
/// <param name="Orders">Orders are the legs' reports.</param>
public sealed record OrderListReport(long OrderListId, string ListClientOrderId, string ListStatusType, string ListOrderStatus, IReadOnlyList<OrderReport> Orders);
