namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>SymbolDto is one entry of exchangeInfo's symbols (fields we use).</summary>
internal sealed class SymbolDto
{
    /// <summary>Symbol name, e.g. BTCUSDT.</summary>
    public string? Symbol { get; set; }

    /// <summary>Status, TRADING when orders are accepted.</summary>
    public string? Status { get; set; }

    /// <summary>BaseAsset, e.g. BTC.</summary>
    public string? BaseAsset { get; set; }

    /// <summary>QuoteAsset, e.g. USDT.</summary>
    public string? QuoteAsset { get; set; }

    /// <summary>Filters of the symbol.</summary>
    public List<FilterDto>? Filters { get; set; }
}
