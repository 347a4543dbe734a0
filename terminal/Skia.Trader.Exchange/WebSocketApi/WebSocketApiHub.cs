using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Exchange.Streams;

namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>
/// WebSocketApiHub serves the WebSocket API subset the terminal uses at /ws-api/v3: ping, time,
/// userDataStream.subscribe.signature and userDataStream.unsubscribe; user data events
/// (executionReport, outboundAccountPosition) then arrive as {"subscriptionId":n,"event":{..}}.
/// </summary>
internal sealed class WebSocketApiHub
{
    private readonly ConcurrentDictionary<long, WebSocketApiSession> _sessions = new();
    private readonly RequestAuthenticator _authenticator;
    private readonly MatchingEngine _engine;
    private long _nextId;
    private RequestWeightWindow _weight = new(6000);

    // The largest request read; Binance's requests are a few hundred bytes. Over it: close 1009, as the market streams do.
    private const int MaxMessageBytes = 64 * 1024;
    // "Connecting to WebSocket API costs 2 weight"; each request here weighs 1 (ping, time, user data subscriptions).
    private const int ConnectWeight = 2, RequestWeight = 1;

    /// <summary>WeightPerMinute is the REQUEST_WEIGHT limit (Binance: 6000 per minute per IP); over it requests get 429 / -1003.</summary>
    public int WeightPerMinute
    {
        get => _weight.Limit;
        init => _weight = new RequestWeightWindow(value);
    }

    public WebSocketApiHub(RequestAuthenticator authenticator, MatchingEngine engine)
    {
        _authenticator = authenticator;
        _engine = engine;
    }

    /// <summary>Orders serves the trading and order-query methods (WebSocketApi/WebSocketApiOrderMethods.cs); set once by the host.</summary>
    public WebSocketApiOrderMethods? Orders { get; set; }

    public IEnumerable<WebSocketPeer> Peers => _sessions.Values.Select(s => s.Peer);

    public void OnExecutionReport(Account account, ExecutionReport report) =>
        Push(account, report, static (w, r) => StreamJson.WriteExecutionReport(w, r));

    public void OnListStatus(Account account, ListStatusReport report) =>
        Push(account, report, static (w, r) => StreamJson.WriteListStatus(w, r));

    public void OnAccountPosition(Account account, long time, IReadOnlyCollection<string> assets)
    {
        var balances = assets.OrderBy(a => a, StringComparer.Ordinal)
            .Select(a => new BalanceRecord(a, Skia.Trader.Core.Numerics.Quantity.FromRaw(account.Free(a)), Skia.Trader.Core.Numerics.Quantity.FromRaw(account.Locked(a))))
            .ToList();
        Push(account, (time, balances), static (w, s) => StreamJson.WriteAccountPosition(w, s.time, s.balances));
    }

    private void Push<TState>(Account account, TState state, Action<Utf8JsonWriter, TState> writeEvent)
    {
        foreach (WebSocketApiSession session in _sessions.Values)
        {
            foreach (var (subscriptionId, subscribed) in session.Subscriptions)
            {
                if (subscribed != account.Name)
                    continue;
                session.Peer.Send(JsonDocumentWriter.Write((subscriptionId, state, writeEvent), static (w, s) =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("subscriptionId", s.subscriptionId);
                    w.WritePropertyName("event");
                    s.writeEvent(w, s.state);
                    w.WriteEndObject();
                }));
            }
        }
    }

    public async Task RunAsync(WebSocket socket, CancellationToken ct)
    {
        var session = new WebSocketApiSession(new WebSocketPeer(socket, Interlocked.Increment(ref _nextId)));
        _sessions[session.Peer.Id] = session;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task sending = session.Peer.RunSendLoopAsync(cts.Token);
        var buffer = new byte[MaxMessageBytes];
        _weight.TryTake(ConnectWeight, _engine.Now, out _);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                int length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        // One request per message: an oversized one is refused whole, never read as several.
                        await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "message too big", cts.Token);
                        return;
                    }
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), cts.Token);
                    length += result.Count;
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
                    break;
                }
                session.Peer.SendIgnoringStall(Screen(buffer.AsSpan(0, length)) ?? Handle(session, buffer.AsSpan(0, length)));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _sessions.TryRemove(session.Peer.Id, out _);
            session.Peer.Complete();
            await cts.CancelAsync();
            await sending;
        }
    }

    /// <summary>
    /// Screen answers what must not reach a method: invalid UTF-8 (text frames arrive relabelled as
    /// binary, see TextFrameRelabelingStream), unreadable JSON or id, and requests over the weight limit.
    /// </summary>
    private byte[]? Screen(ReadOnlySpan<byte> message)
    {
        if (!System.Text.Unicode.Utf8.IsValid(message))
            return Error("null"u8.ToArray(), 400, InvalidJson.Code, InvalidJson.Message);
        WebSocketApiRequest.TryParse(message, out WebSocketApiRequest request);
        if (!request.IsJsonObject)
            return Error("null"u8.ToArray(), 400, InvalidJson.Code, InvalidJson.Message);
        if (request.IdState != WebSocketApiRequest.IdProblem.None)
            return Error("null"u8.ToArray(), 400, BadId.Code, BadId.Message);
        long now = _engine.Now;
        if (!_weight.TryTake(RequestWeight, now, out long retryAfter))
        {
            string message429 = $"Too much request weight used; current limit is {_weight.Limit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.";
            return JsonDocumentWriter.Write((request.IdJson, message429, now, retryAfter), static (w, s) =>
            {
                w.WriteStartObject();
                w.WritePropertyName("id");
                w.WriteRawValue(s.IdJson);
                w.WriteNumber("status", 429);
                w.WriteStartObject("error");
                w.WriteNumber("code", -1003);
                w.WriteString("msg", s.message429);
                w.WriteStartObject("data");
                w.WriteNumber("serverTime", s.now);
                w.WriteNumber("retryAfter", s.retryAfter);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }
        return null;
    }

    private static readonly ExchangeError InvalidJson = new(400, -1135, "Invalid JSON Request");
    private static readonly ExchangeError BadId = ExchangeError.Mandatory("id");

    private byte[] Handle(WebSocketApiSession session, ReadOnlySpan<byte> json)
    {
        if (!WebSocketApiRequest.TryParse(json, out WebSocketApiRequest request))
            return Error(request.IdJson, 400, -1100, "Malformed request.");
        long now = _engine.Now;
        switch (request.Method)
        {
            case "ping":
                return Result(request.IdJson, static _ => { });
            case "time":
                return Result(request.IdJson, w => w.WriteNumber("serverTime", now));
            case "userDataStream.subscribe.signature":
            {
                request.Params.TryGetValue("apiKey", out string? apiKey);
                request.Params.TryGetValue("signature", out string? signature);
                request.Params.TryGetValue("timestamp", out string? timestamp);
                request.Params.TryGetValue("recvWindow", out string? recvWindow);
                ExchangeError? error = _authenticator.Authenticate(apiKey, request.SignaturePayload(), signature, timestamp, recvWindow);
                if (error is not null)
                    return Error(request.IdJson, error.HttpStatus, error.Code, error.Message);
                _engine.GetOrAddAccount(apiKey!);
                int id = session.NextSubscriptionId++;
                session.Subscriptions[id] = apiKey!;
                return Result(request.IdJson, w => w.WriteNumber("subscriptionId", id));
            }
            case "userDataStream.unsubscribe":
                if (request.Params.TryGetValue("subscriptionId", out string? sub) && int.TryParse(sub, out int subId))
                    session.Subscriptions.TryRemove(subId, out _);
                else
                    session.Subscriptions.Clear();
                return Result(request.IdJson, static _ => { });
            default:
                return Orders?.Handle(session, request) ?? Error(request.IdJson, 400, -1000, "Unknown method.");
        }
    }

    private static byte[] Result(byte[] idJson, Action<Utf8JsonWriter> writeResult) => JsonDocumentWriter.Write((idJson, writeResult), static (w, s) =>
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        w.WriteRawValue(s.idJson);
        w.WriteNumber("status", 200);
        w.WriteStartObject("result");
        s.writeResult(w);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static byte[] Error(byte[] idJson, int status, int code, string message) => JsonDocumentWriter.Write((idJson, status, code, message), static (w, s) =>
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        w.WriteRawValue(s.idJson);
        w.WriteNumber("status", s.status);
        w.WriteStartObject("error");
        w.WriteNumber("code", s.code);
        w.WriteString("msg", s.message);
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
