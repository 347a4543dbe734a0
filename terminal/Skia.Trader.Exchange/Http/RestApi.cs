using System.Text;
using Microsoft.AspNetCore.Http;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Faults;
using Skia.Trader.Exchange.Http.RateLimits;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Exchange.Streams;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// RestApi serves the Binance Spot REST routes of BINANCE.md: ping, time, exchangeInfo, depth,
/// klines (public); order place/cancel/query, openOrders, account (signed). Answers and errors
/// use Binance's JSON shapes, codes and messages; injected faults are applied first.
/// </summary>
internal sealed partial class RestApi
{
    private const int DefaultDepthLimit = 100, MaxDepthLimit = 5000, DefaultKlineLimit = 500, MaxKlineLimit = 1000;
    private readonly MatchingEngine _engine;
    private readonly RequestAuthenticator _authenticator;
    private readonly FaultInjector _faults;
    private readonly MarketFeed _feed;
    private readonly ReplayRecording? _replay;
    private readonly RestRateLimiter _limits;

    public RestApi(MatchingEngine engine, RequestAuthenticator authenticator, FaultInjector faults, MarketFeed feed, ReplayRecording? replay,
        RestRateLimiter limits)
    {
        _limits = limits;
        _engine = engine;
        _authenticator = authenticator;
        _faults = faults;
        _feed = feed;
        _replay = replay;
    }

    public async Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "/";
        string method = context.Request.Method;
        RestFault? fault = _faults.Take(method, path);
        if (fault?.Kind == RestFaultKind.Delay)
            await Task.Delay(fault.Delay, context.RequestAborted);
        if (fault?.Kind == RestFaultKind.RateLimit)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(context, 429, RestJson.Error(ExchangeError.TooManyRequests.Code, ExchangeError.TooManyRequests.Message));
            return;
        }
        if (fault?.Kind == RestFaultKind.FailBefore)
        {
            await WriteAsync(context, fault.StatusCode, Encoding.UTF8.GetBytes("<html><body>Service Unavailable</body></html>"), "text/html");
            return;
        }

        // Weight is charged from the route and query alone, before the body is read: a banned client costs nothing more.
        RateLimitTicket limits = _limits.Admit(context.Connection.RemoteIpAddress, method, path, context.Request.Query);
        if (limits.Refusal is { } refused)
        {
            _limits.Complete(limits, refused.HttpStatus, context.Response.Headers);
            await WriteAsync(context, refused.HttpStatus, RestJson.Error(refused.Code, refused.Message));
            return;
        }

        string body = "";
        if (context.Request.HasFormContentType || context.Request.ContentLength > 0)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        var parameters = new RequestParameters(context.Request.QueryString.Value?.TrimStart('?') ?? "", body);
        string apiKey = context.Request.Headers["X-MBX-APIKEY"].ToString();
        limits = _limits.ReserveOrders(limits, apiKey);
        (int status, byte[] json) = limits.Refusal is { } tooManyOrders ? Fail(tooManyOrders) : Route(method, path, parameters, apiKey);
        _limits.Complete(limits, status, context.Response.Headers);

        if (fault?.Kind == RestFaultKind.FailAfter)
        {
            await WriteAsync(context, fault.StatusCode, Encoding.UTF8.GetBytes("<html><body>Gateway Timeout</body></html>"), "text/html");
            return;
        }
        await WriteAsync(context, status, json);
    }

    private static async Task WriteAsync(HttpContext context, int status, byte[] body, string contentType = "application/json;charset=UTF-8")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private (int, byte[]) Route(string method, string path, RequestParameters p, string apiKey)
    {
        if (method == "GET" && RouteMarketData(path, p) is { } marketData) return marketData; // RestApi.MarketData.cs
        switch (method, path)
        {
            case ("GET", "/api/v3/ping"):
                return (200, "{}"u8.ToArray());
            case ("GET", "/api/v3/time"):
                return (200, RestJson.ServerTime(_engine.Now));
            case ("GET", "/api/v3/exchangeInfo"):
                return ExchangeInfo(p);
            case ("GET", "/api/v3/depth"):
                return Depth(p);
            case ("GET", "/api/v3/klines"):
                return Klines(p);
        }
        bool signed = path is "/api/v3/order" or "/api/v3/order/test" or "/api/v3/openOrders" or "/api/v3/account" || IsOrderRoute(path);
        if (!signed)
            return Fail(ExchangeError.UnknownRoute);
        ExchangeError? authError = _authenticator.Authenticate(apiKey, p.SignedPayload, p["signature"], p["timestamp"], p["recvWindow"]);
        if (authError is not null)
            return Fail(authError);
        return Trade(method, path, _engine.GetOrAddAccount(apiKey), p);
    }

    /// <summary>
    /// Trade carries out an authenticated account operation (order place/test/cancel/query, openOrders,
    /// account) and answers with its status and Binance JSON (the answer, or {"code":..,"msg":..}). REST
    /// and the WebSocket API both call it, so both validate and answer alike.
    /// </summary>
    internal (int Status, byte[] Json) Trade(string method, string path, Account account, RequestParameters p)
    {
        if (ParameterSyntax.Check(name => p[name]) is { } syntaxError)
            return Fail(syntaxError);
        return (method, path) switch
        {
            ("POST", "/api/v3/order") => PlaceOrder(account, p, test: false),
            ("POST", "/api/v3/order/test") => PlaceOrder(account, p, test: true),
            ("DELETE", "/api/v3/order") => CancelOrder(account, p),
            ("GET", "/api/v3/order") => QueryOrder(account, p),
            ("GET", "/api/v3/openOrders") => OpenOrders(account, p),
            ("GET", "/api/v3/account") => AccountInfo(account),
            _ => RouteOrders(method, path, account, p),
        };
    }

    private static (int, byte[]) Fail(ExchangeError e) => (e.HttpStatus, RestJson.Error(e.Code, e.Message));

    private (int, byte[]) ExchangeInfo(RequestParameters p)
    {
        IEnumerable<SymbolInfo> all = _engine.Books.Values.Select(b => b.Info);
        if (p["symbol"] is { } one)
        {
            SymbolInfo? info = all.FirstOrDefault(s => s.Symbol == one);
            return info is null ? Fail(ExchangeError.InvalidSymbol) : (200, RestJson.ExchangeInfo([info], _engine.Now, _limits.Limits));
        }
        if (p["symbols"] is { } many)
        {
            string[] names = many.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => n.Trim('"')).ToArray();
            var selected = new List<SymbolInfo>();
            foreach (string n in names)
            {
                SymbolInfo? info = all.FirstOrDefault(s => s.Symbol == n);
                if (info is null)
                    return Fail(ExchangeError.InvalidSymbol);
                selected.Add(info);
            }
            return (200, RestJson.ExchangeInfo(selected, _engine.Now, _limits.Limits));
        }
        return (200, RestJson.ExchangeInfo(all.ToList(), _engine.Now, _limits.Limits));
    }

    private (int, byte[]) Depth(RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        int limit = DefaultDepthLimit;
        if (p["limit"] is { } l && (!int.TryParse(l, out limit) || limit <= 0))
            return Fail(ExchangeError.IllegalValue("limit"));
        limit = Math.Min(limit, MaxDepthLimit);
        if (_replay is not null && _replay.Snapshots.TryGetValue(symbol, out RecordedSnapshot? recorded))
            return (200, RestJson.Depth(recorded.LastUpdateId, recorded.Bids.Take(limit).ToList(), recorded.Asks.Take(limit).ToList()));
        var bids = new List<BookLevel>();
        var asks = new List<BookLevel>();
        return _engine.TryGetDepth(symbol, limit, bids, asks, out long lastUpdateId)
            ? (200, RestJson.Depth(lastUpdateId, bids, asks))
            : Fail(ExchangeError.InvalidSymbol);
    }

    private (int, byte[]) Klines(RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (p["interval"] is not { } interval)
            return Fail(ExchangeError.Mandatory("interval"));
        if (!_engine.Books.ContainsKey(symbol))
            return Fail(ExchangeError.InvalidSymbol);
        int index = KlineInterval.IndexOf(interval);
        if (index < 0)
            return Fail(ExchangeError.InvalidInterval);
        int limit = DefaultKlineLimit;
        if (p["limit"] is { } l && (!int.TryParse(l, out limit) || limit <= 0))
            return Fail(ExchangeError.IllegalValue("limit"));
        long? start = p["startTime"] is { } s && long.TryParse(s, out long sv) ? sv : null;
        long? end = p["endTime"] is { } e && long.TryParse(e, out long ev) ? ev : null;
        List<Candle> candles;
        lock (_engine.Sync)
            candles = _feed.For(symbol).Candles[index].Range(start, end, Math.Min(limit, MaxKlineLimit));
        return (200, StreamJson.KlineRows(candles));
    }

    private (int, byte[]) PlaceOrder(Account account, RequestParameters p, bool test)
    {
        if (OrderParameters.ParseNewOrder(name => p[name], out NewOrderRequest? request) is { } parseError)
            return Fail(parseError);
        if (ResponseType(p, request!.Type, out string responseType) is { } typeError)
            return Fail(typeError);
        if (test)
            return _engine.Test(account, request) is { } testError ? Fail(testError) : (200, "{}"u8.ToArray());
        PlaceResult result = _engine.Place(account, request);
        return result.Error is { } e ? Fail(e) : (200, RestJson.NewOrder(result.Order!, responseType, result.Fills));
    }

    private (int, byte[]) CancelOrder(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (!TryOrderRef(p, out long? orderId, out string? clientId, out ExchangeError? error))
            return Fail(error!);
        var (cancelError, order) = _engine.Cancel(account, symbol, orderId, clientId);
        return cancelError is not null
            ? Fail(cancelError)
            : (200, RestJson.Canceled(order!, p["newClientOrderId"] ?? $"cancel{order!.OrderId}", _engine.Now));
    }

    private (int, byte[]) QueryOrder(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (!TryOrderRef(p, out long? orderId, out string? clientId, out ExchangeError? error))
            return Fail(error!);
        var (queryError, order) = _engine.Query(account, symbol, orderId, clientId);
        return queryError is not null ? Fail(queryError) : (200, RestJson.Order(order!));
    }

    private (int, byte[]) OpenOrders(Account account, RequestParameters p)
    {
        string? symbol = p["symbol"];
        if (symbol is not null && !_engine.Books.ContainsKey(symbol))
            return Fail(ExchangeError.InvalidSymbol);
        return (200, RestJson.Orders(_engine.OpenOrders(account, symbol)));
    }

    private (int, byte[]) AccountInfo(Account account)
    {
        List<BalanceRecord> balances;
        long updateTime;
        lock (_engine.Sync)
        {
            balances = account.Balances.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new BalanceRecord(kv.Key, Quantity.FromRaw(kv.Value.Free), Quantity.FromRaw(kv.Value.Locked))).ToList();
            updateTime = account.UpdateTime;
        }
        return (200, RestJson.Account(balances, _engine.MakerRate, _engine.TakerRate, updateTime));
    }

    private static bool TryOrderRef(RequestParameters p, out long? orderId, out string? clientId, out ExchangeError? error)
    {
        error = OrderParameters.OrderRef(name => p[name], out orderId, out clientId);
        return error is null;
    }
}
