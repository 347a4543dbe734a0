using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>BookTickerDto is one entry of <c>GET /api/v3/ticker/bookTicker</c>.</summary>
internal sealed class BookTickerDto
{
    /// <summary>Symbol of the book.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; set; }
    /// <summary>BidPrice is the best bid.</summary>
    [JsonPropertyName("bidPrice")] public string? BidPrice { get; set; }
    /// <summary>BidQty rests at the best bid.</summary>
    [JsonPropertyName("bidQty")] public string? BidQty { get; set; }
    /// <summary>AskPrice is the best ask.</summary>
    [JsonPropertyName("askPrice")] public string? AskPrice { get; set; }
    /// <summary>AskQty rests at the best ask.</summary>
    [JsonPropertyName("askQty")] public string? AskQty { get; set; }
}
