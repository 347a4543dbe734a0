namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>AccountDto is the body of <c>GET /api/v3/account</c> (fields we use).</summary>
internal sealed class AccountDto
{
    /// <summary>CanTrade says whether the key may place orders.</summary>
    public bool CanTrade { get; set; }

    /// <summary>UpdateTime of the account.</summary>
    public long UpdateTime { get; set; }

    /// <summary>Balances per asset.</summary>
    public List<BalanceDto>? Balances { get; set; }
}
