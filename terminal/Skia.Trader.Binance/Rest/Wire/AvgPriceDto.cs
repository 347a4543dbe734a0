using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>AvgPriceDto is the body of <c>GET /api/v3/avgPrice</c>.</summary>
internal sealed class AvgPriceDto
{
    /// <summary>Mins is the averaging interval in minutes.</summary>
    [JsonPropertyName("mins")] public int Mins { get; set; }
    /// <summary>Price is the average price.</summary>
    [JsonPropertyName("price")] public string? Price { get; set; }
    /// <summary>CloseTime is the last trade time.</summary>
    [JsonPropertyName("closeTime")] public long CloseTime { get; set; }
}
