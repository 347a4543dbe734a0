using Skia.Trader.Exchange.Faults;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>
/// WebSocketApiOrderMethods serves the WebSocket API's trading and order-query methods (BINANCE.md,
/// "Orders over the WebSocket API"): order.place, order.test, order.cancel, order.status,
/// openOrders.status, openOrders.cancelAll, order.cancelReplace and orderList.place.oco. Each request is signed on its own
/// (apiKey, timestamp, signature = hex HMAC-SHA256 of every other parameter sorted by name as k=v joined
/// by '&amp;'), then carried out by the very REST operation (<see cref="RestApi.Trade"/>) of the matching
/// REST route, so codes, messages and answers are the REST ones; the answer goes in "result" or "error",
/// followed by the documented "rateLimits" array unless the request sent returnRateLimits=false.
/// </summary>
internal sealed class WebSocketApiOrderMethods
{
    /// <summary>Routes maps each method that is one REST operation to that route, with its documented request weight.</summary>
    private static readonly Dictionary<string, (string HttpMethod, string Path, int Weight)> Routes = new(StringComparer.Ordinal)
    {
        ["order.place"] = ("POST", "/api/v3/order", 1),
        ["order.test"] = ("POST", "/api/v3/order/test", 1),
        ["order.cancel"] = ("DELETE", "/api/v3/order", 1),
        ["order.status"] = ("GET", "/api/v3/order", 4),
        ["openOrders.status"] = ("GET", "/api/v3/openOrders", 6),
        ["openOrders.cancelAll"] = ("DELETE", "/api/v3/openOrders", 1),
        ["order.cancelReplace"] = ("POST", "/api/v3/order/cancelReplace", 1),
        ["orderList.place.oco"] = ("POST", "/api/v3/orderList/oco", 1),
    };

    private readonly RestApi _rest;
    private readonly MatchingEngine _engine;
    private readonly RequestAuthenticator _authenticator;
    private readonly FaultInjector _faults;

    public WebSocketApiOrderMethods(RestApi rest, MatchingEngine engine, RequestAuthenticator authenticator, FaultInjector faults)
    {
        _rest = rest;
        _engine = engine;
        _authenticator = authenticator;
        _faults = faults;
    }

    /// <summary>Limits counts request weight and placed orders for the rateLimits array.</summary>
    public WebSocketApiRateLimits Limits { get; } = new();

    /// <summary>Handle answers a request of one of these methods, or returns null when the method is not one of them.</summary>
    public byte[]? Handle(WebSocketApiSession session, WebSocketApiRequest request)
    {
        string method = request.Method!;
        if (method.StartsWith("v3/", StringComparison.Ordinal))
            method = method[3..]; // "Request method names may be prefixed with explicit version"
        bool placesOrder = method is "order.place" or "order.cancelReplace" or "orderList.place.oco";
        int weight;
        if (Routes.TryGetValue(method, out var route))
            weight = method == "openOrders.status" && !request.Params.ContainsKey("symbol") ? 80 : route.Weight;
        else
            return null;

        request.Params.TryGetValue("apiKey", out string? apiKey);
        request.Params.TryGetValue("signature", out string? signature);
        request.Params.TryGetValue("timestamp", out string? timestamp);
        request.Params.TryGetValue("recvWindow", out string? recvWindow);
        string payload = request.SignaturePayload();
        ExchangeError? authError = _authenticator.Authenticate(apiKey, payload, signature, timestamp, recvWindow);
        bool showLimits = !(request.Params.TryGetValue("returnRateLimits", out string? show) && show == "false");
        long now = _engine.Now;
        if (authError is not null)
        {
            IReadOnlyList<RateLimitCount> counted = Limits.Count(now, weight, null, countsOrder: false);
            return Reply(request.IdJson, authError.HttpStatus, RestJson.Error(authError.Code, authError.Message), showLimits ? counted : null);
        }

        WebSocketApiFault? fault = _faults.TakeWebSocketApi(method);
        if (fault is { AfterProcessing: false })
        {
            session.Peer.Abort();
            return [];
        }

        Account account = _engine.GetOrAddAccount(apiKey!);
        var parameters = new RequestParameters(request.Params.Where(kv => kv.Key is not ("apiKey" or "signature" or "returnRateLimits")), payload);
        (int status, byte[] body) = _rest.Trade(route.HttpMethod, route.Path, account, parameters);

        if (fault is { AfterProcessing: true })
        {
            session.Peer.Abort();
            return [];
        }
        // A placement counts towards the ORDERS limits when it was accepted; a cancel-replace always does.
        bool countsOrder = method == "order.cancelReplace" || (method is "order.place" or "orderList.place.oco" && status == 200);
        // Hidden or not, every request counts.
        IReadOnlyList<RateLimitCount> limits = Limits.Count(now, weight, account.Name, countsOrder, placesOrder);
        return Reply(request.IdJson, status, body, showLimits ? limits : null);
    }

    /// <summary>Reply writes {"id":..,"status":..,"result"|"error":..,"rateLimits":[..]}; the body is the REST answer, verbatim.</summary>
    private static byte[] Reply(byte[] idJson, int status, byte[] body, IReadOnlyList<RateLimitCount>? limits) =>
        JsonDocumentWriter.Write((idJson, status, body, limits), static (w, s) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            w.WriteRawValue(s.idJson);
            w.WriteNumber("status", s.status);
            w.WritePropertyName(s.status == 200 ? "result" : "error");
            w.WriteRawValue(s.body);
            if (s.limits is not null)
                WebSocketApiRateLimits.Write(w, s.limits);
            w.WriteEndObject();
        });
}
