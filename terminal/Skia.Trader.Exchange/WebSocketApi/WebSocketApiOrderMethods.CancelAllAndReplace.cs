using System.Globalization;
using System.Text.Json;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.WebSocketApi;

/// <summary>
/// openOrders.cancelAll and order.cancelReplace, composed of the REST cancel/place/test operations
/// (<see cref="RestApi.Trade"/>) under the engine's lock, so each is atomic and validates exactly as
/// REST does. When REST gains DELETE /api/v3/openOrders and POST /api/v3/order/cancelReplace, these two
/// become rows of <see cref="Routes"/> and this file goes.
/// </summary>
internal sealed partial class WebSocketApiOrderMethods
{
    private static readonly ExchangeError CancelReplaceFailed = new(400, -2022, "Order cancel-replace failed.");
    private static readonly ExchangeError CancelReplacePartiallyFailed = new(409, -2021, "Order cancel-replace partially failed.");

    /// <summary>CancelAll cancels every open order of the account on one symbol: an array of order.cancel answers; -2011 when there was none.</summary>
    private (int Status, byte[] Json) CancelAll(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        lock (_engine.Sync)
        {
            if (!_engine.Books.ContainsKey(symbol))
                return Fail(ExchangeError.InvalidSymbol);
            List<OrderRecord> open = _engine.OpenOrders(account, symbol);
            if (open.Count == 0)
                return Fail(ExchangeError.UnknownOrderCancel);
            var answers = new List<byte[]>(open.Count);
            foreach (OrderRecord o in open)
            {
                var one = new RequestParameters(
                    [new("symbol", symbol), new("orderId", o.OrderId.ToString(CultureInfo.InvariantCulture))], p.SignedPayload);
                (int status, byte[] json) = _rest.Trade("DELETE", "/api/v3/order", account, one);
                if (status == 200)
                    answers.Add(json);
            }
            return (200, JsonDocumentWriter.Write(answers, static (w, list) =>
            {
                w.WriteStartArray();
                foreach (byte[] a in list)
                    w.WriteRawValue(a);
                w.WriteEndArray();
            }));
        }
    }

    /// <summary>
    /// CancelReplace cancels an order and places a new one (cancelReplaceMode STOP_ON_FAILURE or ALLOW_FAILURE),
    /// answering as Binance documents: 200 with both answers; 400 -2022 when the cancel failed and nothing was
    /// placed (or both failed); 409 -2021 when one of the two failed, with "data" saying which. The new order's
    /// parameters are validated first (as order.test does): a malformed one is refused before anything is cancelled.
    /// </summary>
    private (int Status, byte[] Json) CancelReplace(Account account, RequestParameters p)
    {
        if (p["symbol"] is not { } symbol)
            return Fail(ExchangeError.Mandatory("symbol"));
        if (p["cancelReplaceMode"] is not ("STOP_ON_FAILURE" or "ALLOW_FAILURE"))
            return Fail(ExchangeError.Mandatory("cancelReplaceMode"));
        bool stopOnFailure = p["cancelReplaceMode"] == "STOP_ON_FAILURE";
        string? cancelOrderId = p["cancelOrderId"], cancelClientId = p["cancelOrigClientOrderId"];
        if (cancelOrderId is null && cancelClientId is null)
            return Fail(new ExchangeError(400, -1102, "Param 'cancelOrigClientOrderId' or 'cancelOrderId' must be sent, but both were empty/null!"));
        var cancelParameters = new List<KeyValuePair<string, string>> { new("symbol", symbol) };
        if (cancelOrderId is not null)
            cancelParameters.Add(new("orderId", cancelOrderId));
        if (cancelClientId is not null)
            cancelParameters.Add(new("origClientOrderId", cancelClientId));
        if (p["cancelNewClientOrderId"] is { } cancelNewId)
            cancelParameters.Add(new("newClientOrderId", cancelNewId));

        lock (_engine.Sync)
        {
            (int checkStatus, byte[] checkJson) = _rest.Trade("POST", "/api/v3/order/test", account, p);
            if (checkStatus != 200)
                return (checkStatus, checkJson);
            (int cancelStatus, byte[] cancelJson) = _rest.Trade("DELETE", "/api/v3/order", account, new RequestParameters(cancelParameters, p.SignedPayload));
            bool canceled = cancelStatus == 200;
            if (!canceled && stopOnFailure)
                return (CancelReplaceFailed.HttpStatus, PartialError(CancelReplaceFailed, "FAILURE", "NOT_ATTEMPTED", cancelJson, null));
            (int placeStatus, byte[] placeJson) = _rest.Trade("POST", "/api/v3/order", account, p);
            bool placed = placeStatus == 200;
            if (canceled && placed)
            {
                return (200, JsonDocumentWriter.Write((cancelJson, placeJson), static (w, s) =>
                {
                    w.WriteStartObject();
                    w.WriteString("cancelResult", "SUCCESS");
                    w.WriteString("newOrderResult", "SUCCESS");
                    w.WritePropertyName("cancelResponse");
                    w.WriteRawValue(s.cancelJson);
                    w.WritePropertyName("newOrderResponse");
                    w.WriteRawValue(s.placeJson);
                    w.WriteEndObject();
                }));
            }
            ExchangeError error = canceled || placed ? CancelReplacePartiallyFailed : CancelReplaceFailed;
            return (error.HttpStatus, PartialError(error, canceled ? "SUCCESS" : "FAILURE", placed ? "SUCCESS" : "FAILURE", cancelJson, placeJson));
        }
    }

    private static (int, byte[]) Fail(ExchangeError e) => (e.HttpStatus, RestJson.Error(e.Code, e.Message));

    /// <summary>PartialError writes {"code":..,"msg":..,"data":{"cancelResult","newOrderResult","cancelResponse","newOrderResponse"}}.</summary>
    private static byte[] PartialError(ExchangeError error, string cancelResult, string newOrderResult, byte[] cancelJson, byte[]? placeJson) =>
        JsonDocumentWriter.Write((error, cancelResult, newOrderResult, cancelJson, placeJson), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteNumber("code", s.error.Code);
            w.WriteString("msg", s.error.Message);
            w.WriteStartObject("data");
            w.WriteString("cancelResult", s.cancelResult);
            w.WriteString("newOrderResult", s.newOrderResult);
            w.WritePropertyName("cancelResponse");
            w.WriteRawValue(s.cancelJson);
            w.WritePropertyName("newOrderResponse");
            if (s.placeJson is null)
                w.WriteNullValue();
            else
                w.WriteRawValue(s.placeJson);
            w.WriteEndObject();
            w.WriteEndObject();
        });
}
