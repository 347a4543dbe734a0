using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Skia.Trader.Exchange.Json;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// MarketStreamHub accepts market-stream WebSockets, handles their SUBSCRIBE / UNSUBSCRIBE /
/// LIST_SUBSCRIPTIONS requests, and fans published payloads out to the subscribed connections
/// (serialising each payload once, and the combined wrapper at most once).
/// </summary>
internal sealed class MarketStreamHub
{
    // Binance allows 5 incoming messages per second per connection and drops clients over it.
    private const int MaxIncomingPerSecond = 5;

    /// <summary>MaxStreamsPerConnection is Binance's cap: "A single connection can listen to a maximum of 1024 streams."</summary>
    public const int MaxStreamsPerConnection = 1024;

    // The largest control message read; a SUBSCRIBE of 1024 stream names fits.
    private const int MaxMessageBytes = 64 * 1024;
    private readonly ConcurrentDictionary<long, MarketStreamConnection> _connections = new();
    private long _nextId;

    /// <summary>ConnectionOpened is raised for each new connection (replay mode starts its feed there).</summary>
    public event Action<MarketStreamConnection>? ConnectionOpened;

    public IEnumerable<MarketStreamConnection> Connections => _connections.Values;

    public int ConnectionCount => _connections.Count;

    public bool HasSubscribers(string stream)
    {
        foreach (MarketStreamConnection c in _connections.Values)
        {
            if (c.IsSubscribed(stream))
                return true;
        }
        return false;
    }

    /// <summary>Publish delivers a payload to every subscriber of <paramref name="stream"/>; the payload is built only if someone listens.</summary>
    public void Publish<TState>(string stream, TState state, Func<TState, byte[]> build)
    {
        byte[]? raw = null, combined = null;
        foreach (MarketStreamConnection c in _connections.Values)
        {
            if (!c.IsSubscribed(stream))
                continue;
            raw ??= build(state);
            if (c.Combined)
                c.Send(combined ??= StreamJson.Combined(stream, raw));
            else
                c.Send(raw);
        }
    }

    /// <summary>Broadcast sends the same frame to every connection (faults, serverShutdown).</summary>
    public void Broadcast(byte[] frame)
    {
        foreach (MarketStreamConnection c in _connections.Values)
            c.SendIgnoringStall(frame);
    }

    /// <summary>ConnectionLifetime is when every connection is cut, as Binance does after 24 h.</summary>
    public TimeSpan ConnectionLifetime { get; set; } = TimeSpan.FromHours(24);

    public async Task RunAsync(WebSocket socket, bool combined, IEnumerable<string> streams, CancellationToken ct)
    {
        var connection = new MarketStreamConnection(socket, Interlocked.Increment(ref _nextId), combined);
        foreach (string s in streams)
            connection.Subscribe(s);
        _connections[connection.Id] = connection;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task sending = connection.RunSendLoopAsync(cts.Token);
        using var lifetime = new CancellationTokenSource(ConnectionLifetime);
        using CancellationTokenRegistration cut = lifetime.Token.Register(connection.Abort);
        try
        {
            ConnectionOpened?.Invoke(connection);
            await ReceiveLoopAsync(connection, cts.Token);
        }
        finally
        {
            _connections.TryRemove(connection.Id, out _);
            connection.Complete();
            await cts.CancelAsync();
            await sending;
        }
    }

    private static async Task ReceiveLoopAsync(MarketStreamConnection connection, CancellationToken ct)
    {
        var buffer = new byte[MaxMessageBytes];
        long windowStart = 0;
        int inWindow = 0;
        try
        {
            while (connection.Socket.State == WebSocketState.Open)
            {
                int length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer.AsMemory(length), ct);
                    length += result.Count;
                    if (length == buffer.Length && !result.EndOfMessage)
                    {
                        await connection.Socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "message too big", ct);
                        return;
                    }
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", ct);
                    return;
                }
                long now = Environment.TickCount64;
                if (now - windowStart >= 1000)
                {
                    windowStart = now;
                    inWindow = 0;
                }
                if (++inWindow > MaxIncomingPerSecond)
                {
                    await connection.Socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Too many requests", ct);
                    return;
                }
                // Text frames arrive relabelled as binary (TextFrameRelabelingStream): UTF-8 is checked here,
                // so a bad byte gets an error reply instead of a dropped connection.
                byte[]? reply = System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, length))
                    ? HandleRequest(connection, buffer.AsSpan(0, length))
                    : ErrorReply(null, 3, "Invalid JSON: the message is not valid UTF-8");
                if (reply is not null)
                    connection.SendIgnoringStall(reply);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }

    /// <summary>HandleRequest answers {"method":"SUBSCRIBE","params":[...],"id":1} and friends, in Binance's reply shapes.</summary>
    internal static byte[]? HandleRequest(MarketStreamConnection connection, ReadOnlySpan<byte> json)
    {
        string? method = null;
        var parameters = new List<string>();
        ulong? id = null;
        bool idValid = false;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return ErrorReply(null, 3, "Invalid JSON: expected an object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "method" when reader.TokenType == JsonTokenType.String:
                        method = reader.GetString();
                        break;
                    case "id":
                        // Binance: "request ID must be an unsigned integer" (a fraction, a string or null is refused).
                        ulong value = 0;
                        idValid = reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out value);
                        id = idValid ? value : null;
                        if (!idValid)
                            reader.Skip();
                        break;
                    case "params" when reader.TokenType == JsonTokenType.StartArray:
                        while (reader.Read() && reader.TokenType == JsonTokenType.String)
                            parameters.Add(reader.GetString()!);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return ErrorReply(null, 3, "Invalid JSON: malformed");
        }
        if (!idValid)
            return ErrorReply(null, 2, "Invalid request: request ID must be an unsigned integer");
        switch (method)
        {
            case "SUBSCRIBE":
                // All or nothing: a SUBSCRIBE that would pass the 1024-stream cap subscribes to none.
                if (!connection.TrySubscribeAll(parameters, MaxStreamsPerConnection))
                    return ErrorReply(id, 2, "Invalid request: too many parameters");
                return NullResult(id);
            case "UNSUBSCRIBE":
                foreach (string p in parameters)
                    connection.Unsubscribe(p);
                return NullResult(id);
            case "LIST_SUBSCRIPTIONS":
                return JsonDocumentWriter.Write((id, connection.Streams), static (w, s) =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("result");
                    foreach (string stream in s.Streams)
                        w.WriteStringValue(stream);
                    w.WriteEndArray();
                    WriteId(w, s.id);
                    w.WriteEndObject();
                });
            default:
                return ErrorReply(id, 2, "Invalid request: unknown method");
        }
    }

    private static byte[] NullResult(ulong? id) => JsonDocumentWriter.Write(id, static (w, i) =>
    {
        w.WriteStartObject();
        w.WriteNull("result");
        WriteId(w, i);
        w.WriteEndObject();
    });

    private static byte[] ErrorReply(ulong? id, int code, string message) => JsonDocumentWriter.Write((id, code, message), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteNumber("code", s.code);
        w.WriteString("msg", s.message);
        w.WriteEndObject();
        WriteId(w, s.id);
        w.WriteEndObject();
    });

    private static void WriteId(Utf8JsonWriter w, ulong? id)
    {
        if (id is { } value)
            w.WriteNumber("id", value);
        else
            w.WriteNull("id");
    }

    /// <summary>TooManyStreams is the refusal of a connection URL naming more than <see cref="MaxStreamsPerConnection"/> streams (-1101 in Binance's words).</summary>
    public static Matching.ExchangeError TooManyStreams(int count) =>
        new(400, -1101, $"Too many parameters; expected '{MaxStreamsPerConnection}' and received '{count}'.");

    /// <summary>ParseStreamList splits "a/b/c" into stream names.</summary>
    public static string[] ParseStreamList(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
