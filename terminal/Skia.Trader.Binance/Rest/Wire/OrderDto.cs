namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>OrderDto is the order object of place (FULL), cancel, query and openOrders answers.</summary>
internal sealed class OrderDto
{
    /// <summary>Symbol of the order.</summary>
    public string? Symbol { get; set; }

    /// <summary>OrderId is the exchange's id.</summary>
    public long OrderId { get; set; }

    /// <summary>ClientOrderId is ours (on cancel: the id of the cancel request).</summary>
    public string? ClientOrderId { get; set; }

    /// <summary>OrigClientOrderId is the cancelled order's client id (cancel answers only).</summary>
    public string? OrigClientOrderId { get; set; }

    /// <summary>Price of a LIMIT order ("0.00000000" for MARKET).</summary>
    public string? Price { get; set; }

    /// <summary>OrigQty is the ordered quantity.</summary>
    public string? OrigQty { get; set; }

    /// <summary>ExecutedQty is the filled quantity.</summary>
    public string? ExecutedQty { get; set; }

    /// <summary>CummulativeQuoteQty (Binance's spelling) is the quote amount filled.</summary>
    public string? CummulativeQuoteQty { get; set; }

    /// <summary>OrigQuoteOrderQty is the quote amount a MARKET order asked for.</summary>
    public string? OrigQuoteOrderQty { get; set; }

    /// <summary>Status is NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH or REJECTED.</summary>
    public string? Status { get; set; }

    /// <summary>TimeInForce is GTC, IOC or FOK.</summary>
    public string? TimeInForce { get; set; }

    /// <summary>Type is one of the seven order types.</summary>
    public string? Type { get; set; }

    /// <summary>Side is BUY or SELL.</summary>
    public string? Side { get; set; }

    /// <summary>TransactTime is when the exchange processed a place or cancel.</summary>
    public long TransactTime { get; set; }

    /// <summary>Time is when the order was created (query answers).</summary>
    public long Time { get; set; }

    /// <summary>UpdateTime is the last change (query answers).</summary>
    public long UpdateTime { get; set; }

    /// <summary>OrderListId is the order list (OCO) of the order, -1 for none.</summary>
    public long OrderListId { get; set; } = -1;

    /// <summary>StopPrice of a contingent order (conditional field).</summary>
    public string? StopPrice { get; set; }

    /// <summary>IcebergQty of an iceberg order (conditional field).</summary>
    public string? IcebergQty { get; set; }

    /// <summary>TrailingDelta of a trailing stop (conditional field).</summary>
    public long TrailingDelta { get; set; }

    /// <summary>Fills are the trades of a FULL place answer.</summary>
    public List<FillDto>? Fills { get; set; }
}
