using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Skia.Trader.Exchange.Tests;

/// <summary>
/// FrameSocket is a WebSocket client for framing tests: it sends arbitrary bytes as one text
/// message (invalid UTF-8 included) and reports every message and the close status it got.
/// </summary>
internal sealed class FrameSocket : IDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<FrameSocket> ConnectAsync(Uri uri)
    {
        var s = new FrameSocket();
        await s._socket.ConnectAsync(uri, CancellationToken.None);
        return s;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public Task SendAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>ReceiveAsync returns the next whole message as text, or null when the server closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<string?> ReceiveAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // liveness, not timing
        var buffer = new byte[1 << 20];
        int length = 0;
        ValueWebSocketReceiveResult r;
        do
        {
            r = await _socket.ReceiveAsync(buffer.AsMemory(length), deadline.Token);
            length += r.Count;
        }
        while (!r.EndOfMessage);
        return r.MessageType == WebSocketMessageType.Close ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>ReceiveJsonAsync returns the next message parsed (it fails the test if the server closed instead).</summary>
    public async Task<JsonElement> ReceiveJsonAsync()
    {
        string? text = await ReceiveAsync();
        Assert.True(text is not null, $"the server closed the connection ({CloseStatus}) instead of answering");
        return JsonDocument.Parse(text!).RootElement.Clone();
    }

    public void Dispose()
    {
        _socket.Abort();
        _socket.Dispose();
    }
}
