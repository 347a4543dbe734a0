using System.Security.Cryptography;
using Skia.Trader.Binance.Connection;
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
        try
        {
            OrderReport report = await SendPlaceAsync(order, cancellationToken).ConfigureAwait(false);
            Tracker.Apply(report, "place");
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
            try
            {
                Interlocked.Increment(ref _overWebSocketApi);
                return await overWebSocketApi(ws).ConfigureAwait(false);
            }
            catch (WebSocketApiUnavailableException)
            {
                // Nothing was sent (the connection went away just now): REST cannot duplicate it.
                Interlocked.Decrement(ref _overWebSocketApi);
            }
        }
        Interlocked.Increment(ref _overRest);
        return await overRest().ConfigureAwait(false);
    }

    private static bool IsDuplicate(BinanceApiException e) =>
        e.Code == -2010 && e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase);

    private TimeSpan Delay(int attempt, BinanceApiException? e)
    {
        if (e?.RetryAfter is { } retryAfter) return retryAfter;
        double ms = Math.Min(ResolveDelay.TotalMilliseconds * Math.Pow(2, attempt), 5000);
        return TimeSpan.FromMilliseconds(ms);
    }

    private void Reject(Order order, BinanceApiException e) =>
        Tracker.Offer(order, new OrderUpdate(OrderStatus.Rejected, order.ExchangeOrderId, order.ExecutedQuantity, order.CumulativeQuote, 0,
            $"{e.Code}: {e.Message}"), "place: rejected");
}
