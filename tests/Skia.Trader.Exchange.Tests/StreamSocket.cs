using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.Tests;

/// <summary>StreamSocket is the tests' own WebSocket reader: connect, send text, receive whole text frames with a deadline.</summary>
internal sealed class StreamSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[1 << 20];

    public WebSocketState State => _socket.State;

    public static async Task<StreamSocket> ConnectAsync(Uri uri)
    {
        var s = new StreamSocket();
        await s._socket.ConnectAsync(uri, CancellationToken.None);
        return s;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>ReceiveAsync returns the next text frame, or null when the connection ends or the deadline passes.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        int length = 0;
        try
        {
            while (true)
            {
                ValueWebSocketReceiveResult r = await _socket.ReceiveAsync(_buffer.AsMemory(length), cts.Token);
                if (r.MessageType == WebSocketMessageType.Close)
                    return null;
                length += r.Count;
                if (r.EndOfMessage)
                    return Encoding.UTF8.GetString(_buffer, 0, length);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
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
        _socket.Dispose();
    }
}
