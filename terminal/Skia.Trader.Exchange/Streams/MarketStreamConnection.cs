using System.Net.WebSockets;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// MarketStreamConnection is one client of the market streams: raw (/ws/...: payloads as they
/// are) or combined (/stream?streams=...: each wrapped as {"stream","data"}), with the set of
/// streams it is subscribed to.
/// </summary>
internal sealed class MarketStreamConnection(WebSocket socket, long id, bool combined) : WebSocketPeer(socket, id)
{
    private readonly HashSet<string> _streams = new(StringComparer.Ordinal);

    public bool Combined { get; } = combined;

    /// <summary>Opened is when the connection was accepted (ms), the zero of a replay's clock.</summary>
    public long Opened { get; } = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public bool IsSubscribed(string stream)
    {
        lock (_streams)
            return _streams.Contains(stream);
    }

    public void Subscribe(string stream)
    {
        lock (_streams)
            _streams.Add(stream);
    }

    /// <summary>TrySubscribeAll adds every stream, or none when the connection would then listen to more than <paramref name="max"/>.</summary>
    public bool TrySubscribeAll(IReadOnlyCollection<string> streams, int max)
    {
        lock (_streams)
        {
            int added = 0;
            foreach (string s in streams)
            {
                if (!_streams.Contains(s))
                    added++;
            }
            if (_streams.Count + added > max)
                return false;
            foreach (string s in streams)
                _streams.Add(s);
            return true;
        }
    }

    public void Unsubscribe(string stream)
    {
        lock (_streams)
            _streams.Remove(stream);
    }

    public string[] Streams
    {
        get
        {
            lock (_streams)
                return [.. _streams];
        }
    }

    /// <summary>Deliver sends a stream's payload in this connection's form when it is subscribed.</summary>
    public void Deliver(string stream, byte[] raw, Func<byte[]> combinedFrame)
    {
        if (IsSubscribed(stream))
            Send(Combined ? combinedFrame() : raw);
    }
}
