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

    public WebSocketApiHub(RequestAuthenticator authenticator, MatchingEngine engine)
    {
        _authenticator = authenticator;
        _engine = engine;
    }

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
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                int length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), cts.Token);
                    length += result.Count;
                }
                while (!result.EndOfMessage && length < buffer.Length);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
                    break;
                }
                session.Peer.SendIgnoringStall(Handle(session, buffer.AsSpan(0, length)));
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
                return Error(request.IdJson, 400, -1000, "Unknown method.");
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
