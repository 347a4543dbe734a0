namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>MyTradeDto is one row of <c>GET /api/v3/myTrades</c>.</summary>
internal sealed class MyTradeDto
{
    /// <summary>Symbol traded.</summary>
    public string? Symbol { get; set; }

    /// <summary>Id is the trade id.</summary>
    public long Id { get; set; }

    /// <summary>OrderId is our order in the trade.</summary>
    public long OrderId { get; set; }

    /// <summary>OrderListId of that order, -1 for none.</summary>
    public long OrderListId { get; set; } = -1;

    /// <summary>Price of the trade.</summary>
    public string? Price { get; set; }

    /// <summary>Qty traded.</summary>
    public string? Qty { get; set; }

    /// <summary>QuoteQty traded.</summary>
    public string? QuoteQty { get; set; }

    /// <summary>Commission paid.</summary>
    public string? Commission { get; set; }

    /// <summary>CommissionAsset it was paid in.</summary>
    public string? CommissionAsset { get; set; }

    /// <summary>Time of the trade.</summary>
    public long Time { get; set; }

    /// <summary>IsBuyer says we bought.</summary>
    public bool IsBuyer { get; set; }

    /// <summary>IsMaker says our order was resting.</summary>
    public bool IsMaker { get; set; }
}
