using System.Text.Json.Serialization;

namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>TickerDto is one entry of <c>GET /api/v3/ticker/24hr</c> (FULL; MINI leaves the change and book fields out).</summary>
internal sealed class TickerDto
{
    /// <summary>Symbol of the statistics.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; set; }
    /// <summary>PriceChange (FULL).</summary>
    [JsonPropertyName("priceChange")] public string? PriceChange { get; set; }
    /// <summary>PriceChangePercent (FULL).</summary>
    [JsonPropertyName("priceChangePercent")] public string? PriceChangePercent { get; set; }
    /// <summary>WeightedAvgPrice (FULL).</summary>
    [JsonPropertyName("weightedAvgPrice")] public string? WeightedAvgPrice { get; set; }
    /// <summary>PrevClosePrice (FULL).</summary>
    [JsonPropertyName("prevClosePrice")] public string? PrevClosePrice { get; set; }
    /// <summary>LastPrice.</summary>
    [JsonPropertyName("lastPrice")] public string? LastPrice { get; set; }
    /// <summary>LastQty (FULL).</summary>
    [JsonPropertyName("lastQty")] public string? LastQty { get; set; }
    /// <summary>BidPrice (FULL).</summary>
    [JsonPropertyName("bidPrice")] public string? BidPrice { get; set; }
    /// <summary>BidQty (FULL).</summary>
    [JsonPropertyName("bidQty")] public string? BidQty { get; set; }
    /// <summary>AskPrice (FULL).</summary>
    [JsonPropertyName("askPrice")] public string? AskPrice { get; set; }
    /// <summary>AskQty (FULL).</summary>
    [JsonPropertyName("askQty")] public string? AskQty { get; set; }
    /// <summary>OpenPrice.</summary>
    [JsonPropertyName("openPrice")] public string? OpenPrice { get; set; }
    /// <summary>HighPrice.</summary>
    [JsonPropertyName("highPrice")] public string? HighPrice { get; set; }
    /// <summary>LowPrice.</summary>
    [JsonPropertyName("lowPrice")] public string? LowPrice { get; set; }
    /// <summary>Volume in the base asset.</summary>
    [JsonPropertyName("volume")] public string? Volume { get; set; }
    /// <summary>QuoteVolume in the quote asset.</summary>
    [JsonPropertyName("quoteVolume")] public string? QuoteVolume { get; set; }
    /// <summary>OpenTime of the window.</summary>
    [JsonPropertyName("openTime")] public long OpenTime { get; set; }
    /// <summary>CloseTime of the window.</summary>
    [JsonPropertyName("closeTime")] public long CloseTime { get; set; }
    /// <summary>FirstId is the first trade id.</summary>
    [JsonPropertyName("firstId")] public long FirstId { get; set; }
    /// <summary>LastId is the last trade id.</summary>
    [JsonPropertyName("lastId")] public long LastId { get; set; }
    /// <summary>Count of trades.</summary>
    [JsonPropertyName("count")] public long Count { get; set; }
}
