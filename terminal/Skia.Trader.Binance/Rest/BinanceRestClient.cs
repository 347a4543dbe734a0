using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest.Wire;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Binance.Rest;

/// <summary>
/// BinanceRestClient calls the Binance Spot REST API (or our simulator's copy of it): market data,
/// signed account and order calls (HMAC-SHA256 over query string and body, <c>timestamp</c> corrected
/// by the measured server clock offset), request-weight bookkeeping, and a hold on every call after
/// a 429/418 until its <c>Retry-After</c> has passed. Failures surface as <see cref="BinanceApiException"/>
/// carrying the exchange's code and message.
/// </summary>
public sealed partial class BinanceRestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ApiCredentials? _credentials;
    private readonly RequestSigner? _signer;
    private long _clockOffsetMs;

    /// <summary>
    /// Creates a client for <paramref name="endpoint"/>; <paramref name="credentials"/> are needed only
    /// for signed calls. <paramref name="handler"/> replaces the socket handler (tests inject faults with it).
    /// </summary>
    public BinanceRestClient(BinanceEndpoint endpoint, ApiCredentials? credentials = null, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        RateLimits = new RateLimitState(time);
        _credentials = credentials;
        _signer = credentials is null ? null : new RequestSigner(credentials.Secret);
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: handler is null)
        {
            BaseAddress = endpoint.RestBase,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // per request: see RequestTimeout
        };
    }

    /// <summary>Endpoint is the exchange this client talks to.</summary>
    public BinanceEndpoint Endpoint { get; }

    /// <summary>RateLimits is the latest request-budget information from response headers, and the back-off in force (why, until when).</summary>
    public RateLimitState RateLimits { get; }

    /// <summary>RecvWindowMs is how long after its timestamp a signed request stays valid (Binance default 5000, max 60000).</summary>
    public int RecvWindowMs { get; init; } = 5000;

    /// <summary>ClockOffset is server time minus local time, measured by <see cref="SyncClockAsync"/>.</summary>
    public TimeSpan ClockOffset => TimeSpan.FromMilliseconds(Interlocked.Read(ref _clockOffsetMs));

    /// <summary>RequestTimeout is how long one call may take before its outcome counts as unknown.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>SyncClockAsync measures the server clock offset from <c>GET /api/v3/time</c>, halving the round trip.</summary>
    public async Task<TimeSpan> SyncClockAsync(CancellationToken cancellationToken = default)
    {
        long before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        long start = Stopwatch.GetTimestamp();
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/time", "", signed: false, cancellationToken).ConfigureAwait(false);
        long roundTrip = (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        ServerTimeDto time = Deserialize(body, RestJsonContext.Default.ServerTimeDto);
        long offset = time.ServerTime - (before + roundTrip / 2);
        Interlocked.Exchange(ref _clockOffsetMs, offset);
        return TimeSpan.FromMilliseconds(offset);
    }

    /// <summary>GetDepthAsync fetches an order-book snapshot (<paramref name="limit"/> 1..5000 levels per side).</summary>
    public async Task<DepthSnapshot> GetDepthAsync(string symbol, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 5000);
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/depth", $"symbol={Escape(symbol)}&limit={limit}", signed: false, cancellationToken).ConfigureAwait(false);
        var table = new SymbolTable();
        table.Add(symbol);
        var parser = new MarketFrameParser(table);
        if (parser.Parse(body, streamSymbolId: 0) != MarketEventKind.PartialDepth)
        {
            throw new BinanceApiException(200, 0, $"Depth answer for {symbol} unreadable ({parser.Event.Rejection}).", outcomeUnknown: false);
        }
        return new DepthSnapshot(symbol.ToUpperInvariant(), parser.Event.FinalUpdateId, parser.Event.Bids.ToArray(), parser.Event.Asks.ToArray());
    }

    /// <summary>GetExchangeInfoAsync fetches symbol metadata and filters (all symbols when <paramref name="symbols"/> is empty).</summary>
    public async Task<IReadOnlyList<SymbolInfo>> GetExchangeInfoAsync(IReadOnlyList<string>? symbols = null, CancellationToken cancellationToken = default)
    {
        string query = symbols is { Count: > 0 }
            ? "symbols=" + Escape("[" + string.Join(",", symbols.Select(s => "\"" + s.ToUpperInvariant() + "\"")) + "]")
            : "";
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", query, signed: false, cancellationToken).ConfigureAwait(false);
        ExchangeInfoDto info = Deserialize(body, RestJsonContext.Default.ExchangeInfoDto);
        var result = new List<SymbolInfo>();
        foreach (SymbolDto s in info.Symbols ?? [])
        {
            result.Add(RestMapping.ToSymbolInfo(s));
        }
        return result;
    }

    /// <summary>GetKlinesAsync fetches up to <paramref name="limit"/> candles of an interval (<c>1m</c>, <c>1h</c>...).</summary>
    public async Task<IReadOnlyList<Candle>> GetKlinesAsync(string symbol, string interval, int limit = 500, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/klines",
            $"symbol={Escape(symbol)}&interval={Escape(interval)}&limit={limit}", signed: false, cancellationToken).ConfigureAwait(false);
        return RestMapping.ParseKlines(body);
    }

    /// <summary>
    /// PlaceOrderAsync sends a new order with its client order id (made before sending) and asks for the
    /// FULL answer. The parameters sent are exactly those the order's <see cref="OrderShape"/> takes and the
    /// order carries (LIMIT_MAKER gets no timeInForce, MARKET gets quantity or quoteOrderQty, stops get
    /// stopPrice and/or trailingDelta); an order that does not fit its shape is refused here with an
    /// <see cref="ArgumentException"/> naming the parameter, before anything is sent.
    /// </summary>
    public async Task<OrderReport> PlaceOrderAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        string request = NewOrderRequest(order);
        if (RateLimits.OrderHold is { } held)
        {
            // -1015 asked us to stop placing orders until its window ends; an order sent now would only be refused again.
            throw new BinanceApiException(held.HttpStatus, held.Code, "Holding new orders: " + held.Describe(), outcomeUnknown: false,
                retryAfter: held.Until - RateLimits.Now, hold: held, notSent: true);
        }
        byte[] body = await SendAsync(HttpMethod.Post, "/api/v3/order", request, signed: true, cancellationToken).ConfigureAwait(false);
        return RestMapping.ToReport(Deserialize(body, RestJsonContext.Default.OrderDto), order.ClientOrderId);
    }

    /// <summary>
    /// NewOrderRequest is a new order's request parameters, URL-encoded (<c>symbol=..&amp;side=..</c>): its shape's
    /// parameters (<see cref="NewOrderParameters"/>), its client order id and newOrderRespType=FULL. One definition for
    /// REST and the WebSocket API's order.place.
    /// </summary>
    internal static string NewOrderRequest(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return NewOrderParameters(order) + "&newClientOrderId=" + Escape(order.ClientOrderId) + "&newOrderRespType=FULL";
    }

    /// <summary>
    /// NewOrderParameters writes symbol, side, type and the shape-governed parameters of an order in the documented
    /// order; throws <see cref="ArgumentException"/> when the order does not fit its type's shape.
    /// </summary>
    internal static string NewOrderParameters(Order order, string prefix = "", bool withSymbolAndSide = true)
    {
        OrderShape shape = order.Shape;
        OrderParameter sent = shape.ParametersOf(order);
        ShapeViolation violation = shape.Check(sent, order.TimeInForce);
        if (!violation.IsValid)
        {
            throw new ArgumentException(violation.Kind switch
            {
                ShapeViolationKind.Missing => $"A {OrderWireNames.ToWire(order.Type)} order needs {WireName(violation.Parameter)}.",
                ShapeViolationKind.MissingEither => $"A {OrderWireNames.ToWire(order.Type)} order needs {WireName(violation.Parameter)} or {WireName(violation.Other)}.",
                ShapeViolationKind.NotAllowed => $"A {OrderWireNames.ToWire(order.Type)} order takes no {WireName(violation.Parameter)}.",
                ShapeViolationKind.BothSent => $"A {OrderWireNames.ToWire(order.Type)} order takes {WireName(violation.Parameter)} or {WireName(violation.Other)}, not both.",
                ShapeViolationKind.UnsupportedCombination => $"A {OrderWireNames.ToWire(order.Type)} order cannot have time in force {OrderWireNames.ToWire(order.TimeInForce)}"
                    + (violation.Parameter == OrderParameter.IcebergQuantity ? " with an iceberg (icebergQty needs GTC)." : "."),
                _ => throw new ArgumentOutOfRangeException(nameof(order), violation.Kind, "Unknown shape violation."),
            }, nameof(order));
        }
        var p = new StringBuilder();
        if (withSymbolAndSide)
            p.Append("symbol=").Append(Escape(order.Symbol)).Append("&side=").Append(OrderWireNames.ToWire(order.Side)).Append('&');
        p.Append(prefix).Append(prefix.Length == 0 ? "type=" : "Type=").Append(OrderWireNames.ToWire(order.Type));
        foreach (OrderParameter parameter in OrderShapes.Parameters)
        {
            if ((sent & parameter) == 0 || (prefix.Length > 0 && parameter is OrderParameter.Quantity))
                continue;
            string name = WireName(parameter);
            p.Append('&').Append(prefix).Append(prefix.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..]).Append('=').Append(parameter switch
            {
                OrderParameter.TimeInForce => OrderWireNames.ToWire(order.TimeInForce),
                OrderParameter.Quantity => order.Quantity.ToString(),
                OrderParameter.QuoteOrderQuantity => order.QuoteOrderQuantity.ToString(),
                OrderParameter.Price => order.Price.ToString(),
                OrderParameter.StopPrice => order.StopPrice.ToString(),
                OrderParameter.TrailingDelta => order.TrailingDelta.ToString(CultureInfo.InvariantCulture),
                OrderParameter.IcebergQuantity => order.IcebergQuantity.ToString(),
                _ => throw new ArgumentOutOfRangeException(nameof(order), parameter, "Unknown order parameter."),
            });
        }
        return p.ToString();
    }

    /// <summary>WireName is the request parameter name of an order parameter (the client's own table).</summary>
    internal static string WireName(OrderParameter parameter) => parameter switch
    {
        OrderParameter.TimeInForce => "timeInForce",
        OrderParameter.Quantity => "quantity",
        OrderParameter.QuoteOrderQuantity => "quoteOrderQty",
        OrderParameter.Price => "price",
        OrderParameter.StopPrice => "stopPrice",
        OrderParameter.TrailingDelta => "trailingDelta",
        OrderParameter.IcebergQuantity => "icebergQty",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a single order parameter."),
    };

    /// <summary>CancelOrderAsync cancels an order by its client order id; the answer has status CANCELED.</summary>
    public async Task<OrderReport> CancelOrderAsync(string symbol, string clientOrderId, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Delete, "/api/v3/order",
            $"symbol={Escape(symbol)}&origClientOrderId={Escape(clientOrderId)}", signed: true, cancellationToken).ConfigureAwait(false);
        return RestMapping.ToReport(Deserialize(body, RestJsonContext.Default.OrderDto), clientOrderId);
    }

    /// <summary>QueryOrderAsync asks for one order by client order id; null when the exchange says it does not exist (-2013).</summary>
    public async Task<OrderReport?> QueryOrderAsync(string symbol, string clientOrderId, CancellationToken cancellationToken = default)
    {
        try
        {
            byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/order",
                $"symbol={Escape(symbol)}&origClientOrderId={Escape(clientOrderId)}", signed: true, cancellationToken).ConfigureAwait(false);
            return RestMapping.ToReport(Deserialize(body, RestJsonContext.Default.OrderDto), clientOrderId);
        }
        catch (BinanceApiException e) when (e.OrderDoesNotExist)
        {
            return null;
        }
    }

    /// <summary>GetOpenOrdersAsync lists working orders, of one symbol or (weight 80) of all.</summary>
    public async Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(string? symbol = null, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/openOrders",
            symbol is null ? "" : $"symbol={Escape(symbol)}", signed: true, cancellationToken).ConfigureAwait(false);
        return Deserialize(body, RestJsonContext.Default.ListOrderDto).Select(d => RestMapping.ToReport(d, null)).ToList();
    }

    /// <summary>GetAccountAsync lists the account's balances.</summary>
    public async Task<IReadOnlyList<AccountBalance>> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/account", "", signed: true, cancellationToken).ConfigureAwait(false);
        AccountDto account = Deserialize(body, RestJsonContext.Default.AccountDto);
        return (account.Balances ?? []).Select(b => new AccountBalance(b.Asset ?? "?", RestMapping.Qty(b.Free), RestMapping.Qty(b.Locked))).ToList();
    }

    /// <summary>Signature returns the timestamped, signed parameter string for a request (also used by the WebSocket API).</summary>
    internal string Sign(string parameters)
    {
        RequestSigner signer = _signer ?? throw new InvalidOperationException("This call needs API credentials (BINANCE_API_KEY/BINANCE_API_SECRET or a key file).");
        long timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + Interlocked.Read(ref _clockOffsetMs);
        string signedPart = (parameters.Length > 0 ? parameters + "&" : "") +
            "recvWindow=" + RecvWindowMs.ToString(CultureInfo.InvariantCulture) + "&timestamp=" + timestamp.ToString(CultureInfo.InvariantCulture);
        return signedPart + "&signature=" + signer.Sign(signedPart);
    }

    /// <summary>Credentials are the keys signed calls use, or null.</summary>
    internal ApiCredentials? Credentials => _credentials;

    /// <summary>Signer signs WebSocket API requests with the same secret.</summary>
    internal RequestSigner? Signer => _signer;

    /// <summary>CurrentTimestamp is local time corrected by the measured server offset, Unix milliseconds.</summary>
    internal long CurrentTimestamp => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + Interlocked.Read(ref _clockOffsetMs);

    private async Task<byte[]> SendAsync(HttpMethod method, string path, string parameters, bool signed, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(method, path, parameters, signed, cancellationToken).ConfigureAwait(false);
            }
            catch (BinanceApiException e) when (e.Code == -1021 && signed && attempt == 0)
            {
                // Timestamp outside recvWindow: the request was refused, so re-measuring the clock and retrying once is safe.
                await SyncClockAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<byte[]> SendOnceAsync(HttpMethod method, string path, string parameters, bool signed, CancellationToken cancellationToken)
    {
        if (RateLimits.RequestHold is { } held)
        {
            // Sending while told to back off turns a 429 into a 418 ban (and extends a ban); fail fast, unsent, instead.
            throw new BinanceApiException(held.HttpStatus, held.Code, "Holding requests: " + held.Describe(), outcomeUnknown: false,
                retryAfter: held.Until - RateLimits.Now, hold: held, notSent: true);
        }
        string payload = signed ? Sign(parameters) : parameters;
        using var request = new HttpRequestMessage(method, method == HttpMethod.Post || payload.Length == 0 ? path : path + "?" + payload);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(payload, Encoding.UTF8, "application/x-www-form-urlencoded");
        }
        if (_credentials != null) request.Headers.Add("X-MBX-APIKEY", _credentials.ApiKey);
        HttpResponseMessage response;
        byte[] body;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // No answer: the exchange may have acted on the request.
            throw new BinanceApiException(0, 0, $"No answer from {Endpoint.RestBase.Host} for {method} {path}: {e.Message}", outcomeUnknown: true, inner: e);
        }
        using (response)
        {
            ReadRateLimitHeaders(response);
            int status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return body;
            int code = 0;
            string message = $"HTTP {status} {response.ReasonPhrase}";
            if (TryReadError(body, out ApiErrorDto? error))
            {
                code = error.Code;
                message = error.Msg ?? message;
            }
            TimeSpan? retryAfter = null;
            RateLimitHold? hold = null;
            if (response.StatusCode is HttpStatusCode.TooManyRequests || status == 418)
            {
                // 4XX: the exchange refused the request (rest-api.md "HTTP Return Codes"), so an order answered so was not placed.
                retryAfter = RetryAfterOf(response);
                RateLimitHoldKind kind = code == -1015 ? RateLimitHoldKind.OrderCount : status == 418 ? RateLimitHoldKind.IpBan : RateLimitHoldKind.RequestWeight;
                hold = new RateLimitHold(kind, RateLimits.Now + retryAfter.Value, status, code, message);
                RateLimits.Hold(hold);
            }
            bool unknown = status >= 500 || code == -1007;
            throw new BinanceApiException(status, code, message, unknown, retryAfter, hold: hold);
        }
    }

    private void ReadRateLimitHeaders(HttpResponseMessage response) =>
        RateLimits.Report(HeaderInt(response, "X-MBX-USED-WEIGHT-1M"), HeaderInt(response, "X-MBX-ORDER-COUNT-10S"), HeaderInt(response, "X-MBX-ORDER-COUNT-1D"));

    private static int? HeaderInt(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) &&
        int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    // Retry-After is seconds (Binance) or an HTTP date; with neither, a minute (the weight window) is the safe guess.
    private TimeSpan RetryAfterOf(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - RateLimits.Now > TimeSpan.Zero ? date - RateLimits.Now : TimeSpan.Zero;
        return TimeSpan.FromSeconds(60);
    }

    private static bool TryReadError(byte[] body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ApiErrorDto? error)
    {
        error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, RestJsonContext.Default.ApiErrorDto);
            return error is not null && error.Code != 0;
        }
        catch (JsonException)
        {
            return false;
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

    private static string Escape(string value) => Uri.EscapeDataString(value);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
