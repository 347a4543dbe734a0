using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Rest.Wire;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Connection;

/// <summary>
/// WebSocketApiClient places, cancels and queries orders over Binance's WebSocket API (BINANCE.md, "Orders
/// over the WebSocket API"): one connection, opened by <see cref="Start"/> at start-up and kept open
/// (reconnecting with backoff), so no order waits for a connect. Each request is signed on its own, as
/// HMAC keys require (session.logon takes Ed25519 keys only): apiKey, timestamp (server-corrected, from the
/// REST client's clock) and recvWindow join the parameters, which are sorted by name and signed as
/// <c>k=v&amp;..</c>. Answers are matched to requests by id. A request whose connection drops before the
/// answer, or whose answer does not come within <see cref="RequestTimeout"/>, fails with
/// <see cref="BinanceApiException.OutcomeUnknown"/> set: the exchange may have acted on it. A request made while
/// not connected fails with <see cref="WebSocketApiUnavailableException"/>: nothing was sent.
/// </summary>
public sealed class WebSocketApiClient : IAsyncDisposable
{
    private readonly BinanceRestClient _rest;
    private readonly WebSocketConnection _connection;
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _firstConnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId;
    private volatile bool _connected;

    /// <summary>Creates the client; <paramref name="rest"/> must carry credentials: its key and secret sign each request and its measured clock offset dates them.</summary>
    public WebSocketApiClient(BinanceEndpoint endpoint, BinanceRestClient rest, ConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(rest);
        if (rest.Credentials is null) throw new ArgumentException("The WebSocket API order path needs API credentials.", nameof(rest));
        _rest = rest;
        // Requests are limited by weight, not by message count; and an idle order connection is normal (the server's pings keep it alive).
        ConnectionOptions connection = (options ?? new ConnectionOptions { SilenceTimeout = TimeSpan.FromDays(2) }) with { MaxSendsPerSecond = 0 };
        _connection = new WebSocketConnection(() => endpoint.WebSocketApi, OnFrame, connection);
        _connection.StatusChanged += OnStatus;
    }

    /// <summary>IsConnected says whether a request sent now goes out at once on the open connection.</summary>
    public bool IsConnected => _connected;

    /// <summary>Status is the connection's latest state change (Connects counts every connect made).</summary>
    public ConnectionStatus Status => _connection.Status;

    /// <summary>StatusChanged is raised on the connection's thread at every state change.</summary>
    public event Action<ConnectionStatus>? StatusChanged;

    /// <summary>RequestTimeout is how long a request may wait for its answer before its outcome counts as unknown.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>RateLimits holds the latest counts from the answers' rateLimits arrays (REQUEST_WEIGHT per minute, ORDERS per 10 s).</summary>
    public RateLimitState RateLimits { get; } = new();

    /// <summary>Start opens the connection in the background; <see cref="WaitUntilConnectedAsync"/> waits for it.</summary>
    public void Start() => _connection.Start();

    /// <summary>WaitUntilConnectedAsync returns true once the first connect has succeeded, false if <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitUntilConnectedAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Task done = await Task.WhenAny(_firstConnect.Task, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return done == _firstConnect.Task && _connected;
    }

    /// <summary>PlaceOrderAsync sends order.place with the order's client order id (made before sending) and the FULL answer, as REST does.</summary>
    public async Task<OrderReport> PlaceOrderAsync(Order order, CancellationToken cancellationToken = default)
    {
        byte[] result = await CallAsync("order.place", Split(BinanceRestClient.NewOrderRequest(order)), cancellationToken).ConfigureAwait(false);
        return RestMapping.ToReport(Deserialize(result, RestJsonContext.Default.OrderDto), order.ClientOrderId);
    }

    /// <summary>TestOrderAsync sends order.test: the exchange validates the order (filters, balance-free checks) without placing it.</summary>
    public async Task TestOrderAsync(Order order, CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> parameters = Split(BinanceRestClient.NewOrderRequest(order));
        parameters.RemoveAll(p => p.Key == "newOrderRespType");
        await CallAsync("order.test", parameters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>CancelOrderAsync sends order.cancel by client order id; the answer has status CANCELED.</summary>
    public async Task<OrderReport> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken cancellationToken = default)
    {
        byte[] result = await CallAsync("order.cancel", [new("symbol", symbol), new("origClientOrderId", clientOrderId)], cancellationToken).ConfigureAwait(false);
        return RestMapping.ToReport(Deserialize(result, RestJsonContext.Default.OrderDto), clientOrderId);
    }

    /// <summary>QueryOrderAsync sends order.status by client order id; null when the exchange says it does not exist (-2013).</summary>
    public async Task<OrderReport?> QueryOrderAsync(string symbol, string clientOrderId, CancellationToken cancellationToken = default)
    {
        try
        {
            byte[] result = await CallAsync("order.status", [new("symbol", symbol), new("origClientOrderId", clientOrderId)], cancellationToken).ConfigureAwait(false);
            return RestMapping.ToReport(Deserialize(result, RestJsonContext.Default.OrderDto), clientOrderId);
        }
        catch (BinanceApiException e) when (e.OrderDoesNotExist)
        {
            return null;
        }
    }

    /// <summary>GetOpenOrdersAsync sends openOrders.status, of one symbol (weight 6) or of all (weight 80).</summary>
    public async Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(string? symbol = null, CancellationToken cancellationToken = default)
    {
        byte[] result = await CallAsync("openOrders.status", symbol is null ? [] : [new("symbol", symbol)], cancellationToken).ConfigureAwait(false);
        return Deserialize(result, RestJsonContext.Default.ListOrderDto).Select(d => RestMapping.ToReport(d, null)).ToList();
    }

    /// <summary>CancelAllAsync sends openOrders.cancelAll for one symbol and returns the cancelled orders (-2011 when none was open).</summary>
    public async Task<IReadOnlyList<OrderReport>> CancelAllAsync(string symbol, CancellationToken cancellationToken = default)
    {
        byte[] result = await CallAsync("openOrders.cancelAll", [new("symbol", symbol)], cancellationToken).ConfigureAwait(false);
        return Deserialize(result, RestJsonContext.Default.ListOrderDto).Select(d => RestMapping.ToReport(d, d.OrigClientOrderId)).ToList();
    }

    /// <summary>
    /// CancelReplaceAsync sends order.cancelReplace (STOP_ON_FAILURE: nothing is placed if the cancel fails): cancels
    /// <paramref name="clientOrderIdToCancel"/> and places <paramref name="replacement"/>. A failure of either half is a
    /// <see cref="BinanceApiException"/> with -2022 (nothing placed) or -2021 (one half done; query both orders).
    /// </summary>
    public async Task<(OrderReport Canceled, OrderReport Placed)> CancelReplaceAsync(string clientOrderIdToCancel, Order replacement,
        CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> parameters = Split(BinanceRestClient.NewOrderRequest(replacement));
        parameters.Add(new("cancelReplaceMode", "STOP_ON_FAILURE"));
        parameters.Add(new("cancelOrigClientOrderId", clientOrderIdToCancel));
        byte[] result = await CallAsync("order.cancelReplace", parameters, cancellationToken).ConfigureAwait(false);
        CancelReplaceDto answer = Deserialize(result, WebSocketApiJsonContext.Default.CancelReplaceDto);
        if (answer.CancelResponse is null || answer.NewOrderResponse is null)
            throw new BinanceApiException(200, 0, "order.cancelReplace answer without both orders.", outcomeUnknown: true);
        return (RestMapping.ToReport(answer.CancelResponse, clientOrderIdToCancel), RestMapping.ToReport(answer.NewOrderResponse, replacement.ClientOrderId));
    }

    /// <summary>CallAsync signs and sends one request and returns its "result" as JSON bytes; -1021 (clock) re-measures the clock and retries once, as the request was refused.</summary>
    private async Task<byte[]> CallAsync(string method, List<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await CallOnceAsync(method, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceApiException e) when (e.Code == -1021)
        {
            await _rest.SyncClockAsync(cancellationToken).ConfigureAwait(false);
            return await CallOnceAsync(method, parameters, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<byte[]> CallOnceAsync(string method, List<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        DateTimeOffset blockedUntil = RateLimits.BlockedUntil;
        if (blockedUntil > DateTimeOffset.UtcNow)
        {
            throw new BinanceApiException(429, -1003, $"Holding requests until {blockedUntil:HH:mm:ss} as the exchange asked.",
                outcomeUnknown: false, retryAfter: blockedUntil - DateTimeOffset.UtcNow);
        }
        if (!_connected) throw new WebSocketApiUnavailableException(method, _connection.Status.Reason);
        string id = "o" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var pending = new Pending();
        _pending[id] = pending;
        try
        {
            string request = Request(id, method, parameters);
            try
            {
                await _connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Part of the request may have left: its outcome is unknown.
                throw new BinanceApiException(0, 0, $"WebSocket API {method}: send failed: {e.Message}", outcomeUnknown: true, inner: e);
            }
            if (!_connected)
            {
                // Dropped while sending: the notice may have come before this request was registered as sent.
                pending.Completion.TrySetException(Lost(method, "connection lost"));
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(RequestTimeout);
            Answer answer;
            try
            {
                answer = await pending.Completion.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw Lost(method, $"no answer within {RequestTimeout.TotalSeconds:0.#} s");
            }
            if (answer.Status == 200) return answer.Body;
            TimeSpan? retryAfter = null;
            if (answer.Status is 429 or 418)
            {
                retryAfter = answer.RetryAfter is { } until ? until - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(60);
                if (retryAfter < TimeSpan.Zero) retryAfter = TimeSpan.Zero;
                RateLimitHoldKind kind = answer.Code == -1015 ? RateLimitHoldKind.OrderCount : answer.Status == 418 ? RateLimitHoldKind.IpBan : RateLimitHoldKind.RequestWeight;
                RateLimits.Hold(new RateLimitHold(kind, RateLimits.Now + retryAfter.Value, answer.Status, answer.Code, answer.Message ?? $"status {answer.Status}"));
            }
            bool unknown = answer.Status >= 500 || answer.Code == -1007;
            throw new BinanceApiException(answer.Status, answer.Code, answer.Message ?? $"status {answer.Status}", unknown, retryAfter);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private static BinanceApiException Lost(string method, string why) =>
        new(0, 0, $"WebSocket API {method}: {why}; outcome unknown.", outcomeUnknown: true);

    private string Request(string id, string method, List<KeyValuePair<string, string>> parameters) =>
        SignedRequest(id, method, parameters, _rest.Credentials!.ApiKey, _rest.RecvWindowMs, _rest.CurrentTimestamp, _rest.Signer!);

    /// <summary>
    /// SignedRequest writes {"id":..,"method":..,"params":{..,"apiKey","recvWindow","timestamp","signature"}}: the signature is
    /// hex HMAC-SHA256 over every other parameter sorted by name as <c>k=v</c> joined by '&amp;' (values raw, not URL-encoded),
    /// as web-socket-api.md's "SIGNED request example (HMAC)" shows.
    /// </summary>
    internal static string SignedRequest(string id, string method, IReadOnlyList<KeyValuePair<string, string>> parameters, string apiKey,
        int recvWindowMs, long timestamp, Signing.RequestSigner signer)
    {
        var all = new List<KeyValuePair<string, string>>(parameters.Count + 3)
        {
            new("apiKey", apiKey),
            new("recvWindow", recvWindowMs.ToString(CultureInfo.InvariantCulture)),
            new("timestamp", timestamp.ToString(CultureInfo.InvariantCulture)),
        };
        all.AddRange(parameters);
        all.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var payload = new StringBuilder();
        foreach (var (key, value) in all)
        {
            if (payload.Length > 0) payload.Append('&');
            payload.Append(key).Append('=').Append(value);
        }
        string signature = signer.Sign(payload.ToString());
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("method", method);
            w.WriteStartObject("params");
            foreach (var (key, value) in all)
            {
                if (key is "timestamp" or "recvWindow")
                    w.WriteNumber(key, long.Parse(value, CultureInfo.InvariantCulture));
                else
                    w.WriteString(key, value);
            }
            w.WriteString("signature", signature);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Split turns URL-encoded "a=1&amp;b=2" into decoded pairs (the WebSocket API signs and sends raw values).</summary>
    private static List<KeyValuePair<string, string>> Split(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (string part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(new(Uri.UnescapeDataString(part[..eq]), Uri.UnescapeDataString(part[(eq + 1)..])));
        }
        return pairs;
    }

    private void OnStatus(ConnectionStatus status)
    {
        bool connected = status.State == ConnectionState.Connected;
        _connected = connected;
        if (connected)
        {
            _firstConnect.TrySetResult();
        }
        else
        {
            // Answers to requests sent on the lost connection will never come.
            foreach (var (_, pending) in _pending)
                pending.Completion.TrySetException(Lost("request", "connection lost (" + status.Reason + ")"));
        }
        if (status.State == ConnectionState.Reconnecting) Diagnostics.BinanceMetrics.RecordReconnect("websocket_api");
        StatusChanged?.Invoke(status);
    }

    private void OnFrame(ReadOnlySpan<byte> frame)
    {
        if (!TryReadAnswer(frame, out string? id, out Answer answer) || id is null) return;
        if (_pending.TryGetValue(id, out Pending? pending)) pending.Completion.TrySetResult(answer);
    }

    /// <summary>TryReadAnswer reads {"id","status","result"|"error":{"code","msg","data"},"rateLimits":[..]}; false for anything else (events).</summary>
    private bool TryReadAnswer(ReadOnlySpan<byte> frame, out string? id, out Answer answer)
    {
        id = null;
        answer = default;
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            int status = 0, code = 0;
            string? message = null;
            byte[] body = [];
            DateTimeOffset? retryAfter = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    status = reader.GetInt32();
                }
                else if (reader.ValueTextEquals("result"u8))
                {
                    reader.Read();
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    body = frame[start..(int)reader.BytesConsumed].ToArray();
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("code"u8)) { reader.Read(); code = reader.GetInt32(); }
                        else if (reader.ValueTextEquals("msg"u8)) { reader.Read(); message = reader.GetString(); }
                        else if (reader.ValueTextEquals("data"u8)) { reader.Read(); retryAfter = ReadRetryAfter(ref reader); }
                        else { reader.Read(); reader.Skip(); }
                    }
                }
                else if (reader.ValueTextEquals("rateLimits"u8))
                {
                    reader.Read();
                    ReadRateLimits(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            answer = new Answer(status, body, code, message, retryAfter);
            return status != 0;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private static DateTimeOffset? ReadRetryAfter(ref Utf8JsonReader reader)
    {
        DateTimeOffset? until = null;
        if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); return null; }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isRetry = reader.ValueTextEquals("retryAfter"u8);
            reader.Read();
            if (isRetry && reader.TokenType == JsonTokenType.Number) until = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());
            else reader.Skip();
        }
        return until;
    }

    private void ReadRateLimits(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            bool weight = false, orders = false, tenSeconds = false, minute = false;
            int intervalNum = 0;
            long count = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("rateLimitType"u8)) { reader.Read(); weight = reader.ValueTextEquals("REQUEST_WEIGHT"u8); orders = reader.ValueTextEquals("ORDERS"u8); }
                else if (reader.ValueTextEquals("interval"u8)) { reader.Read(); tenSeconds = reader.ValueTextEquals("SECOND"u8); minute = reader.ValueTextEquals("MINUTE"u8); }
                else if (reader.ValueTextEquals("intervalNum"u8)) { reader.Read(); intervalNum = reader.GetInt32(); }
                else if (reader.ValueTextEquals("count"u8)) { reader.Read(); count = reader.GetInt64(); }
                else { reader.Read(); reader.Skip(); }
            }
            if (weight && minute && intervalNum == 1) RateLimits.Report((int)count, null, null);
            if (orders && tenSeconds && intervalNum == 10) RateLimits.Report(null, (int)count, null);
        }
    }

    private static T Deserialize<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new BinanceApiException(200, 0, "Empty answer.", outcomeUnknown: false);
        }
        catch (JsonException e)
        {
            throw new BinanceApiException(200, 0, $"Unreadable answer ({typeof(T).Name}): {e.Message}", outcomeUnknown: false, inner: e);
        }
    }

    /// <summary>DisposeAsync closes the connection; requests still waiting fail as outcome unknown.</summary>
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        foreach (var (_, pending) in _pending)
            pending.Completion.TrySetException(Lost("request", "client closed"));
    }

    private readonly record struct Answer(int Status, byte[] Body, int Code, string? Message, DateTimeOffset? RetryAfter);

    private sealed class Pending
    {
        public TaskCompletionSource<Answer> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
