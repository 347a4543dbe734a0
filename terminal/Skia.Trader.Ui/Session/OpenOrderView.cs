using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Session;

/// <summary>OpenOrderView is one row of the open-orders table, copied from the tracker's order at publish time.</summary>
/// <param name="ClientOrderId">The order's client order id.</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">BUY or SELL.</param>
/// <param name="Type">The order type.</param>
/// <param name="Price">The limit price (zero for MARKET).</param>
/// <param name="Quantity">The ordered quantity.</param>
/// <param name="Executed">The quantity filled so far.</param>
/// <param name="Status">PENDING_SEND, NEW, PARTIALLY_FILLED or UNKNOWN (open orders only).</param>
/// <param name="RejectReason">The exchange's message when the order was refused, else null.</param>
/// <param name="UpdateTime">The exchange time (ms) of the order's last update (its acknowledgement or last fill), 0 before any.</param>
public sealed record OpenOrderView(string ClientOrderId, string Symbol, OrderSide Side, OrderType Type, Price Price, Quantity Quantity,
    Quantity Executed, OrderStatus Status, string? RejectReason, long UpdateTime = 0);
