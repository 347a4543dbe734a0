namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>AmendDto is the answer of <c>PUT /api/v3/order/amend/keepPriority</c>.</summary>
internal sealed class AmendDto
{
    /// <summary>TransactTime of the amendment.</summary>
    public long TransactTime { get; set; }

    /// <summary>ExecutionId of the amendment.</summary>
    public long ExecutionId { get; set; }

    /// <summary>AmendedOrder is the order after the amendment.</summary>
    public AmendedOrderDto? AmendedOrder { get; set; }
}

/// <summary>AmendedOrderDto is the order in an amend answer (note "qty" and "cumulativeQuoteQty", unlike other order answers).</summary>
internal sealed class AmendedOrderDto
{
    /// <summary>Symbol of the order.</summary>
    public string? Symbol { get; set; }

    /// <summary>OrderId is the exchange's id (unchanged by the amendment).</summary>
    public long OrderId { get; set; }

    /// <summary>OrderListId, -1 for none.</summary>
    public long OrderListId { get; set; } = -1;

    /// <summary>OrigClientOrderId is the client id before the amendment.</summary>
    public string? OrigClientOrderId { get; set; }

    /// <summary>ClientOrderId is the client id after it.</summary>
    public string? ClientOrderId { get; set; }

    /// <summary>Price of the order.</summary>
    public string? Price { get; set; }

    /// <summary>Qty is the new quantity.</summary>
    public string? Qty { get; set; }

    /// <summary>ExecutedQty filled so far.</summary>
    public string? ExecutedQty { get; set; }

    /// <summary>CumulativeQuoteQty filled so far.</summary>
    public string? CumulativeQuoteQty { get; set; }

    /// <summary>Status after the amendment.</summary>
    public string? Status { get; set; }

    /// <summary>TimeInForce of the order.</summary>
    public string? TimeInForce { get; set; }

    /// <summary>Type of the order.</summary>
    public string? Type { get; set; }

    /// <summary>Side of the order.</summary>
    public string? Side { get; set; }
}
