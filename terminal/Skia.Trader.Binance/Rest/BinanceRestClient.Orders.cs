using System.Globalization;
using System.Text.Json;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest.Wire;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Rest;

/// <summary>The second round of order calls (BINANCE.md "Orders (second round)"): OCO, cancel all, cancel-replace, amend, histories.</summary>
public sealed partial class BinanceRestClient
{
    /// <summary>
    /// PlaceOcoAsync sends an OCO pair (<c>POST /api/v3/orderList/oco</c>): <paramref name="above"/> and
    /// <paramref name="below"/> share symbol, side and quantity; one is STOP_LOSS(_LIMIT), the other LIMIT_MAKER or
    /// TAKE_PROFIT(_LIMIT). Both legs come back carrying the list's id.
    /// </summary>
    public async Task<OrderListReport> PlaceOcoAsync(Order above, Order below, string? listClientOrderId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(above);
        ArgumentNullException.ThrowIfNull(below);
        if (above.Symbol != below.Symbol || above.Side != below.Side || above.Quantity != below.Quantity)
            throw new ArgumentException("The two legs of an OCO share symbol, side and quantity.", nameof(below));
        string parameters = "symbol=" + Escape(above.Symbol) + "&side=" + OrderWireNames.ToWire(above.Side) + "&quantity=" + above.Quantity
            + (listClientOrderId is null ? "" : "&listClientOrderId=" + Escape(listClientOrderId))
            + "&" + NewOrderParameters(above, "above", withSymbolAndSide: false) + "&aboveClientOrderId=" + Escape(above.ClientOrderId)
            + "&" + NewOrderParameters(below, "below", withSymbolAndSide: false) + "&belowClientOrderId=" + Escape(below.ClientOrderId)
            + "&newOrderRespType=RESULT";
        byte[] body = await SendAsync(HttpMethod.Post, "/api/v3/orderList/oco", parameters, signed: true, cancellationToken).ConfigureAwait(false);
        return ToListReport(Deserialize(body, RestJsonContext.Default.OrderListDto));
    }

    /// <summary>CancelOpenOrdersAsync cancels every open order of a symbol, order lists included (<c>DELETE /api/v3/openOrders</c>); returns the cancelled orders (legs of lists too).</summary>
    public async Task<IReadOnlyList<OrderReport>> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Delete, "/api/v3/openOrders", "symbol=" + Escape(symbol), signed: true, cancellationToken).ConfigureAwait(false);
        var result = new List<OrderReport>();
        foreach (JsonElement item in Deserialize(body, RestJsonContext.Default.ListJsonElement))
        {
            if (item.TryGetProperty("orderReports", out _))
                result.AddRange(ToListReport(item.Deserialize(RestJsonContext.Default.OrderListDto)!).Orders);
            else
                result.Add(RestMapping.ToReport(item.Deserialize(RestJsonContext.Default.OrderDto)!, null));
        }
        return result;
    }

    /// <summary>
    /// CancelReplaceAsync cancels the order <paramref name="cancelClientOrderId"/> and places <paramref name="replacement"/>
    /// (<c>POST /api/v3/order/cancelReplace</c>, STOP_ON_FAILURE unless <paramref name="allowFailure"/>). A partial or
    /// complete failure is a <see cref="BinanceApiException"/> with -2021 or -2022.
    /// </summary>
    public async Task<(OrderReport Canceled, OrderReport Placed)> CancelReplaceAsync(string cancelClientOrderId, Order replacement, bool allowFailure = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        string parameters = NewOrderParameters(replacement) + "&cancelReplaceMode=" + (allowFailure ? "ALLOW_FAILURE" : "STOP_ON_FAILURE")
            + "&cancelOrigClientOrderId=" + Escape(cancelClientOrderId) + "&newClientOrderId=" + Escape(replacement.ClientOrderId) + "&newOrderRespType=FULL";
        byte[] body = await SendAsync(HttpMethod.Post, "/api/v3/order/cancelReplace", parameters, signed: true, cancellationToken).ConfigureAwait(false);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(body);
            OrderDto canceled = doc.RootElement.GetProperty("cancelResponse").Deserialize(RestJsonContext.Default.OrderDto)!;
            OrderDto placed = doc.RootElement.GetProperty("newOrderResponse").Deserialize(RestJsonContext.Default.OrderDto)!;
            return (RestMapping.ToReport(canceled, cancelClientOrderId), RestMapping.ToReport(placed, replacement.ClientOrderId));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BinanceApiException(200, 0, "Unreadable cancelReplace answer: " + e.Message, outcomeUnknown: false, inner: e);
        }
    }

    /// <summary>
    /// AmendKeepPriorityAsync reduces an open order's quantity in place (<c>PUT /api/v3/order/amend/keepPriority</c>),
    /// keeping its place in the queue and its client order id.
    /// </summary>
    public async Task<OrderReport> AmendKeepPriorityAsync(string symbol, string clientOrderId, Quantity newQuantity, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority",
            $"symbol={Escape(symbol)}&origClientOrderId={Escape(clientOrderId)}&newClientOrderId={Escape(clientOrderId)}&newQty={newQuantity}",
            signed: true, cancellationToken).ConfigureAwait(false);
        AmendDto amend = Deserialize(body, RestJsonContext.Default.AmendDto);
        AmendedOrderDto o = amend.AmendedOrder ?? throw new BinanceApiException(200, 0, "Amend answer without amendedOrder.", outcomeUnknown: false);
        var dto = new OrderDto
        {
            Symbol = o.Symbol,
            OrderId = o.OrderId,
            OrderListId = o.OrderListId,
            ClientOrderId = o.ClientOrderId,
            Price = o.Price,
            OrigQty = o.Qty,
            ExecutedQty = o.ExecutedQty,
            CummulativeQuoteQty = o.CumulativeQuoteQty,
            Status = o.Status,
            TimeInForce = o.TimeInForce,
            Type = o.Type,
            Side = o.Side,
            TransactTime = amend.TransactTime,
        };
        return RestMapping.ToReport(dto, clientOrderId);
    }

    /// <summary>
    /// GetAllOrdersAsync lists the account's orders on a symbol (<c>GET /api/v3/allOrders</c>, weight 20): from
    /// <paramref name="fromOrderId"/> on, or in a window of at most 24 hours, else the most recent; <paramref name="limit"/> 1..1000.
    /// </summary>
    public async Task<IReadOnlyList<OrderReport>> GetAllOrdersAsync(string symbol, long? fromOrderId = null, DateTimeOffset? startTime = null,
        DateTimeOffset? endTime = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 1000);
        string query = "symbol=" + Escape(symbol) + Optional("orderId", fromOrderId) + Window(startTime, endTime) + "&limit=" + limit.ToString(CultureInfo.InvariantCulture);
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/allOrders", query, signed: true, cancellationToken).ConfigureAwait(false);
        return Deserialize(body, RestJsonContext.Default.ListOrderDto).Select(d => RestMapping.ToReport(d, null)).ToList();
    }

    /// <summary>
    /// GetMyTradesAsync lists the account's trades on a symbol (<c>GET /api/v3/myTrades</c>) with commission and maker
    /// flag: of one order, from a trade id, or in a window of at most 24 hours, else the most recent; <paramref name="limit"/> 1..1000.
    /// </summary>
    public async Task<IReadOnlyList<AccountTrade>> GetMyTradesAsync(string symbol, long? orderId = null, long? fromTradeId = null,
        DateTimeOffset? startTime = null, DateTimeOffset? endTime = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 1000);
        string query = "symbol=" + Escape(symbol) + Optional("orderId", orderId) + Optional("fromId", fromTradeId) + Window(startTime, endTime)
            + "&limit=" + limit.ToString(CultureInfo.InvariantCulture);
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/myTrades", query, signed: true, cancellationToken).ConfigureAwait(false);
        return Deserialize(body, RestJsonContext.Default.ListMyTradeDto).Select(t => new AccountTrade(t.Symbol ?? "", t.Id, t.OrderId, t.OrderListId,
            RestMapping.Px(t.Price), RestMapping.Qty(t.Qty), RestMapping.Qty(t.QuoteQty), RestMapping.Qty(t.Commission), t.CommissionAsset ?? "",
            t.Time, t.IsBuyer, t.IsMaker)).ToList();
    }

    private static OrderListReport ToListReport(OrderListDto d) => new(d.OrderListId, d.ListClientOrderId ?? "", d.ListStatusType ?? "", d.ListOrderStatus ?? "",
        (d.OrderReports ?? []).Select(o => RestMapping.ToReport(o, null)).ToList());

    private static string Optional(string name, long? value) => value is { } v ? "&" + name + "=" + v.ToString(CultureInfo.InvariantCulture) : "";

    private static string Window(DateTimeOffset? start, DateTimeOffset? end) =>
        Optional("startTime", start?.ToUnixTimeMilliseconds()) + Optional("endTime", end?.ToUnixTimeMilliseconds());
}
