using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Skia.Trader.Binance.Connection;

/// <summary>
/// WebSocketConnection keeps one <see cref="ClientWebSocket"/> to a Binance endpoint alive: it
/// connects, hands each complete text frame to a <see cref="FrameHandler"/> from a pooled buffer,
/// and reconnects with jittered exponential backoff when the socket fails, the server closes it,
/// no frame arrives for <see cref="ConnectionOptions.SilenceTimeout"/> (watchdog), the connection
/// nears Binance's 24 h cut, or the owner asks (e.g. on <c>serverShutdown</c>).
/// Pings are answered with a pong carrying the same payload by <see cref="ClientWebSocket"/> itself
/// while a receive is pending, which this loop always keeps; BINANCE.md's one-minute pong rule is met.
/// Every state change is raised through <see cref="StatusChanged"/>.
/// </summary>
internal sealed class WebSocketConnection : IAsyncDisposable
{
    private readonly Func<Uri> _uri;
    private readonly FrameHandler _onFrame;
    private readonly Func<WebSocketConnection, CancellationToken, Task>? _onConnected;
    private readonly ConnectionOptions _options;
    private readonly ReconnectBackoff _backoff;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    // Binance's market streams allow 5 incoming messages per second per connection (ConnectionOptions.MaxSendsPerSecond).
    private readonly long[] _recentSends;
    private readonly CancellationTokenSource _stop = new();
    private int _recentSendIndex;
    private ClientWebSocket? _socket;
    private CancellationTokenSource? _connectionCancel;
    private string? _restartReason;
    private long _lastFrameTimestamp;
    private Task? _loop;
    private int _connects;
    private byte[] _buffer = [];

    /// <summary>
    /// Creates a connection. <paramref name="uri"/> is asked again before each connect (the subscribed
    /// streams may change); <paramref name="onConnected"/> runs after each connect, before frames are read,
    /// and may only send (e.g. subscribe), not wait for answers.
    /// </summary>
    public WebSocketConnection(Func<Uri> uri, FrameHandler onFrame, ConnectionOptions options,
        Func<WebSocketConnection, CancellationToken, Task>? onConnected = null)
    {
        _uri = uri;
        _onFrame = onFrame;
        _options = options;
        _onConnected = onConnected;
        _recentSends = new long[Math.Max(1, options.MaxSendsPerSecond)];
        _backoff = new ReconnectBackoff(options.InitialBackoff, options.MaximumBackoff, options.BackoffSeed);
    }

    /// <summary>Status is the latest state change.</summary>
    public ConnectionStatus Status { get; private set; } = new(ConnectionState.Idle, "not started", 0, TimeSpan.Zero);

    /// <summary>StatusChanged is raised on the connection's own thread at every state change.</summary>
    public event Action<ConnectionStatus>? StatusChanged;

    /// <summary>
    /// RenewalDue, when set, is called (at every watchdog check) once the connection nears the 24 h cut, instead of the
    /// connection reconnecting itself: the owner opens a successor and retires this one when the successor has caught up.
    /// </summary>
    public Action<WebSocketConnection>? RenewalDue { get; set; }

    /// <summary>FramesReceived counts every complete text frame handed to the handler.</summary>
    public long FramesReceived { get; private set; }

    /// <summary>Start begins connecting in the background; call once.</summary>
    public void Start()
    {
        if (_loop != null) throw new InvalidOperationException("Already started.");
        _loop = Task.Run(RunAsync);
    }

    /// <summary>RequestReconnect closes the current socket and connects again (after a short backoff), saying why.</summary>
    public void RequestReconnect(string reason)
    {
        _restartReason ??= reason;
        try { _connectionCancel?.Cancel(); } catch (ObjectDisposedException) { }
    }

    /// <summary>SendAsync sends one text message, pacing sends to Binance's 5 per second.</summary>
    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long oldest = _options.MaxSendsPerSecond > 0 ? _recentSends[_recentSendIndex] : 0;
            long wait = oldest == 0 ? 0 : 1000 - (long)Stopwatch.GetElapsedTime(oldest).TotalMilliseconds;
            if (wait > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken).ConfigureAwait(false);
            ClientWebSocket socket = _socket ?? throw new WebSocketException("Not connected.");
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            _recentSends[_recentSendIndex] = Stopwatch.GetTimestamp();
            _recentSendIndex = (_recentSendIndex + 1) % _recentSends.Length;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void Raise(ConnectionState state, string reason, TimeSpan retryIn = default)
    {
        Status = new ConnectionStatus(state, reason, _connects, retryIn);
        StatusChanged?.Invoke(Status);
    }

    private async Task RunAsync()
    {
        CancellationToken stop = _stop.Token;
        _buffer = ArrayPool<byte>.Shared.Rent(_options.ReceiveBufferSize);
        string reason = "starting";
        try
        {
            while (!stop.IsCancellationRequested)
            {
                Raise(ConnectionState.Connecting, reason);
                using var socket = new ClientWebSocket();
                // Binance pings us; unsolicited keep-alive pongs would only spend the 5 messages/s budget.
                socket.Options.KeepAliveInterval = TimeSpan.Zero;
                using var connectionCancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
                _restartReason = null;
                try
                {
                    using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(connectionCancel.Token))
                    {
                        connectTimeout.CancelAfter(_options.ConnectTimeout);
                        await socket.ConnectAsync(_uri(), connectTimeout.Token).ConfigureAwait(false);
                    }
                    _socket = socket;
                    _connectionCancel = connectionCancel;
                    _connects++;
                    _lastFrameTimestamp = Stopwatch.GetTimestamp();
                    Raise(ConnectionState.Connected, _connects == 1 ? "connected" : "reconnected after: " + reason);
                    if (_onConnected != null) await _onConnected(this, connectionCancel.Token).ConfigureAwait(false);
                    reason = await ReceiveUntilClosedAsync(socket, connectionCancel).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // Whatever broke this connection (network, server, a handler bug), the loop must survive it and say why.
                    reason = _restartReason ?? (stop.IsCancellationRequested ? "stopped" : Describe(e));
                }
                finally
                {
                    _socket = null;
                    _connectionCancel = null;
                }
                if (stop.IsCancellationRequested) break;
                if (socket.State == WebSocketState.Open)
                {
                    // A deliberate restart: say goodbye properly, but never wait long for it.
                    using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                    try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", closeTimeout.Token).ConfigureAwait(false); }
                    catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException) { }
                }
                TimeSpan delay = _backoff.NextDelay();
                Raise(ConnectionState.Reconnecting, reason, delay);
                try { await Task.Delay(delay, stop).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            Raise(ConnectionState.Stopped, "stopped");
        }
    }

    private async Task<string> ReceiveUntilClosedAsync(ClientWebSocket socket, CancellationTokenSource connectionCancel)
    {
        byte[] buffer = _buffer;
        CancellationToken token = connectionCancel.Token;
        DateTime connectedAt = DateTime.UtcNow;
        using var watchdog = new Timer(_ => CheckHealth(connectedAt), null, _options.WatchdogPeriod, _options.WatchdogPeriod);
        int length = 0;
        bool healthy = false;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length >= _options.MaxMessageSize) return $"message larger than {_options.MaxMessageSize} bytes";
                byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                _buffer = buffer = bigger;
            }
            ValueWebSocketReceiveResult result = await socket.ReceiveAsync(buffer.AsMemory(length), token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return $"closed by server ({socket.CloseStatus} {socket.CloseStatusDescription})";
            }
            length += result.Count;
            if (!result.EndOfMessage) continue;
            _lastFrameTimestamp = Stopwatch.GetTimestamp();
            if (result.MessageType == WebSocketMessageType.Text)
            {
                FramesReceived++;
                if (!healthy)
                {
                    healthy = true;
                    _backoff.Reset();
                }
                _onFrame(buffer.AsSpan(0, length));
            }
            length = 0;
        }
    }

    private void CheckHealth(DateTime connectedAt)
    {
        if (Stopwatch.GetElapsedTime(_lastFrameTimestamp) > _options.SilenceTimeout)
        {
            RequestReconnect($"no data for {_options.SilenceTimeout.TotalSeconds:0.#} s");
        }
        else if (DateTime.UtcNow - connectedAt > _options.MaxConnectionAge)
        {
            // With an owner that renews, it is told at every check until it has replaced this connection (it may be busy
            // finishing the previous renewal when this one first comes due).
            if (RenewalDue is { } renew)
                renew(this);
            else
                RequestReconnect("renewing before the 24 h connection limit");
        }
    }

    private static string Describe(Exception e) => e switch
    {
        WebSocketException w => "socket error: " + w.Message,
        OperationCanceledException => "connect timed out",
        _ => e.GetType().Name + ": " + e.Message,
    };

    /// <summary>DisposeAsync stops the connection and waits for its loop to end.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { _connectionCancel?.Cancel(); } catch (ObjectDisposedException) { }
        if (_loop != null) await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
