using System.Globalization;
using System.Text;
using System.Text.Json;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Binance.UserData;

/// <summary>
/// UserDataStream follows the account's order and balance events over the WebSocket API: after each
/// connect it sends <c>userDataStream.subscribe.signature</c> (apiKey, timestamp, HMAC signature), then
/// reconciles the <see cref="OrderTracker"/> with openOrders and per-order queries (the stream does not
/// replay what was missed while disconnected), and applies every <c>executionReport</c> and
/// <c>outboundAccountPosition</c> to it. State changes are observable through <see cref="StatusChanged"/>.
/// </summary>
public sealed class UserDataStream : IAsyncDisposable
{
    private readonly BinanceRestClient _rest;
    private readonly OrderTracker _tracker;
    private readonly WebSocketConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private int _requestId;
    private string? _subscribeRequestId;

    /// <summary>Creates the stream; <paramref name="rest"/> must carry credentials (they sign the subscription and the reconciliation queries).</summary>
    public UserDataStream(BinanceEndpoint endpoint, BinanceRestClient rest, OrderTracker tracker, ConnectionOptions? options = null)
    {
        if (rest.Credentials is null) throw new ArgumentException("The user-data stream needs API credentials.", nameof(rest));
        _rest = rest;
        _tracker = tracker;
        // The user stream may be quiet for hours; liveness comes from the server's pings, not from data.
        ConnectionOptions connection = options ?? new ConnectionOptions { SilenceTimeout = TimeSpan.FromDays(2) };
        _connection = new WebSocketConnection(() => endpoint.WebSocketApi, OnFrame, connection, OnConnectedAsync);
        _connection.StatusChanged += s =>
        {
            if (s.State == ConnectionState.Reconnecting) Diagnostics.BinanceMetrics.RecordReconnect("user_data");
        };
        _connection.StatusChanged += s => Raise(s.State == ConnectionState.Connected ? UserDataState.Subscribing : UserDataState.Disconnected, s.Reason);
    }

    /// <summary>State is where the stream stands.</summary>
    public UserDataState State { get; private set; } = UserDataState.Disconnected;

    /// <summary>StatusChanged is raised with each new state and the reason.</summary>
    public event Action<UserDataState, string>? StatusChanged;

    /// <summary>ListStatusReceived is raised (on the receive thread) with each listStatus event of an order list (OCO).</summary>
    public event Action<OrderListStatus>? ListStatusReceived;

    /// <summary>Reconciliations counts completed reconciliations (one after each successful subscribe).</summary>
    public int Reconciliations { get; private set; }

    /// <summary>RejectedFrames counts frames that could not be read.</summary>
    public long RejectedFrames { get; private set; }

    /// <summary>Start connects, subscribes and reconciles in the background.</summary>
    public void Start() => _connection.Start();

    /// <summary>RequestReconnect drops the connection and starts over (which reconciles again).</summary>
    public void RequestReconnect(string reason) => _connection.RequestReconnect(reason);

    private async Task OnConnectedAsync(WebSocketConnection connection, CancellationToken cancellationToken)
    {
        await connection.SendAsync(SubscribeRequest(), cancellationToken).ConfigureAwait(false);
    }

    private string SubscribeRequest()
    {
        string id = "sub-" + Interlocked.Increment(ref _requestId).ToString(CultureInfo.InvariantCulture);
        _subscribeRequestId = id;
        string apiKey = _rest.Credentials!.ApiKey;
        long timestamp = _rest.CurrentTimestamp;
        // WebSocket API signatures cover every parameter but the signature, sorted by name.
        string payload = "apiKey=" + apiKey + "&timestamp=" + timestamp.ToString(CultureInfo.InvariantCulture);
        string signature = _rest.Signer!.Sign(payload);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("method", "userDataStream.subscribe.signature");
            writer.WriteStartObject("params");
            writer.WriteString("apiKey", apiKey);
            writer.WriteNumber("timestamp", timestamp);
            writer.WriteString("signature", signature);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void OnFrame(ReadOnlySpan<byte> frame)
    {
        UserDataEvent ev = UserDataParser.Parse(frame);
        switch (ev.Kind)
        {
            case UserDataEventKind.Response when ev.RequestId == _subscribeRequestId:
                if (ev.Status == 200)
                {
                    Raise(UserDataState.Reconciling, "subscribed");
                    _ = ReconcileAsync();
                }
                else
                {
                    Raise(UserDataState.Failed, $"subscribe refused: {ev.ErrorCode} {ev.ErrorMessage}");
                }
                break;
            case UserDataEventKind.ExecutionReport:
                _tracker.Apply(ev.Execution!);
                break;
            case UserDataEventKind.ListStatus:
                ListStatusReceived?.Invoke(ev.ListStatus!);
                break;
            case UserDataEventKind.AccountPosition:
                _tracker.ApplyBalances(ev.Balances!, replaceAll: false);
                break;
            case UserDataEventKind.StreamTerminated:
                _connection.RequestReconnect("eventStreamTerminated");
                break;
            case UserDataEventKind.ServerShutdown:
                _connection.RequestReconnect("serverShutdown announced");
                break;
            case UserDataEventKind.Rejected:
                RejectedFrames++;
                break;
        }
    }

    private async Task ReconcileAsync()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _tracker.ReconcileAsync(_rest, _stop.Token).ConfigureAwait(false);
                Reconciliations++;
                Raise(UserDataState.Live, "reconciled");
                return;
            }
            catch (BinanceApiException e)
            {
                Raise(UserDataState.Reconciling, "reconcile failed, retrying: " + e.Message);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try { await Task.Delay(backoff.NextDelay(), _stop.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
    }

    private void Raise(UserDataState state, string reason)
    {
        State = state;
        StatusChanged?.Invoke(state, reason);
    }

    /// <summary>DisposeAsync closes the stream.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
