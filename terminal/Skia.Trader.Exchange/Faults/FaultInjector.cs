using System.Text;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Exchange.Streams;
using Skia.Trader.Exchange.WebSocketApi;

namespace Skia.Trader.Exchange.Faults;

/// <summary>
/// FaultInjector breaks the simulator on purpose, for tests of a client's recovery: REST
/// requests that fail (before or after doing their work), wait, or are rate limited; stream
/// connections dropped, stalled, sent a malformed frame or a serverShutdown; diff-depth
/// sequence ids skipped. Every method takes effect at once and is safe from any thread.
/// </summary>
public sealed class FaultInjector
{
    private readonly List<RestFault> _restFaults = new();
    private readonly List<WebSocketApiFault> _webSocketApiFaults = new();
    private readonly MatchingEngine _engine;
    private readonly MarketStreamHub _streams;
    private readonly WebSocketApiHub _webSocketApi;

    internal FaultInjector(MatchingEngine engine, MarketStreamHub streams, WebSocketApiHub webSocketApi)
    {
        _engine = engine;
        _streams = streams;
        _webSocketApi = webSocketApi;
    }

    /// <summary>FailNextRequests answers the next <paramref name="count"/> matching REST requests with <paramref name="statusCode"/>; with <paramref name="afterProcessing"/> the request is carried out first (the order exists, the client cannot know).</summary>
    public void FailNextRequests(int count, int statusCode = 503, string? pathPrefix = null, string? method = null, bool afterProcessing = false) =>
        Arm(new RestFault
        {
            Kind = afterProcessing ? RestFaultKind.FailAfter : RestFaultKind.FailBefore,
            StatusCode = statusCode,
            PathPrefix = pathPrefix,
            Method = method,
            Remaining = count,
        });

    /// <summary>DelayNextRequests holds the next <paramref name="count"/> matching REST requests for <paramref name="delay"/> before doing them.</summary>
    public void DelayNextRequests(int count, TimeSpan delay, string? pathPrefix = null, string? method = null) =>
        Arm(new RestFault { Kind = RestFaultKind.Delay, Delay = delay, PathPrefix = pathPrefix, Method = method, Remaining = count });

    /// <summary>RateLimitNextRequests answers the next <paramref name="count"/> matching REST requests with 429, Retry-After and code -1003.</summary>
    public void RateLimitNextRequests(int count, int retryAfterSeconds = 1, string? pathPrefix = null) =>
        Arm(new RestFault { Kind = RestFaultKind.RateLimit, RetryAfterSeconds = retryAfterSeconds, PathPrefix = pathPrefix, Remaining = count });

    /// <summary>ClearRequestFaults disarms every pending REST and WebSocket API request fault.</summary>
    public void ClearRequestFaults()
    {
        lock (_restFaults)
            _restFaults.Clear();
        lock (_webSocketApiFaults)
            _webSocketApiFaults.Clear();
    }

    /// <summary>DropMarketStreamConnections aborts every open market-stream connection (no close frame) and returns how many.</summary>
    public int DropMarketStreamConnections()
    {
        int n = 0;
        foreach (MarketStreamConnection c in _streams.Connections)
        {
            c.Abort();
            n++;
        }
        return n;
    }

    /// <summary>DropWebSocketApiConnections aborts every WebSocket API connection (user data) and returns how many.</summary>
    public int DropWebSocketApiConnections()
    {
        int n = 0;
        foreach (WebSocketPeer p in _webSocketApi.Peers)
        {
            p.Abort();
            n++;
        }
        return n;
    }

    /// <summary>
    /// DropWebSocketApiConnectionOnNextRequests aborts the WebSocket API connection (no answer, no close frame) that
    /// sends one of the next <paramref name="count"/> requests of <paramref name="method"/> (any method when null);
    /// with <paramref name="afterProcessing"/> the request is carried out first (an order exists, the client cannot know).
    /// </summary>
    public void DropWebSocketApiConnectionOnNextRequests(int count, string? method = null, bool afterProcessing = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_webSocketApiFaults)
            _webSocketApiFaults.Add(new WebSocketApiFault { Method = method, AfterProcessing = afterProcessing, Remaining = count });
    }

    internal WebSocketApiFault? TakeWebSocketApi(string method)
    {
        lock (_webSocketApiFaults)
        {
            for (int i = 0; i < _webSocketApiFaults.Count; i++)
            {
                WebSocketApiFault f = _webSocketApiFaults[i];
                if (f.Method is null || f.Method == method)
                {
                    if (--f.Remaining <= 0)
                        _webSocketApiFaults.RemoveAt(i);
                    return f;
                }
            }
            return null;
        }
    }

    /// <summary>SkipSequenceIds makes the next diff-depth event of <paramref name="symbol"/> start <paramref name="count"/> ids after the previous one ended plus one: a gap the client must detect.</summary>
    public void SkipSequenceIds(string symbol, int count = 10)
    {
        lock (_engine.Sync)
        {
            if (_engine.Books.TryGetValue(symbol, out SymbolBook? book))
                book.UpdateId += count;
        }
    }

    /// <summary>StallMarketStreams makes the connections open now go silent (frames dropped, connection kept) for <paramref name="duration"/>.</summary>
    public int StallMarketStreams(TimeSpan duration)
    {
        long until = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + (long)duration.TotalMilliseconds;
        int n = 0;
        foreach (MarketStreamConnection c in _streams.Connections)
        {
            c.StallUntil(until);
            n++;
        }
        return n;
    }

    /// <summary>SendMalformedFrame sends a broken text frame (by default a truncated depth event) on every market-stream connection.</summary>
    public void SendMalformedFrame(string? text = null) =>
        _streams.Broadcast(Encoding.UTF8.GetBytes(text ?? "{\"stream\":\"btcusdt@depth\",\"data\":{\"e\":\"depthUpdate\",\"E\":17,\"U\":"));

    /// <summary>SendServerShutdown sends {"e":"serverShutdown","E":..} on every market-stream connection, then drops them after <paramref name="closeAfter"/> when given.</summary>
    public void SendServerShutdown(TimeSpan? closeAfter = null)
    {
        _streams.Broadcast(StreamJson.ServerShutdown(_engine.Now));
        if (closeAfter is { } delay)
        {
            MarketStreamConnection[] doomed = [.. _streams.Connections];
            _ = Task.Delay(delay).ContinueWith(_ =>
            {
                foreach (MarketStreamConnection c in doomed)
                    c.Abort();
            }, TaskScheduler.Default);
        }
    }

    internal RestFault? Take(string method, string path)
    {
        lock (_restFaults)
        {
            for (int i = 0; i < _restFaults.Count; i++)
            {
                RestFault f = _restFaults[i];
                if ((f.PathPrefix is null || path.StartsWith(f.PathPrefix, StringComparison.Ordinal)) &&
                    (f.Method is null || string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase)))
                {
                    if (--f.Remaining <= 0)
                        _restFaults.RemoveAt(i);
                    return f;
                }
            }
            return null;
        }
    }

    private void Arm(RestFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fault.Remaining);
        lock (_restFaults)
            _restFaults.Add(fault);
    }
}
