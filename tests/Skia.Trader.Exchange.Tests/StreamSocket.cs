using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.Tests;

/// <summary>StreamSocket is the tests' own WebSocket reader: connect, send text, receive whole text frames with a deadline.</summary>
internal sealed class StreamSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    // One receive loop feeds a channel: cancelling a pending WebSocket receive would abort the
    // socket, so waits with a deadline happen on the channel instead.
    private readonly System.Threading.Channels.Channel<string> _frames = System.Threading.Channels.Channel.CreateUnbounded<string>();
    private Task? _loop;

    public WebSocketState State => _socket.State;

    public static async Task<StreamSocket> ConnectAsync(Uri uri)
    {
        var s = new StreamSocket();
        await s._socket.ConnectAsync(uri, CancellationToken.None);
        s._loop = s.ReceiveLoopAsync();
        return s;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 20];
        try
        {
            while (true)
            {
                int length = 0;
                ValueWebSocketReceiveResult r;
                do
                {
                    r = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                    length += r.Count;
                }
                while (!r.EndOfMessage);
                if (r.MessageType == WebSocketMessageType.Close)
                    break;
                _frames.Writer.TryWrite(Encoding.UTF8.GetString(buffer, 0, length));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }

    /// <summary>ReceiveAsync returns the next text frame, or null when the connection has ended or the deadline passes.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _frames.Reader.ReadAsync(cts.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>ReceiveJsonAsync waits for the next frame that parses and satisfies <paramref name="match"/>.</summary>
    public async Task<JsonElement?> ReceiveJsonAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            string? text = await ReceiveAsync(deadline - DateTime.UtcNow);
            if (text is null)
                return null;
            JsonElement e;
            try
            {
                e = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            if (match(e))
                return e;
        }
        return null;
    }

    /// <summary>ClosedAsync waits until the connection has ended (true) or the deadline passes (false).</summary>
    public async Task<bool> ClosedAsync(TimeSpan timeout)
    {
        Task done = _loop ?? Task.CompletedTask;
        return await Task.WhenAny(done, Task.Delay(timeout)) == done;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        _socket.Abort();
        if (_loop is not null)
            await _loop;
        _socket.Dispose();
    }
}
