using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// The second round of order routes (BINANCE.md "Orders (second round)"): OCO lists, cancel all of a
/// symbol's orders, cancel-replace, amend keeping priority, and the order and trade histories. Each parses
/// its parameters with <see cref="OrderParameters"/> and calls one engine operation, so the WebSocket API
/// can reach the same operations.
/// </summary>
internal sealed partial class RestApi
{
    private const int DefaultHistoryLimit = 500, MaxHistoryLimit = 1000;
    private static readonly long DayMs = (long)TimeSpan.FromHours(24).TotalMilliseconds;
    private long _executionId;

    private static bool IsOrderRoute(string path) => path is "/api/v3/orderList/oco" or "/api/v3/order/cancelReplace"
        or "/api/v3/order/amend/keepPriority" or "/api/v3/allOrders" or "/api/v3/myTrades";

    private (int, byte[]) RouteOrders(string method, string path, Account account, RequestParameters p) => (method, path) switch
    {
        ("POST", "/api/v3/orderList/oco") => PlaceOco(account, p),
        ("DELETE", "/api/v3/openOrders") => CancelAllOrders(account, p),
        ("POST", "/api/v3/order/cancelReplace") => CancelReplace(account, p),
        ("PUT", "/api/v3/order/amend/keepPriority") => Amend(account, p),
        ("GET", "/api/v3/allOrders") => AllOrders(account, p),
        ("GET", "/api/v3/myTrades") => MyTrades(account, p),
        _ => Fail(ExchangeError.UnknownRoute),
    };

    /// <summary>ResponseType reads newOrderRespType; the default is FULL for MARKET and LIMIT, ACK for every other type (as documented).</summary>
    private static ExchangeError? ResponseType(RequestParameters p, OrderType type, out string responseType)
    {
        responseType = p["newOrderRespType"] ?? (type is OrderType.Market or OrderType.Limit ? "FULL" : "ACK");
        return responseType is "ACK" or "RESULT" or "FULL" ? null : ExchangeError.IllegalValue("newOrderRespType");
    }

    private (int, byte[]) PlaceOco(Account account, RequestParameters p)
    {
        if (p["quantity"] is null)
            return Fail(ExchangeError.Mandatory("quantity"));
        // Each leg reads its own prefixed parameters (aboveType, abovePrice, ...) plus the shared symbol, side and quantity.
        if (OrderParameters.ParseNewOrder(name => p[name], out NewOrderRequest? above, "above") is { } aboveError)
            return Fail(aboveError);
        if (OrderParameters.ParseNewOrder(name => p[name], out NewOrderRequest? below, "below") is { } belowError)
            return Fail(belowError);
        string responseType = p["newOrderRespType"] ?? "ACK";
        if (responseType is not ("ACK" or "RESULT" or "FULL"))
            return Fail(ExchangeError.IllegalValue("newOrderRespType"));
        var (error, list) = _engine.PlaceOco(account, above!, below!, p["listClientOrderId"]);
        return error is not null ? Fail(error) : (200, RestJson.OrderList(list!, responseType, _engine.Now));
    }

    private (int, byte[]) CancelAllOrders(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        var (error, orders, lists) = _engine.CancelAll(account, symbol);
        return error is not null ? Fail(error) : (200, RestJson.CanceledAll(orders, lists, _engine.Now));
    }

    /// <summary>
    /// CancelReplace cancels one order and places another. Parameter, shape and filter errors of the new order
    /// refuse the whole request before anything happens; with STOP_ON_FAILURE a failed cancel leaves the new order
    /// unattempted (-2022); a new order refused after a successful cancel answers -2021 with HTTP 409.
    /// </summary>
    private (int, byte[]) CancelReplace(Account account, RequestParameters p)
    {
        string? mode = p["cancelReplaceMode"];
        if (mode is null)
            return Fail(ExchangeError.Mandatory("cancelReplaceMode"));
        if (mode is not ("STOP_ON_FAILURE" or "ALLOW_FAILURE"))
            return Fail(ExchangeError.IllegalValue("cancelReplaceMode"));
        if (OrderParameters.ParseNewOrder(name => p[name], out NewOrderRequest? request) is { } parseError)
            return Fail(parseError);
        if (OrderParameters.OrderRef(name => p[name], out long? cancelId, out string? cancelClientId, "cancelOrderId", "cancelOrigClientOrderId") is { } refError)
            return Fail(refError);
        if (ResponseType(p, request!.Type, out string responseType) is { } typeError)
            return Fail(typeError);
        CancelReplaceResult r = _engine.CancelReplace(account, request, cancelId, cancelClientId, allowFailure: mode == "ALLOW_FAILURE");
        if (r.RequestError is { } invalid)
            return Fail(invalid);
        string cancelClientOrderId = p["cancelNewClientOrderId"] ?? $"cancel{r.Canceled?.OrderId ?? 0}";
        long now = _engine.Now;
        (int status, int code, string? message) = (r.CancelError, r.Placed) switch
        {
            (null, not null) => (200, 0, null),
            (not null, null) => (400, -2022, "Order cancel-replace failed."),
            _ => (409, -2021, "Order cancel-replace partially failed."),
        };
        return (status, RestJson.CancelReplace(code, message, r.Canceled, r.CancelError, cancelClientOrderId, r.Placed, r.PlaceError,
            r.PlaceAttempted, responseType, r.Fills, now));
    }

    private (int, byte[]) Amend(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (OrderParameters.OrderRef(name => p[name], out long? orderId, out string? clientId) is { } refError)
            return Fail(refError);
        if (OrderParameters.Decimal(name => p[name], "newQty", out long? newQty) is { } qtyError)
            return Fail(qtyError);
        if (newQty is null)
            return Fail(ExchangeError.Mandatory("newQty"));
        var (error, order, origId) = _engine.AmendKeepPriority(account, symbol, orderId, clientId, p["newClientOrderId"], Quantity.FromRaw(newQty.Value));
        return error is not null
            ? Fail(error)
            : (200, RestJson.Amended(order!, origId!, _engine.Now, Interlocked.Increment(ref _executionId)));
    }

    private (int, byte[]) AllOrders(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (!_engine.Books.ContainsKey(symbol))
            return Fail(ExchangeError.InvalidSymbol);
        if (HistoryWindow(p, out long? start, out long? end, out int limit) is { } windowError)
            return Fail(windowError);
        if (OrderParameters.Integer(name => p[name], "orderId", out long? fromId) is { } idError)
            return Fail(idError);
        return (200, RestJson.Orders(_engine.OrderHistory(account, symbol, fromId, start, end, limit)));
    }

    private (int, byte[]) MyTrades(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (!_engine.Books.ContainsKey(symbol))
            return Fail(ExchangeError.InvalidSymbol);
        if (HistoryWindow(p, out long? start, out long? end, out int limit) is { } windowError)
            return Fail(windowError);
        if (OrderParameters.Integer(name => p[name], "orderId", out long? orderId) is { } idError)
            return Fail(idError);
        if (OrderParameters.Integer(name => p[name], "fromId", out long? fromId) is { } fromError)
            return Fail(fromError);
        // Documented combinations: symbol, + orderId, + startTime, + endTime, + fromId, + startTime + endTime, + orderId + fromId.
        if ((orderId is not null || fromId is not null) && (start is not null || end is not null))
            return Fail(ExchangeError.BadCombination);
        return (200, RestJson.MyTrades(_engine.TradeHistory(account, symbol, orderId, fromId, start, end, limit)));
    }

    /// <summary>HistoryWindow reads startTime, endTime (at most 24 hours apart: -1127) and limit (default 500, at most 1000).</summary>
    private static ExchangeError? HistoryWindow(RequestParameters p, out long? start, out long? end, out int limit)
    {
        limit = DefaultHistoryLimit;
        end = null;
        long? given = null;
        ExchangeError? error = OrderParameters.Integer(name => p[name], "startTime", out start)
            ?? OrderParameters.Integer(name => p[name], "endTime", out end)
            ?? OrderParameters.Integer(name => p[name], "limit", out given);
        if (error is not null)
            return error;
        if (given is { } l)
        {
            if (l < 1)
                return ExchangeError.IllegalInteger("limit");
            limit = (int)Math.Min(l, MaxHistoryLimit); // above the maximum: the maximum, as depth and klines do
        }
        if (start is { } s && end is { } e && (e < s || e - s > DayMs))
            return new ExchangeError(400, -1127, "More than 24 hours between startTime and endTime.");
        return null;
    }
}
