namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderType is how an order is priced and when it starts working (wire: LIMIT, MARKET, STOP_LOSS,
/// STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, LIMIT_MAKER). What each type needs, allows and
/// forbids is in <see cref="OrderShapes"/>.
/// </summary>
public enum OrderType
{
    /// <summary>Limit: at the given price or better, with a time in force.</summary>
    Limit,

    /// <summary>Market: at whatever the book offers, by base quantity or by quote amount (quoteOrderQty).</summary>
    Market,

    /// <summary>LimitMaker: a limit order that is rejected rather than allowed to take liquidity.</summary>
    LimitMaker,

    /// <summary>StopLoss: becomes a MARKET order when the last price reaches the stop price (or the trailing delta triggers); buy above, sell below the market.</summary>
    StopLoss,

    /// <summary>StopLossLimit: becomes a LIMIT order (price, time in force) when the stop triggers; buy above, sell below the market.</summary>
    StopLossLimit,

    /// <summary>TakeProfit: becomes a MARKET order when the stop triggers; buy below, sell above the market.</summary>
    TakeProfit,

    /// <summary>TakeProfitLimit: becomes a LIMIT order when the stop triggers; buy below, sell above the market.</summary>
    TakeProfitLimit,
}
