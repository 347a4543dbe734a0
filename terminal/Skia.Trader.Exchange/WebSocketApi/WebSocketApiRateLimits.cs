using System.Text.Json;

namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>
/// WebSocketApiRateLimits keeps the counts a WebSocket API answer reports in "rateLimits", with
/// Binance's documented limits and interval boundaries: REQUEST_WEIGHT per 1 MINUTE (6000) for the
/// simulator (Binance counts per IP; everything here is one loopback address), ORDERS per 10 SECOND
/// (50) and per 1 DAY (160000, resetting at 00:00 UTC) per account. Intervals start on their
/// boundaries (a 10 s interval at :00, :10, :20...). It reports; it does not refuse.
/// </summary>
internal sealed class WebSocketApiRateLimits
{
    private readonly object _sync = new();
    private readonly Dictionary<string, (long TenSecond, long Day, long TenSecondCount, long DayCount)> _orders = new(StringComparer.Ordinal);
    private long _weightMinute = -1, _weight;

    /// <summary>Count adds a request's weight (and one order when <paramref name="countsOrder"/>) and returns the entries its answer shows.</summary>
    public IReadOnlyList<RateLimitCount> Count(long now, int weight, string? account, bool countsOrder, bool showOrders = false)
    {
        lock (_sync)
        {
            long minute = now / 60_000;
            if (minute != _weightMinute)
                (_weightMinute, _weight) = (minute, 0);
            _weight += weight;
            var weightEntry = new RateLimitCount("REQUEST_WEIGHT", "MINUTE", 1, 6000, _weight);
            if (account is null || !(countsOrder || showOrders))
                return [weightEntry];
            long tenSecond = now / 10_000, day = now / 86_400_000;
            _orders.TryGetValue(account, out var o);
            if (o.TenSecond != tenSecond)
                (o.TenSecond, o.TenSecondCount) = (tenSecond, 0);
            if (o.Day != day)
                (o.Day, o.DayCount) = (day, 0);
            if (countsOrder)
            {
                o.TenSecondCount++;
                o.DayCount++;
            }
            _orders[account] = o;
            return
            [
                new RateLimitCount("ORDERS", "SECOND", 10, 50, o.TenSecondCount),
                new RateLimitCount("ORDERS", "DAY", 1, 160_000, o.DayCount),
                weightEntry,
            ];
        }
    }

    /// <summary>Write writes "rateLimits":[{"rateLimitType":..,"interval":..,"intervalNum":..,"limit":..,"count":..}..].</summary>
    public static void Write(Utf8JsonWriter w, IReadOnlyList<RateLimitCount> limits)
    {
        w.WriteStartArray("rateLimits");
        foreach (RateLimitCount l in limits)
        {
            w.WriteStartObject();
            w.WriteString("rateLimitType", l.RateLimitType);
            w.WriteString("interval", l.Interval);
            w.WriteNumber("intervalNum", l.IntervalNum);
            w.WriteNumber("limit", l.Limit);
            w.WriteNumber("count", l.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
