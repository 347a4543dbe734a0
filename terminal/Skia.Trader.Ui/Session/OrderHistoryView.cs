using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Session;

/// <summary>OrderHistoryView is one row of the order history: an order of this session or of the account's history, in any status.</summary>
/// <param name="ClientOrderId">The order's client order id.</param>
/// <param name="ExchangeOrderId">The exchange's order id, -1 before it is known.</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">BUY or SELL.</param>
/// <param name="Type">The order type.</param>
/// <param name="Price">The limit price (zero for MARKET).</param>
/// <param name="StopPrice">The stop price (zero when none).</param>
/// <param name="Quantity">The ordered quantity.</param>
/// <param name="Executed">The quantity filled.</param>
/// <param name="CumulativeQuote">The quote amount filled (the average price is this over <paramref name="Executed"/>).</param>
/// <param name="Status">The order's status.</param>
/// <param name="RejectReason">The exchange's message when it refused the order, else null.</param>
/// <param name="Time">The last change, Unix milliseconds (when the terminal first saw it, before the exchange answered).</param>
public sealed record OrderHistoryView(string ClientOrderId, long ExchangeOrderId, string Symbol, OrderSide Side, OrderType Type, Price Price,
    Price StopPrice, Quantity Quantity, Quantity Executed, Quantity CumulativeQuote, OrderStatus Status, string? RejectReason, long Time)
{
    /// <summary>AveragePrice is the average fill price, zero before a fill.</summary>
    public Price AveragePrice => Executed.IsZero ? Price.Zero
        : Price.FromRaw((long)((Int128)CumulativeQuote.Raw * 100_000_000 / Executed.Raw));
}
