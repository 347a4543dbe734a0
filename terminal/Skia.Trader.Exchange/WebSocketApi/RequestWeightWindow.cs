namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>
/// RequestWeightWindow counts request weight per clock minute, as Binance's REQUEST_WEIGHT limit
/// (6000 per 1 MINUTE, accumulated per IP and shared by its connections; on loopback every client
/// is one IP). Over the limit a request is refused until the minute ends.
/// </summary>
internal sealed class RequestWeightWindow(int limitPerMinute)
{
    private readonly Lock _gate = new();
    private long _minute = long.MinValue;
    private int _used;

    /// <summary>Limit is the weight allowed per minute.</summary>
    public int Limit { get; } = limitPerMinute;

    /// <summary>TryTake adds <paramref name="weight"/> at <paramref name="nowMs"/>; false (with when the minute ends) when that would pass the limit.</summary>
    public bool TryTake(int weight, long nowMs, out long retryAfterMs)
    {
        long minute = nowMs / 60_000;
        lock (_gate)
        {
            if (minute != _minute)
            {
                _minute = minute;
                _used = 0;
            }
            retryAfterMs = (minute + 1) * 60_000;
            if (_used + weight > Limit)
                return false;
            _used += weight;
            return true;
        }
    }
}
