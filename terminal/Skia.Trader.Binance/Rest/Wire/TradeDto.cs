using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>TradeDto is one entry of <c>GET /api/v3/trades</c>.</summary>
internal sealed class TradeDto
{
    /// <summary>Id is the trade id.</summary>
    [JsonPropertyName("id")] public long Id { get; set; }
    /// <summary>Price traded.</summary>
    [JsonPropertyName("price")] public string? Price { get; set; }
    /// <summary>Qty traded.</summary>
    [JsonPropertyName("qty")] public string? Qty { get; set; }
    /// <summary>QuoteQty changed hands.</summary>
    [JsonPropertyName("quoteQty")] public string? QuoteQty { get; set; }
    /// <summary>Time of the trade.</summary>
    [JsonPropertyName("time")] public long Time { get; set; }
    /// <summary>IsBuyerMaker is true when the aggressor sold.</summary>
    [JsonPropertyName("isBuyerMaker")] public bool IsBuyerMaker { get; set; }
    /// <summary>IsBestMatch is Binance's best-match flag.</summary>
    [JsonPropertyName("isBestMatch")] public bool IsBestMatch { get; set; }
}
