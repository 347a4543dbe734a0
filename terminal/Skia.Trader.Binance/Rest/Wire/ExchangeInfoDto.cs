namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>ExchangeInfoDto is the body of <c>GET /api/v3/exchangeInfo</c> (fields we use).</summary>
internal sealed class ExchangeInfoDto
{
    /// <summary>ServerTime when the answer was made.</summary>
    public long ServerTime { get; set; }

    /// <summary>Symbols listed.</summary>
    public List<SymbolDto>? Symbols { get; set; }
}
