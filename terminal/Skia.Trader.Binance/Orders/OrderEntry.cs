using System.Diagnostics;
using System.Security.Cryptography;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Orders;

/// <summary>
/// OrderEntry places and cancels orders so that none is lost or duplicated: the client order id is made
/// before sending; when the outcome of a request is unknown (HTTP 5xx, -1007, timeout, broken
/// connection) the order goes to UNKNOWN and is queried until the exchange says what became of it, and it
/// is re-sent (with the same client order id) only after a query said the exchange never accepted it.
/// With a <see cref="WebSocketApiClient"/>, every request (place, cancel, query, re-send) goes over the WebSocket
/// API while it is connected and over REST otherwise; a request that could not be sent there (not connected) is
/// sent over REST, and one whose WebSocket API outcome is unknown goes through the same query-first resolution.
/// </summary>
public sealed class OrderEntry
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private readonly BinanceRestClient _rest;
    private readonly WebSocketApiClient? _webSocketApi;
    private long _overWebSocketApi, _overRest;

    /// <summary>Creates order entry over a REST client and the tracker that records every order.</summary>
    public OrderEntry(BinanceRestClient rest, OrderTracker tracker)
        : this(rest, tracker, null)
    {
    }

    /// <summary>
    /// Creates order entry that sends over <paramref name="webSocketApi"/> (started by the caller at start-up, so the
    /// first order finds it connected) while it is connected, and over <paramref name="rest"/> otherwise.
    /// </summary>
    public OrderEntry(BinanceRestClient rest, OrderTracker tracker, WebSocketApiClient? webSocketApi)
    {
        _rest = rest;
        _webSocketApi = webSocketApi;
        Tracker = tracker;
        tracker.OrderChanged += OrderTraces.OnOrderChanged;
    }

    /// <summary>RequestsOverWebSocketApi counts the order requests (place, cancel, query) sent over the WebSocket API.</summary>
    public long RequestsOverWebSocketApi => Interlocked.Read(ref _overWebSocketApi);

    /// <summary>RequestsOverRest counts the order requests sent over REST.</summary>
    public long RequestsOverRest => Interlocked.Read(ref _overRest);

    /// <summary>Tracker records the orders placed here.</summary>
    public OrderTracker Tracker { get; }

    /// <summary>ResolveAttempts bounds how many queries/re-sends one unknown order gets before it is left UNKNOWN for later reconciliation.</summary>
    public int ResolveAttempts { get; init; } = 20;

    /// <summary>ResolveDelay is the first wait between resolution attempts (doubling, capped at 5 s).</summary>
    public TimeSpan ResolveDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>NewClientOrderId makes a unique id matching Binance's <c>^[.A-Z:/a-z0-9_-]{1,36}$</c>: "skt-" and 22 random base-62 characters.</summary>
    public static string NewClientOrderId()
    {
        Span<char> id = stackalloc char[26];
        "skt-".CopyTo(id);
        Span<byte> random = stackalloc byte[22];
        RandomNumberGenerator.Fill(random);
        for (int i = 0; i < random.Length; i++) id[4 + i] = Base62[random[i] % 62];
        return new string(id);
    }

    /// <summary>
    /// PlaceAsync sends <paramref name="order"/> (tracked first, PendingSend) and returns once its state is
    /// known: NEW/filled/expired, REJECTED with the exchange's message (<see cref="Order.RejectReason"/>), or,
    /// if the exchange stayed unreachable through every attempt, UNKNOWN.
    /// </summary>
    public async Task<Order> PlaceAsync(Order order, CancellationToken cancellationToken = default)
    {
        Tracker.Track(order);
        OrderTraces.Attach(order);
        try
        {
            OrderReport report = await SendPlaceAsync(order, cancellationToken).ConfigureAwait(false);
            Tracker.Apply(report, "place");
            return order;
        }
        catch (ArgumentException e)
        {
            // The order does not fit its type's shape (OrderShapes): refused before anything was sent.
            Tracker.Offer(order, new OrderUpdate(OrderStatus.Rejected, -1, order.ExecutedQuantity, order.CumulativeQuote, 0, "not sent: " + e.Message), "place: shape");
            return order;
        }
        catch (BinanceApiException e) when (!e.OutcomeUnknown)
        {
            Reject(order, e);
            return order;
        }
        catch (BinanceApiException)
        {
            Tracker.MarkUnknown(order, "place: outcome unknown");
        }
        await ResolveAsync(order, cancellationToken).ConfigureAwait(false);
        return order;
    }

    /// <summary>
    /// CancelAsync cancels a working order and returns it with its final state. If the exchange says the order
    /// is unknown to it or already done (-2011), or the answer is lost, the order is queried so its true state
    /// (perhaps FILLED) is what the tracker shows.
    /// </summary>
    public async Task<Order> CancelAsync(Order order, CancellationToken cancellationToken = default)
    {
        try
        {
            OrderReport report = await Route(
                ws => ws.CancelOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken),
                () => _rest.CancelOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken)).ConfigureAwait(false);
            Tracker.Apply(report, "cancel");
            return order;
        }
        catch (BinanceApiException e) when (!e.OutcomeUnknown && e.Code != -2011)
        {
            throw;
        }
        catch (BinanceApiException)
        {
            // -2011 or no answer: learn the order's real state.
        }
        for (int attempt = 0; attempt < ResolveAttempts; attempt++)
        {
            try
            {
                OrderReport? report = await QueryAsync(order, cancellationToken).ConfigureAwait(false);
                if (report != null) Tracker.Apply(report, "cancel: query");
                else Tracker.ExpireUnknown(order, "cancel: query"); // -2011 and then -2013: nothing to cancel, it is gone
                return order;
            }
            catch (BinanceApiException e) when (e.OutcomeUnknown || e.IsRateLimited)
            {
                await Task.Delay(Delay(attempt, e), cancellationToken).ConfigureAwait(false);
            }
        }
        return order;
    }

    /// <summary>ResolveAsync queries an UNKNOWN or PendingSend order until its state is known, re-sending only if the exchange never got it.</summary>
    public async Task ResolveAsync(Order order, CancellationToken cancellationToken = default)
    {
        for (int attempt = 0; attempt < ResolveAttempts && order.Status is OrderStatus.Unknown or OrderStatus.PendingSend; attempt++)
        {
            BinanceApiException? failure = null;
            try
            {
                OrderReport? report = await QueryAsync(order, cancellationToken).ConfigureAwait(false);
                if (report != null)
                {
                    Tracker.Apply(report, "resolve: query");
                    return;
                }
                // The exchange never accepted it: sending again with the same id cannot duplicate it.
                try
                {
                    OrderReport placed = await SendPlaceAsync(order, cancellationToken).ConfigureAwait(false);
                    Tracker.Apply(placed, "resolve: re-sent");
                    return;
                }
                catch (BinanceApiException e) when (!e.OutcomeUnknown && !IsDuplicate(e))
                {
                    Reject(order, e);
                    return;
                }
            }
            catch (BinanceApiException e)
            {
                // Unknown again, rate-limited, or a duplicate (the first send landed meanwhile): query again.
                failure = e;
            }
            await Task.Delay(Delay(attempt, failure), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<OrderReport> SendPlaceAsync(Order order, CancellationToken cancellationToken) =>
        Route(ws => ws.PlaceOrderAsync(order, cancellationToken), () => _rest.PlaceOrderAsync(order, cancellationToken));

    private Task<OrderReport?> QueryAsync(Order order, CancellationToken cancellationToken) =>
        Route(ws => ws.QueryOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken),
            () => _rest.QueryOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken));

    /// <summary>Route sends over the WebSocket API when it is connected, else (or when the request could not leave there) over REST.</summary>
    private async Task<T> Route<T>(Func<WebSocketApiClient, Task<T>> overWebSocketApi, Func<Task<T>> overRest)
    {
        if (_webSocketApi is { IsConnected: true } ws)
        {
            long sent = Stopwatch.GetTimestamp();
            try
            {
                Interlocked.Increment(ref _overWebSocketApi);
                OrderTraces.RequestWritten(BinanceMetrics.WebSocketApiPath);
                T answer = await overWebSocketApi(ws).ConfigureAwait(false);
                BinanceMetrics.RecordRoundTrip(overWebSocketApi: true, sent);
                return answer;
            }
            catch (BinanceApiException e) when (!e.OutcomeUnknown)
            {
                // Answered, with a refusal: a round trip all the same.
                BinanceMetrics.RecordRoundTrip(overWebSocketApi: true, sent);
                throw;
            }
            catch (WebSocketApiUnavailableException)
            {
                // Nothing was sent (the connection went away just now): REST cannot duplicate it.
                Interlocked.Decrement(ref _overWebSocketApi);
            }
        }
        Interlocked.Increment(ref _overRest);
        long start = Stopwatch.GetTimestamp();
        OrderTraces.RequestWritten(BinanceMetrics.RestPath);
        T result;
        try
        {
            result = await overRest().ConfigureAwait(false);
        }
        catch (BinanceApiException e) when (!e.OutcomeUnknown)
        {
            BinanceMetrics.RecordRoundTrip(overWebSocketApi: false, start);
            throw;
        }
        BinanceMetrics.RecordRoundTrip(overWebSocketApi: false, start);
        return result;
    }

    /// <summary>
    /// PlaceOcoAsync places an OCO pair (both legs tracked first); on an unknown outcome each leg is resolved by
    /// query only (a list is never re-sent leg by leg), and a leg the exchange never got is marked REJECTED.
    /// </summary>
    public async Task<OrderListReport?> PlaceOcoAsync(Order above, Order below, CancellationToken cancellationToken = default)
    {
        Tracker.Track(above);
        Tracker.Track(below);
        try
        {
            OrderListReport list = await _rest.PlaceOcoAsync(above, below, null, cancellationToken).ConfigureAwait(false);
            foreach (OrderReport leg in list.Orders) Tracker.Apply(leg, "oco");
            return list;
        }
        catch (ArgumentException e)
        {
            // A leg does not fit its shape, or the legs do not pair: refused before anything was sent.
            foreach (Order leg in new[] { above, below })
                Tracker.Offer(leg, new OrderUpdate(OrderStatus.Rejected, -1, leg.ExecutedQuantity, leg.CumulativeQuote, 0, "not sent: " + e.Message), "oco: shape");
            return null;
        }
        catch (BinanceApiException e) when (!e.OutcomeUnknown)
        {
            Reject(above, e);
            Reject(below, e);
            return null;
        }
        catch (BinanceApiException)
        {
            Tracker.MarkUnknown(above, "oco: outcome unknown");
            Tracker.MarkUnknown(below, "oco: outcome unknown");
        }
        foreach (Order leg in new[] { above, below })
        {
            for (int attempt = 0; attempt < ResolveAttempts && leg.Status == OrderStatus.Unknown; attempt++)
            {
                try
                {
                    OrderReport? report = await _rest.QueryOrderAsync(leg.Symbol, leg.ClientOrderId, cancellationToken).ConfigureAwait(false);
                    if (report != null) Tracker.Apply(report, "oco: query");
                    else Tracker.Offer(leg, new OrderUpdate(OrderStatus.Rejected, -1, leg.ExecutedQuantity, leg.CumulativeQuote, 0, "the exchange never got the OCO"), "oco: absent");
                }
                catch (BinanceApiException e) when (e.OutcomeUnknown || e.IsRateLimited)
                {
                    await Task.Delay(Delay(attempt, e), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        return null;
    }

    /// <summary>CancelAllAsync cancels every open order of a symbol (order lists included) and applies each cancelled order to the tracker.</summary>
    public async Task<IReadOnlyList<OrderReport>> CancelAllAsync(string symbol, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<OrderReport> canceled = await _rest.CancelOpenOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        foreach (OrderReport report in canceled) Tracker.Apply(report, "cancel all");
        return canceled;
    }

    /// <summary>
    /// AmendAsync reduces a working order's quantity keeping its place in the queue (its client order id is kept).
    /// If the answer is lost or refused, the order is queried so the tracker shows the exchange's quantity and status.
    /// </summary>
    public async Task<Order> AmendAsync(Order order, Core.Numerics.Quantity newQuantity, CancellationToken cancellationToken = default)
    {
        try
        {
            OrderReport report = await _rest.AmendKeepPriorityAsync(order.Symbol, order.ClientOrderId, newQuantity, cancellationToken).ConfigureAwait(false);
            Tracker.Apply(report, "amend");
            return order;
        }
        catch (BinanceApiException e) when (!e.OutcomeUnknown)
        {
            throw;
        }
        catch (BinanceApiException)
        {
            OrderReport? report = await _rest.QueryOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
            if (report != null) Tracker.Apply(report, "amend: query");
            return order;
        }
    }

    /// <summary>
    /// CancelReplaceAsync cancels <paramref name="order"/> and places <paramref name="replacement"/> in one request
    /// (STOP_ON_FAILURE). Whatever the answer, both orders end up as the exchange has them: on a refusal or a lost
    /// answer both are queried, and a replacement the exchange does not have is REJECTED, never re-sent.
    /// </summary>
    public async Task<Order> CancelReplaceAsync(Order order, Order replacement, CancellationToken cancellationToken = default)
    {
        Tracker.Track(replacement);
        BinanceApiException? failure;
        try
        {
            var (canceled, placed) = await _rest.CancelReplaceAsync(order.ClientOrderId, replacement, allowFailure: false, cancellationToken).ConfigureAwait(false);
            Tracker.Apply(canceled, "cancelReplace: cancel");
            Tracker.Apply(placed, "cancelReplace: new");
            return replacement;
        }
        catch (ArgumentException e)
        {
            Tracker.Offer(replacement, new OrderUpdate(OrderStatus.Rejected, -1, replacement.ExecutedQuantity, replacement.CumulativeQuote, 0, "not sent: " + e.Message), "cancelReplace: shape");
            return replacement;
        }
        catch (BinanceApiException e)
        {
            failure = e;
        }
        OrderReport? old = await _rest.QueryOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
        if (old != null) Tracker.Apply(old, "cancelReplace: query");
        OrderReport? fresh = await _rest.QueryOrderAsync(replacement.Symbol, replacement.ClientOrderId, cancellationToken).ConfigureAwait(false);
        if (fresh != null) Tracker.Apply(fresh, "cancelReplace: query");
        else Reject(replacement, failure);
        return replacement;
    }

    private static bool IsDuplicate(BinanceApiException e) =>
        e.Code == -2010 && e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase);

    private TimeSpan Delay(int attempt, BinanceApiException? e)
    {
        if (e?.RetryAfter is { } retryAfter) return retryAfter;
        double ms = Math.Min(ResolveDelay.TotalMilliseconds * Math.Pow(2, attempt), 5000);
        return TimeSpan.FromMilliseconds(ms);
    }

    private void Reject(Order order, BinanceApiException e)
    {
        BinanceMetrics.RecordReject(e.Code);
        Tracker.Offer(order, new OrderUpdate(OrderStatus.Rejected, order.ExchangeOrderId, order.ExecutedQuantity, order.CumulativeQuote, 0,
            $"{e.Code}: {e.Message}"), "place: rejected");
    }
}
