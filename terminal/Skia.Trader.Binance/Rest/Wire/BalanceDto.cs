namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>BalanceDto is one entry of <c>GET /api/v3/account</c>'s balances.</summary>
internal sealed class BalanceDto
{
    /// <summary>Asset name.</summary>
    public string? Asset { get; set; }

    /// <summary>Free amount.</summary>
    public string? Free { get; set; }

    /// <summary>Locked amount (held by open orders).</summary>
    public string? Locked { get; set; }
}
