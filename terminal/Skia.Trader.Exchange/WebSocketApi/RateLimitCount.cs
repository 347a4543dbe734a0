namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>RateLimitCount is one entry of a WebSocket API answer's rateLimits array.</summary>
internal readonly record struct RateLimitCount(string RateLimitType, string Interval, int IntervalNum, int Limit, long Count);
