namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderParameter names the optional parameters of a new order whose presence depends on its type
/// (symbol, side and type are always sent). Flags, so that a request's parameters form one set.
/// </summary>
[Flags]
public enum OrderParameter
{
    /// <summary>None: no parameter.</summary>
    None = 0,

    /// <summary>TimeInForce (wire timeInForce): GTC, IOC or FOK.</summary>
    TimeInForce = 1 << 0,

    /// <summary>Quantity (wire quantity): the base quantity.</summary>
    Quantity = 1 << 1,

    /// <summary>QuoteOrderQuantity (wire quoteOrderQty): the quote amount of a MARKET order.</summary>
    QuoteOrderQuantity = 1 << 2,

    /// <summary>Price (wire price): the limit price.</summary>
    Price = 1 << 3,

    /// <summary>StopPrice (wire stopPrice): the trigger price of a stop or take-profit order.</summary>
    StopPrice = 1 << 4,

    /// <summary>TrailingDelta (wire trailingDelta): the trailing distance in basis points (BIPS).</summary>
    TrailingDelta = 1 << 5,

    /// <summary>IcebergQuantity (wire icebergQty): the visible part of an iceberg order.</summary>
    IcebergQuantity = 1 << 6,
}
