namespace Skia.Trader.Core.Orders;

/// <summary>OrderType is how an order is priced (wire: LIMIT, MARKET, LIMIT_MAKER).</summary>
public enum OrderType
{
    /// <summary>Limit: at the given price or better, with a time in force.</summary>
    Limit,

    /// <summary>Market: at whatever the book offers, by base quantity or by quote amount (quoteOrderQty).</summary>
    Market,

    /// <summary>LimitMaker: a limit order that is rejected rather than allowed to take liquidity.</summary>
    LimitMaker,
}
