using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Exchange.Matching;

/// <summary>OrderRecord is an immutable copy of one order in the simulator's ledger, for tests to assert on.</summary>
/// <param name="OrderId">OrderId is the exchange's order id.</param>
/// <param name="ClientOrderId">ClientOrderId is the client's (or generated) order id.</param>
/// <param name="Account">Account names the owner (the API key for user accounts).</param>
/// <param name="Symbol">Symbol is the pair.</param>
/// <param name="Side">Side is buy or sell.</param>
/// <param name="Type">Type is the order type.</param>
/// <param name="TimeInForce">TimeInForce is the limit order's time in force.</param>
/// <param name="Price">Price is the limit price (zero for MARKET).</param>
/// <param name="OrigQuantity">OrigQuantity is the ordered base quantity (zero for MARKET by quote amount).</param>
/// <param name="OrigQuoteQuantity">OrigQuoteQuantity is the quoteOrderQty of a MARKET order, else zero.</param>
/// <param name="Executed">Executed is the filled base quantity.</param>
/// <param name="CumulativeQuote">CumulativeQuote is the filled quote amount.</param>
/// <param name="Status">Status is the order's status.</param>
/// <param name="Time">Time is when the order was placed (ms).</param>
/// <param name="UpdateTime">UpdateTime is when it last changed (ms).</param>
/// <param name="StopPrice">StopPrice is the trigger price of a contingent order, zero when none.</param>
/// <param name="TrailingDelta">TrailingDelta is a trailing stop's delta in BIPS, zero when none.</param>
/// <param name="IcebergQuantity">IcebergQuantity is the visible slice of an iceberg order, zero when none.</param>
/// <param name="OrderListId">OrderListId is the order list (OCO) of the order, -1 for none.</param>
/// <param name="IsWorking">IsWorking says whether the order is on the book (false while a stop waits for its trigger).</param>
/// <param name="WorkingTime">WorkingTime is when the order started working on the book, -1 before.</param>
/// <param name="TrailingTime">TrailingTime is when a trailing stop started tracking, -1 before.</param>
/// <param name="SelfTradePrevention">SelfTradePrevention is the order's STP mode.</param>
public sealed record OrderRecord(
    long OrderId, string ClientOrderId, string Account, string Symbol, OrderSide Side, OrderType Type, TimeInForce TimeInForce,
    Price Price, Quantity OrigQuantity, Quantity OrigQuoteQuantity, Quantity Executed, Quantity CumulativeQuote,
    OrderStatus Status, long Time, long UpdateTime, Price StopPrice = default, long TrailingDelta = 0, Quantity IcebergQuantity = default,
    long OrderListId = -1, bool IsWorking = false, long WorkingTime = -1, long TrailingTime = -1,
    SelfTradePreventionMode SelfTradePrevention = SelfTradePreventionMode.ExpireTaker);
