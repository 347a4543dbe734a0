using System.Text.Json;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Http.RateLimits;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Json;

/// <summary>RestJson writes the REST API's bodies in Binance's shapes (field names and order as documented).</summary>
internal static class RestJson
{
    public static byte[] Error(int code, string message) => JsonDocumentWriter.Write((code, message), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteNumber("code", s.code);
        w.WriteString("msg", s.message);
        w.WriteEndObject();
    });

    public static byte[] ServerTime(long now) => JsonDocumentWriter.Write(now, static (w, t) =>
    {
        w.WriteStartObject();
        w.WriteNumber("serverTime", t);
        w.WriteEndObject();
    });

    public static byte[] Depth(long lastUpdateId, List<BookLevel> bids, List<BookLevel> asks) => JsonDocumentWriter.Write((lastUpdateId, bids, asks), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteNumber("lastUpdateId", s.lastUpdateId);
        JsonMoney.WriteLevels(w, "bids", s.bids);
        JsonMoney.WriteLevels(w, "asks", s.asks);
        w.WriteEndObject();
    });

    /// <summary>NewOrder writes the answer to POST /api/v3/order in the ACK, RESULT or FULL form.</summary>
    public static byte[] NewOrder(OrderRecord o, string responseType, IReadOnlyList<TakerFill> fills) =>
        JsonDocumentWriter.Write((o, responseType, fills), static (w, s) => WriteNewOrder(w, s.o, s.responseType, s.fills));

    /// <summary>Canceled writes the answer to DELETE /api/v3/order.</summary>
    public static byte[] Canceled(OrderRecord o, string cancelClientOrderId, long now) => JsonDocumentWriter.Write((o, cancelClientOrderId, now), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("symbol", s.o.Symbol);
        w.WriteString("origClientOrderId", s.o.ClientOrderId);
        w.WriteNumber("orderId", s.o.OrderId);
        w.WriteNumber("orderListId", s.o.OrderListId);
        w.WriteString("clientOrderId", s.cancelClientOrderId);
        w.WriteNumber("transactTime", s.now);
        WriteOrderBody(w, s.o);
        WriteConditional(w, s.o);
        w.WriteString("selfTradePreventionMode", StpName(s.o.SelfTradePrevention));
        w.WriteEndObject();
    });

    /// <summary>WriteCanceled writes one cancelled order as DELETE /api/v3/order, cancelReplace and DELETE /api/v3/openOrders list it.</summary>
    public static void WriteCanceled(Utf8JsonWriter w, OrderRecord o, string cancelClientOrderId, long now)
    {
        w.WriteStartObject();
        w.WriteString("symbol", o.Symbol);
        w.WriteString("origClientOrderId", o.ClientOrderId);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", o.OrderListId);
        w.WriteString("clientOrderId", cancelClientOrderId);
        w.WriteNumber("transactTime", now);
        WriteOrderBody(w, o);
        WriteConditional(w, o);
        w.WriteString("selfTradePreventionMode", StpName(o.SelfTradePrevention));
        w.WriteEndObject();
    }

    /// <summary>WriteNewOrder writes a placed order in the ACK, RESULT or FULL form (without fills for ACK/RESULT), as an object value.</summary>
    public static void WriteNewOrder(Utf8JsonWriter w, OrderRecord o, string responseType, IReadOnlyList<TakerFill> fills)
    {
        w.WriteStartObject();
        w.WriteString("symbol", o.Symbol);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", o.OrderListId);
        w.WriteString("clientOrderId", o.ClientOrderId);
        w.WriteNumber("transactTime", o.Time);
        if (responseType != "ACK")
        {
            WriteOrderBody(w, o);
            WriteConditional(w, o);
            w.WriteNumber("workingTime", o.WorkingTime);
            w.WriteString("selfTradePreventionMode", StpName(o.SelfTradePrevention));
        }
        if (responseType == "FULL")
        {
            w.WriteStartArray("fills");
            foreach (TakerFill f in fills)
            {
                w.WriteStartObject();
                JsonMoney.Write(w, "price", f.Price);
                JsonMoney.Write(w, "qty", f.Quantity);
                JsonMoney.Write(w, "commission", f.Commission);
                w.WriteString("commissionAsset", f.CommissionAsset);
                w.WriteNumber("tradeId", f.TradeId);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>WriteListStatus writes an order list as POST /api/v3/orderList/oco and DELETE /api/v3/openOrders answer it (with orderReports).</summary>
    public static void WriteOrderList(Utf8JsonWriter w, ListStatusReport list, string responseType, bool canceled, long now)
    {
        w.WriteStartObject();
        w.WriteNumber("orderListId", list.OrderListId);
        w.WriteString("contingencyType", "OCO");
        w.WriteString("listStatusType", list.ListStatusType);
        w.WriteString("listOrderStatus", list.ListOrderStatus);
        w.WriteString("listClientOrderId", list.ListClientOrderId);
        w.WriteNumber("transactionTime", list.TransactionTime);
        w.WriteString("symbol", list.Symbol);
        w.WriteStartArray("orders");
        foreach (OrderRecord o in list.Orders)
        {
            w.WriteStartObject();
            w.WriteString("symbol", o.Symbol);
            w.WriteNumber("orderId", o.OrderId);
            w.WriteString("clientOrderId", o.ClientOrderId);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("orderReports");
        foreach (OrderRecord o in list.Orders)
        {
            if (canceled)
                WriteCanceled(w, o, "cancel" + o.OrderId, now);
            else
                WriteNewOrder(w, o, responseType, []);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static byte[] OrderList(ListStatusReport list, string responseType, long now) =>
        JsonDocumentWriter.Write((list, responseType, now), static (w, s) => WriteOrderList(w, s.list, s.responseType, false, s.now));

    /// <summary>CanceledAll writes DELETE /api/v3/openOrders' answer: each cancelled order, and each cancelled order list with its reports.</summary>
    public static byte[] CanceledAll(List<OrderRecord> orders, List<ListStatusReport> lists, long now) => JsonDocumentWriter.Write((orders, lists, now), static (w, s) =>
    {
        w.WriteStartArray();
        foreach (OrderRecord o in s.orders)
            WriteCanceled(w, o, "cancel" + o.OrderId, s.now);
        foreach (ListStatusReport l in s.lists)
            WriteOrderList(w, l, "RESULT", true, s.now);
        w.WriteEndArray();
    });

    /// <summary>Amended writes PUT /api/v3/order/amend/keepPriority's answer.</summary>
    public static byte[] Amended(OrderRecord o, string origClientOrderId, long now, long executionId) => JsonDocumentWriter.Write((o, origClientOrderId, now, executionId), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteNumber("transactTime", s.now);
        w.WriteNumber("executionId", s.executionId);
        w.WriteStartObject("amendedOrder");
        w.WriteString("symbol", s.o.Symbol);
        w.WriteNumber("orderId", s.o.OrderId);
        w.WriteNumber("orderListId", s.o.OrderListId);
        w.WriteString("origClientOrderId", s.origClientOrderId);
        w.WriteString("clientOrderId", s.o.ClientOrderId);
        JsonMoney.Write(w, "price", s.o.Price);
        JsonMoney.Write(w, "qty", s.o.OrigQuantity);
        JsonMoney.Write(w, "executedQty", s.o.Executed);
        JsonMoney.Write(w, "preventedQty", Quantity.Zero);
        JsonMoney.Write(w, "quoteOrderQty", s.o.OrigQuoteQuantity);
        JsonMoney.Write(w, "cumulativeQuoteQty", s.o.CumulativeQuote);
        w.WriteString("status", ExchangeWireNames.Name(s.o.Status));
        w.WriteString("timeInForce", ExchangeWireNames.Name(s.o.TimeInForce));
        w.WriteString("type", ExchangeWireNames.Name(s.o.Type));
        w.WriteString("side", ExchangeWireNames.Name(s.o.Side));
        if (s.o.WorkingTime >= 0)
            w.WriteNumber("workingTime", s.o.WorkingTime);
        w.WriteString("selfTradePreventionMode", StpName(s.o.SelfTradePrevention));
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>CancelReplace writes POST /api/v3/order/cancelReplace's answer, or the data object of its -2021/-2022 error.</summary>
    public static byte[] CancelReplace(int code, string? message, OrderRecord? canceled, ExchangeError? cancelError, string cancelClientOrderId,
        OrderRecord? placed, ExchangeError? placeError, bool placeAttempted, string responseType, IReadOnlyList<TakerFill> fills, long now) =>
        JsonDocumentWriter.Write((code, message, canceled, cancelError, cancelClientOrderId, placed, placeError, placeAttempted, responseType, fills, now), static (w, s) =>
        {
            w.WriteStartObject();
            if (s.code != 0)
            {
                w.WriteNumber("code", s.code);
                w.WriteString("msg", s.message);
                w.WriteStartObject("data");
            }
            w.WriteString("cancelResult", s.canceled is null ? "FAILURE" : "SUCCESS");
            w.WriteString("newOrderResult", s.placed is not null ? "SUCCESS" : s.placeAttempted ? "FAILURE" : "NOT_ATTEMPTED");
            w.WritePropertyName("cancelResponse");
            if (s.canceled is not null)
                WriteCanceled(w, s.canceled, s.cancelClientOrderId, s.now);
            else
                WriteErrorObject(w, s.cancelError!);
            w.WritePropertyName("newOrderResponse");
            if (s.placed is not null)
                WriteNewOrder(w, s.placed, s.responseType, s.fills);
            else if (s.placeError is not null)
                WriteErrorObject(w, s.placeError);
            else
                w.WriteNullValue();
            if (s.code != 0)
                w.WriteEndObject();
            w.WriteEndObject();
        });

    private static void WriteErrorObject(Utf8JsonWriter w, ExchangeError e)
    {
        w.WriteStartObject();
        w.WriteNumber("code", e.Code);
        w.WriteString("msg", e.Message);
        w.WriteEndObject();
    }

    /// <summary>MyTrades writes GET /api/v3/myTrades' rows.</summary>
    public static byte[] MyTrades(List<AccountTrade> trades) => JsonDocumentWriter.Write(trades, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (AccountTrade a in list)
        {
            w.WriteStartObject();
            w.WriteString("symbol", a.Trade.Symbol);
            w.WriteNumber("id", a.Trade.TradeId);
            w.WriteNumber("orderId", a.OrderId);
            w.WriteNumber("orderListId", a.OrderListId);
            JsonMoney.Write(w, "price", a.Trade.Price);
            JsonMoney.Write(w, "qty", a.Trade.Quantity);
            JsonMoney.Write(w, "quoteQty", a.Trade.QuoteQuantity);
            JsonMoney.Write(w, "commission", a.Commission);
            w.WriteString("commissionAsset", a.CommissionAsset);
            w.WriteNumber("time", a.Trade.Time);
            w.WriteBoolean("isBuyer", a.IsBuyer);
            w.WriteBoolean("isMaker", a.IsMaker);
            w.WriteBoolean("isBestMatch", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>StpName is the wire name of a self-trade prevention mode.</summary>
    public static string StpName(SelfTradePreventionMode mode) => mode switch
    {
        SelfTradePreventionMode.ExpireTaker => "EXPIRE_TAKER",
        SelfTradePreventionMode.ExpireMaker => "EXPIRE_MAKER",
        SelfTradePreventionMode.ExpireBoth => "EXPIRE_BOTH",
        SelfTradePreventionMode.None => "NONE",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown self-trade prevention mode."),
    };

    /// <summary>WriteConditional writes the documented conditional order fields: stopPrice (contingent types), icebergQty (iceberg orders), trailingDelta and trailingTime (trailing stops).</summary>
    private static void WriteConditional(Utf8JsonWriter w, OrderRecord o)
    {
        if (o.Type is OrderType.StopLoss or OrderType.StopLossLimit or OrderType.TakeProfit or OrderType.TakeProfitLimit)
            JsonMoney.Write(w, "stopPrice", o.StopPrice);
        if (!o.IcebergQuantity.IsZero)
            JsonMoney.Write(w, "icebergQty", o.IcebergQuantity);
        if (o.TrailingDelta != 0)
        {
            w.WriteNumber("trailingDelta", o.TrailingDelta);
            w.WriteNumber("trailingTime", o.TrailingTime);
        }
    }

    /// <summary>Order writes one order as GET /api/v3/order and openOrders list it.</summary>
    public static void WriteQueriedOrder(Utf8JsonWriter w, OrderRecord o)
    {
        w.WriteStartObject();
        w.WriteString("symbol", o.Symbol);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", o.OrderListId);
        w.WriteString("clientOrderId", o.ClientOrderId);
        WriteOrderBody(w, o);
        JsonMoney.Write(w, "stopPrice", o.StopPrice);
        JsonMoney.Write(w, "icebergQty", o.IcebergQuantity);
        if (o.TrailingDelta != 0)
        {
            w.WriteNumber("trailingDelta", o.TrailingDelta);
            w.WriteNumber("trailingTime", o.TrailingTime);
        }
        w.WriteNumber("time", o.Time);
        w.WriteNumber("updateTime", o.UpdateTime);
        w.WriteBoolean("isWorking", o.IsWorking);
        w.WriteNumber("workingTime", o.WorkingTime);
        w.WriteString("selfTradePreventionMode", StpName(o.SelfTradePrevention));
        w.WriteEndObject();
    }

    public static byte[] Order(OrderRecord o) => JsonDocumentWriter.Write(o, WriteQueriedOrder);

    public static byte[] Orders(List<OrderRecord> orders) => JsonDocumentWriter.Write(orders, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (OrderRecord o in list)
            WriteQueriedOrder(w, o);
        w.WriteEndArray();
    });

    private static void WriteOrderBody(Utf8JsonWriter w, OrderRecord o)
    {
        JsonMoney.Write(w, "price", o.Price);
        JsonMoney.Write(w, "origQty", o.OrigQuantity);
        JsonMoney.Write(w, "executedQty", o.Executed);
        JsonMoney.Write(w, "origQuoteOrderQty", o.OrigQuoteQuantity);
        JsonMoney.Write(w, "cummulativeQuoteQty", o.CumulativeQuote); // sic: Binance's spelling
        w.WriteString("status", ExchangeWireNames.Name(o.Status));
        w.WriteString("timeInForce", ExchangeWireNames.Name(o.TimeInForce));
        w.WriteString("type", ExchangeWireNames.Name(o.Type));
        w.WriteString("side", ExchangeWireNames.Name(o.Side));
    }

    public static byte[] Account(IReadOnlyList<BalanceRecord> balances, Quantity makerRate, Quantity takerRate, long updateTime) =>
        JsonDocumentWriter.Write((balances, makerRate, takerRate, updateTime), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteNumber("makerCommission", s.makerRate.Raw / 100_000); // in basis points: 0.001 -> 10
            w.WriteNumber("takerCommission", s.takerRate.Raw / 100_000);
            w.WriteNumber("buyerCommission", 0);
            w.WriteNumber("sellerCommission", 0);
            w.WriteStartObject("commissionRates");
            JsonMoney.Write(w, "maker", s.makerRate);
            JsonMoney.Write(w, "taker", s.takerRate);
            JsonMoney.Write(w, "buyer", Quantity.Zero);
            JsonMoney.Write(w, "seller", Quantity.Zero);
            w.WriteEndObject();
            w.WriteBoolean("canTrade", true);
            w.WriteBoolean("canWithdraw", false);
            w.WriteBoolean("canDeposit", false);
            w.WriteBoolean("brokered", false);
            w.WriteBoolean("requireSelfTradePrevention", false);
            w.WriteBoolean("preventSor", false);
            w.WriteNumber("updateTime", s.updateTime);
            w.WriteString("accountType", "SPOT");
            w.WriteStartArray("balances");
            foreach (BalanceRecord b in s.balances)
            {
                w.WriteStartObject();
                w.WriteString("asset", b.Asset);
                JsonMoney.Write(w, "free", b.Free);
                JsonMoney.Write(w, "locked", b.Locked);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("permissions");
            w.WriteStringValue("SPOT");
            w.WriteEndArray();
            w.WriteNumber("uid", 1);
            w.WriteEndObject();
        });

    public static byte[] ExchangeInfo(IEnumerable<SymbolInfo> symbols, long now, IReadOnlyList<RateLimit> rateLimits) =>
        JsonDocumentWriter.Write((symbols, now, rateLimits), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("timezone", "UTC");
        w.WriteNumber("serverTime", s.now);
        w.WriteStartArray("rateLimits");
        foreach (RateLimit limit in s.rateLimits)
            WriteRateLimit(w, limit);
        w.WriteEndArray();
        w.WriteStartArray("exchangeFilters");
        w.WriteEndArray();
        w.WriteStartArray("symbols");
        foreach (SymbolInfo info in s.symbols)
            WriteSymbol(w, info);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteRateLimit(Utf8JsonWriter w, RateLimit limit)
    {
        w.WriteStartObject();
        w.WriteString("rateLimitType", limit.TypeName);
        w.WriteString("interval", limit.IntervalName);
        w.WriteNumber("intervalNum", limit.IntervalNum);
        w.WriteNumber("limit", limit.Limit);
        w.WriteEndObject();
    }

    // Multipliers as Binance prints them: shortest form ("1.2", "5", "0.2").
    private static void WriteMultiplier(Utf8JsonWriter w, string name, Price value) => w.WriteString(name, value.ToString());

    private static void WriteSymbol(Utf8JsonWriter w, SymbolInfo s)
    {
        w.WriteStartObject();
        w.WriteString("symbol", s.Symbol);
        w.WriteString("status", "TRADING");
        w.WriteString("baseAsset", s.BaseAsset);
        w.WriteNumber("baseAssetPrecision", 8);
        w.WriteString("quoteAsset", s.QuoteAsset);
        w.WriteNumber("quotePrecision", 8);
        w.WriteNumber("quoteAssetPrecision", 8);
        w.WriteNumber("baseCommissionPrecision", 8);
        w.WriteNumber("quoteCommissionPrecision", 8);
        w.WriteStartArray("orderTypes");
        foreach (OrderShape shape in OrderShapes.All)
            w.WriteStringValue(ExchangeWireNames.Name(shape.Type));
        w.WriteEndArray();
        w.WriteBoolean("icebergAllowed", true);
        w.WriteBoolean("ocoAllowed", true);
        w.WriteBoolean("otoAllowed", false);
        w.WriteBoolean("quoteOrderQtyMarketAllowed", true);
        w.WriteBoolean("allowTrailingStop", true);
        w.WriteBoolean("cancelReplaceAllowed", true);
        w.WriteBoolean("amendAllowed", true);
        w.WriteBoolean("isSpotTradingAllowed", true);
        w.WriteBoolean("isMarginTradingAllowed", false);
        w.WriteStartArray("filters");
        w.WriteStartObject();
        w.WriteString("filterType", "PRICE_FILTER");
        JsonMoney.Write(w, "minPrice", s.PriceFilter.MinPrice);
        JsonMoney.Write(w, "maxPrice", s.PriceFilter.MaxPrice);
        JsonMoney.Write(w, "tickSize", s.PriceFilter.TickSize);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("filterType", "LOT_SIZE");
        JsonMoney.Write(w, "minQty", s.LotSize.MinQuantity);
        JsonMoney.Write(w, "maxQty", s.LotSize.MaxQuantity);
        JsonMoney.Write(w, "stepSize", s.LotSize.StepSize);
        w.WriteEndObject();
        if (s.IcebergParts > 0)
        {
            w.WriteStartObject();
            w.WriteString("filterType", "ICEBERG_PARTS");
            w.WriteNumber("limit", s.IcebergParts);
            w.WriteEndObject();
        }
        if (s.MarketLotSize is { } market)
        {
            w.WriteStartObject();
            w.WriteString("filterType", "MARKET_LOT_SIZE");
            JsonMoney.Write(w, "minQty", market.MinQuantity);
            JsonMoney.Write(w, "maxQty", market.MaxQuantity);
            JsonMoney.Write(w, "stepSize", market.StepSize);
            w.WriteEndObject();
        }
        if (s.TrailingDelta is { } trailing)
        {
            w.WriteStartObject();
            w.WriteString("filterType", "TRAILING_DELTA");
            w.WriteNumber("minTrailingAboveDelta", trailing.MinAbove);
            w.WriteNumber("maxTrailingAboveDelta", trailing.MaxAbove);
            w.WriteNumber("minTrailingBelowDelta", trailing.MinBelow);
            w.WriteNumber("maxTrailingBelowDelta", trailing.MaxBelow);
            w.WriteEndObject();
        }
        if (s.PercentPriceBySide is { } band)
        {
            w.WriteStartObject();
            w.WriteString("filterType", "PERCENT_PRICE_BY_SIDE");
            WriteMultiplier(w, "bidMultiplierUp", band.BidMultiplierUp);
            WriteMultiplier(w, "bidMultiplierDown", band.BidMultiplierDown);
            WriteMultiplier(w, "askMultiplierUp", band.AskMultiplierUp);
            WriteMultiplier(w, "askMultiplierDown", band.AskMultiplierDown);
            w.WriteNumber("avgPriceMins", band.AveragePriceMinutes);
            w.WriteEndObject();
        }
        w.WriteStartObject();
        w.WriteString("filterType", s.Notional.FilterType);
        JsonMoney.Write(w, "minNotional", s.Notional.MinNotional);
        if (s.Notional.FilterType == "MIN_NOTIONAL")
        {
            w.WriteBoolean("applyToMarket", s.Notional.ApplyMinToMarket);
        }
        else
        {
            w.WriteBoolean("applyMinToMarket", s.Notional.ApplyMinToMarket);
            JsonMoney.Write(w, "maxNotional", s.Notional.MaxNotional);
            w.WriteBoolean("applyMaxToMarket", s.Notional.ApplyMaxToMarket);
        }
        w.WriteNumber("avgPriceMins", 5);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("permissions");
        w.WriteEndArray();
        w.WriteString("defaultSelfTradePreventionMode", "EXPIRE_TAKER");
        w.WriteStartArray("allowedSelfTradePreventionModes");
        foreach (string mode in new[] { "NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH" })
            w.WriteStringValue(mode);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
