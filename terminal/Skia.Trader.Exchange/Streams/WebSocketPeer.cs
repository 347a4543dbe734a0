using System.Net.WebSockets;
using System.Threading.Channels;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// WebSocketPeer is one accepted WebSocket with an outgoing queue drained by a single send
/// loop (a WebSocket allows one sender at a time), so publishers never wait on a slow client:
/// a client that lets 10,000 frames pile up is disconnected, as an exchange would.
/// </summary>
internal class WebSocketPeer
{
    // A slow consumer is cut off rather than buffered without bound.
    private const int MaxQueuedFrames = 10_000;
    private readonly Channel<byte[]> _outgoing = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(MaxQueuedFrames)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });
    private long _stalledUntil;

    public WebSocketPeer(WebSocket socket, long id)
    {
        Socket = socket;
        Id = id;
    }

    public WebSocket Socket { get; }

    public long Id { get; }

    /// <summary>Stall makes the peer silently drop every frame until the given time (ms), like a stream that hangs.</summary>
    public void StallUntil(long unixMillis) => Volatile.Write(ref _stalledUntil, unixMillis);

    public bool IsStalled => Volatile.Read(ref _stalledUntil) > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Send queues a text frame; false when dropped (stalled, closed or overflowing).</summary>
    public bool Send(byte[] frame)
    {
        if (IsStalled)
            return false;
        if (_outgoing.Writer.TryWrite(frame))
            return true;
        Abort(); // overflow: the client is not keeping up
        return false;
    }

    /// <summary>SendIgnoringStall queues a frame even while stalled (for fault frames).</summary>
    public void SendIgnoringStall(byte[] frame) => _outgoing.Writer.TryWrite(frame);

    /// <summary>Abort drops the TCP connection without a close handshake.</summary>
    public void Abort()
    {
        _outgoing.Writer.TryComplete();
        try
        {
            Socket.Abort();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Complete stops the send loop after what is queued.</summary>
    public void Complete() => _outgoing.Writer.TryComplete();

    public async Task RunSendLoopAsync(CancellationToken ct)
    {
        try
        {
            await foreach (byte[] frame in _outgoing.Reader.ReadAllAsync(ct))
            {
                if (Socket.State != WebSocketState.Open)
                    break;
                await Socket.SendAsync(frame, WebSocketMessageType.Text, true, ct);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
