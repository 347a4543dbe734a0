namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>FillDto is one entry of a FULL order answer's <c>fills</c>.</summary>
internal sealed class FillDto
{
    /// <summary>Price of the fill.</summary>
    public string? Price { get; set; }

    /// <summary>Qty filled.</summary>
    public string? Qty { get; set; }

    /// <summary>Commission charged.</summary>
    public string? Commission { get; set; }

    /// <summary>CommissionAsset is the asset the commission was taken in.</summary>
    public string? CommissionAsset { get; set; }

    /// <summary>TradeId of the fill.</summary>
    public long TradeId { get; set; }
}
