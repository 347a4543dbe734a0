namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>OrderListDto is an order list (OCO) answer: its status and the reports of its legs.</summary>
internal sealed class OrderListDto
{
    /// <summary>OrderListId is the list's id.</summary>
    public long OrderListId { get; set; }

    /// <summary>ContingencyType is OCO (or OTO).</summary>
    public string? ContingencyType { get; set; }

    /// <summary>ListStatusType is RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE.</summary>
    public string? ListStatusType { get; set; }

    /// <summary>ListOrderStatus is EXECUTING, ALL_DONE or REJECT.</summary>
    public string? ListOrderStatus { get; set; }

    /// <summary>ListClientOrderId is the list's client id.</summary>
    public string? ListClientOrderId { get; set; }

    /// <summary>TransactionTime of the answer.</summary>
    public long TransactionTime { get; set; }

    /// <summary>Symbol of the list.</summary>
    public string? Symbol { get; set; }

    /// <summary>OrderReports are the legs (their form follows newOrderRespType).</summary>
    public List<OrderDto>? OrderReports { get; set; }
}
