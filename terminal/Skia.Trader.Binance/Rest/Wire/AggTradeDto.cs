using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>AggTradeDto is one entry of <c>GET /api/v3/aggTrades</c> (single-letter, case-sensitive names).</summary>
internal sealed class AggTradeDto
{
    /// <summary>A is the aggregate trade id.</summary>
    [JsonPropertyName("a")] public long A { get; set; }
    /// <summary>P is the price.</summary>
    [JsonPropertyName("p")] public string? P { get; set; }
    /// <summary>Q is the quantity.</summary>
    [JsonPropertyName("q")] public string? Q { get; set; }
    /// <summary>F is the first trade id.</summary>
    [JsonPropertyName("f")] public long F { get; set; }
    /// <summary>L is the last trade id.</summary>
    [JsonPropertyName("l")] public long L { get; set; }
    /// <summary>T is the time.</summary>
    [JsonPropertyName("T")] public long T { get; set; }
    /// <summary>BuyerIsMaker is <c>m</c>.</summary>
    [JsonPropertyName("m")] public bool BuyerIsMaker { get; set; }
    /// <summary>BestMatch is <c>M</c>.</summary>
    [JsonPropertyName("M")] public bool BestMatch { get; set; }
}
