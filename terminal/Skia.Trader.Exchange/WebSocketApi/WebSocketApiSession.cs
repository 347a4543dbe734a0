using System.Collections.Concurrent;
using Skia.Trader.Exchange.Streams;

namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>WebSocketApiSession is one WebSocket API connection and its user data subscriptions (subscription id -> account name).</summary>
internal sealed class WebSocketApiSession(WebSocketPeer peer)
{
    public WebSocketPeer Peer { get; } = peer;

    public ConcurrentDictionary<int, string> Subscriptions { get; } = new();

    public int NextSubscriptionId { get; set; }
}
