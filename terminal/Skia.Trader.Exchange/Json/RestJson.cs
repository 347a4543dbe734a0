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
    public static byte[] NewOrder(OrderRecord o, string responseType, IReadOnlyList<TakerFill> fills) => JsonDocumentWriter.Write((o, responseType, fills), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("symbol", s.o.Symbol);
        w.WriteNumber("orderId", s.o.OrderId);
        w.WriteNumber("orderListId", -1);
        w.WriteString("clientOrderId", s.o.ClientOrderId);
        w.WriteNumber("transactTime", s.o.Time);
        if (s.responseType != "ACK")
        {
            WriteOrderBody(w, s.o);
            w.WriteNumber("workingTime", s.o.Time);
            w.WriteString("selfTradePreventionMode", "EXPIRE_TAKER");
        }
        if (s.responseType == "FULL")
        {
            w.WriteStartArray("fills");
            foreach (TakerFill f in s.fills)
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
    });

    /// <summary>Canceled writes the answer to DELETE /api/v3/order.</summary>
    public static byte[] Canceled(OrderRecord o, string cancelClientOrderId, long now) => JsonDocumentWriter.Write((o, cancelClientOrderId, now), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("symbol", s.o.Symbol);
        w.WriteString("origClientOrderId", s.o.ClientOrderId);
        w.WriteNumber("orderId", s.o.OrderId);
        w.WriteNumber("orderListId", -1);
        w.WriteString("clientOrderId", s.cancelClientOrderId);
        w.WriteNumber("transactTime", s.now);
        WriteOrderBody(w, s.o);
        w.WriteString("selfTradePreventionMode", "EXPIRE_TAKER");
        w.WriteEndObject();
    });

    /// <summary>Order writes one order as GET /api/v3/order and openOrders list it.</summary>
    public static void WriteQueriedOrder(Utf8JsonWriter w, OrderRecord o)
    {
        w.WriteStartObject();
        w.WriteString("symbol", o.Symbol);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", -1);
        w.WriteString("clientOrderId", o.ClientOrderId);
        WriteOrderBody(w, o);
        JsonMoney.Write(w, "stopPrice", Price.Zero);
        JsonMoney.Write(w, "icebergQty", Quantity.Zero);
        w.WriteNumber("time", o.Time);
        w.WriteNumber("updateTime", o.UpdateTime);
        w.WriteBoolean("isWorking", o.Status is OrderStatus.New or OrderStatus.PartiallyFilled);
        w.WriteNumber("workingTime", o.Time);
        w.WriteString("selfTradePreventionMode", "EXPIRE_TAKER");
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
        w.WriteString("status", OrderWireNames.ToWire(o.Status));
        w.WriteString("timeInForce", OrderWireNames.ToWire(o.TimeInForce));
        w.WriteString("type", OrderWireNames.ToWire(o.Type));
        w.WriteString("side", OrderWireNames.ToWire(o.Side));
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
        w.WriteStringValue("LIMIT");
        w.WriteStringValue("LIMIT_MAKER");
        w.WriteStringValue("MARKET");
        w.WriteEndArray();
        w.WriteBoolean("icebergAllowed", false);
        w.WriteBoolean("ocoAllowed", false);
        w.WriteBoolean("quoteOrderQtyMarketAllowed", true);
        w.WriteBoolean("allowTrailingStop", false);
        w.WriteBoolean("cancelReplaceAllowed", false);
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
