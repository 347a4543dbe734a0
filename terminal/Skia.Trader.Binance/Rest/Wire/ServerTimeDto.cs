namespace Skia.Trader.Binance.Rest.Wire;

/// <summary>ServerTimeDto is the body of <c>GET /api/v3/time</c>.</summary>
internal sealed class ServerTimeDto
{
    /// <summary>ServerTime is the exchange clock in Unix milliseconds.</summary>
    public long ServerTime { get; set; }
}
