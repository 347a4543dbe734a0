using System.Text.Json;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Json;

/// <summary>StreamJson writes market-stream and user-data payloads in Binance's shapes.</summary>
internal static class StreamJson
{
    public static byte[] DepthUpdate(string symbol, long eventTime, long firstId, long finalId, IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks) =>
        JsonDocumentWriter.Write((symbol, eventTime, firstId, finalId, bids, asks), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("e", "depthUpdate");
            w.WriteNumber("E", s.eventTime);
            w.WriteString("s", s.symbol);
            w.WriteNumber("U", s.firstId);
            w.WriteNumber("u", s.finalId);
            JsonMoney.WriteLevels(w, "b", s.bids);
            JsonMoney.WriteLevels(w, "a", s.asks);
            w.WriteEndObject();
        });

    public static byte[] PartialDepth(long lastUpdateId, List<BookLevel> bids, List<BookLevel> asks) =>
        JsonDocumentWriter.Write((lastUpdateId, bids, asks), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteNumber("lastUpdateId", s.lastUpdateId);
            JsonMoney.WriteLevels(w, "bids", s.bids);
            JsonMoney.WriteLevels(w, "asks", s.asks);
            w.WriteEndObject();
        });

    public static byte[] Trade(TradeRecord t, long eventTime) => JsonDocumentWriter.Write((t, eventTime), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("e", "trade");
        w.WriteNumber("E", s.eventTime);
        w.WriteString("s", s.t.Symbol);
        w.WriteNumber("t", s.t.TradeId);
        JsonMoney.Write(w, "p", s.t.Price);
        JsonMoney.Write(w, "q", s.t.Quantity);
        w.WriteNumber("T", s.t.Time);
        w.WriteBoolean("m", s.t.BuyerIsMaker);
        w.WriteBoolean("M", true);
        w.WriteEndObject();
    });

    /// <summary>AggregateTrade writes the <c>@aggTrade</c> event: {"e":"aggTrade","E","s","a","p","q","f","l","T","m","M"}.</summary>
    public static byte[] AggregateTrade(string symbol, AggregateTrade a, long eventTime) => JsonDocumentWriter.Write((symbol, a, eventTime), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("e", "aggTrade");
        w.WriteNumber("E", s.eventTime);
        w.WriteString("s", s.symbol);
        w.WriteNumber("a", s.a.Id);
        JsonMoney.Write(w, "p", s.a.Price);
        JsonMoney.Write(w, "q", s.a.Quantity);
        w.WriteNumber("f", s.a.FirstTradeId);
        w.WriteNumber("l", s.a.LastTradeId);
        w.WriteNumber("T", s.a.Time);
        w.WriteBoolean("m", s.a.BuyerIsMaker);
        w.WriteBoolean("M", true);
        w.WriteEndObject();
    });

    public static byte[] BookTicker(string symbol, long updateId, BookLevel bid, BookLevel ask) => JsonDocumentWriter.Write((symbol, updateId, bid, ask), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteNumber("u", s.updateId);
        w.WriteString("s", s.symbol);
        JsonMoney.Write(w, "b", s.bid.Price);
        JsonMoney.Write(w, "B", s.bid.Quantity);
        JsonMoney.Write(w, "a", s.ask.Price);
        JsonMoney.Write(w, "A", s.ask.Quantity);
        w.WriteEndObject();
    });

    public static byte[] Kline(string symbol, string interval, Candle c, long eventTime, bool closed) => JsonDocumentWriter.Write((symbol, interval, c, eventTime, closed), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteString("e", "kline");
        w.WriteNumber("E", s.eventTime);
        w.WriteString("s", s.symbol);
        w.WriteStartObject("k");
        w.WriteNumber("t", s.c.OpenTime);
        w.WriteNumber("T", s.c.CloseTime);
        w.WriteString("s", s.symbol);
        w.WriteString("i", s.interval);
        w.WriteNumber("f", s.c.FirstTradeId);
        w.WriteNumber("L", s.c.LastTradeId);
        JsonMoney.Write(w, "o", s.c.Open);
        JsonMoney.Write(w, "c", s.c.Close);
        JsonMoney.Write(w, "h", s.c.High);
        JsonMoney.Write(w, "l", s.c.Low);
        JsonMoney.Write(w, "v", s.c.Volume);
        w.WriteNumber("n", s.c.Trades);
        w.WriteBoolean("x", s.closed);
        JsonMoney.Write(w, "q", s.c.QuoteVolume);
        JsonMoney.Write(w, "V", s.c.TakerBuyVolume);
        JsonMoney.Write(w, "Q", s.c.TakerBuyQuoteVolume);
        w.WriteString("B", "0");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>KlineRows writes REST klines: [[openTime,"o","h","l","c","v",closeTime,"q",n,"V","Q","0"],...].</summary>
    public static byte[] KlineRows(List<Candle> candles) => JsonDocumentWriter.Write(candles, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (Candle c in list)
        {
            w.WriteStartArray();
            w.WriteNumberValue(c.OpenTime);
            JsonMoney.WriteValue(w, c.Open);
            JsonMoney.WriteValue(w, c.High);
            JsonMoney.WriteValue(w, c.Low);
            JsonMoney.WriteValue(w, c.Close);
            JsonMoney.WriteValue(w, c.Volume);
            w.WriteNumberValue(c.CloseTime);
            JsonMoney.WriteValue(w, c.QuoteVolume);
            w.WriteNumberValue(c.Trades);
            JsonMoney.WriteValue(w, c.TakerBuyVolume);
            JsonMoney.WriteValue(w, c.TakerBuyQuoteVolume);
            w.WriteStringValue("0");
            w.WriteEndArray();
        }
        w.WriteEndArray();
    });

    public static void WriteExecutionReport(Utf8JsonWriter w, ExecutionReport r)
    {
        OrderRecord o = r.Order;
        w.WriteStartObject();
        w.WriteString("e", "executionReport");
        w.WriteNumber("E", r.EventTime);
        w.WriteString("s", o.Symbol);
        w.WriteString("c", o.ClientOrderId);
        w.WriteString("S", ExchangeWireNames.Name(o.Side));
        w.WriteString("o", ExchangeWireNames.Name(o.Type));
        w.WriteString("f", ExchangeWireNames.Name(o.TimeInForce));
        JsonMoney.Write(w, "q", o.OrigQuantity);
        JsonMoney.Write(w, "p", o.Price);
        JsonMoney.Write(w, "P", o.StopPrice);
        JsonMoney.Write(w, "F", o.IcebergQuantity);
        w.WriteNumber("g", o.OrderListId);
        w.WriteString("C", r.OrigClientOrderId ?? "");
        w.WriteString("x", r.ExecutionType);
        w.WriteString("X", ExchangeWireNames.Name(o.Status));
        w.WriteString("r", r.RejectReason);
        w.WriteNumber("i", o.OrderId);
        JsonMoney.Write(w, "l", r.LastQuantity);
        JsonMoney.Write(w, "z", o.Executed);
        JsonMoney.Write(w, "L", r.LastPrice);
        JsonMoney.Write(w, "n", r.Commission);
        if (r.CommissionAsset is null)
            w.WriteNull("N");
        else
            w.WriteString("N", r.CommissionAsset);
        w.WriteNumber("T", r.EventTime);
        w.WriteNumber("t", r.TradeId);
        w.WriteNumber("v", 0);
        w.WriteNumber("I", r.EventTime);
        w.WriteBoolean("w", r.IsOnBook);
        w.WriteBoolean("m", r.IsMaker);
        w.WriteBoolean("M", false);
        w.WriteNumber("O", o.Time);
        JsonMoney.Write(w, "Z", o.CumulativeQuote);
        JsonMoney.Write(w, "Y", Quantity.FromRaw(r.LastQuantity.IsZero ? 0 : (r.LastPrice * r.LastQuantity).ToQuantity(RoundingDirection.Down).Raw));
        JsonMoney.Write(w, "Q", o.OrigQuoteQuantity);
        if (o.TrailingDelta != 0)
        {
            w.WriteNumber("d", o.TrailingDelta);
            w.WriteNumber("D", o.TrailingTime);
        }
        if (o.WorkingTime >= 0)
            w.WriteNumber("W", o.WorkingTime);
        w.WriteString("V", RestJson.StpName(o.SelfTradePrevention));
        w.WriteEndObject();
    }

    /// <summary>WriteListStatus writes the listStatus user-data event of an order list.</summary>
    public static void WriteListStatus(Utf8JsonWriter w, ListStatusReport r)
    {
        w.WriteStartObject();
        w.WriteString("e", "listStatus");
        w.WriteNumber("E", r.TransactionTime);
        w.WriteString("s", r.Symbol);
        w.WriteNumber("g", r.OrderListId);
        w.WriteString("c", "OCO");
        w.WriteString("l", r.ListStatusType);
        w.WriteString("L", r.ListOrderStatus);
        w.WriteString("r", "NONE");
        w.WriteString("C", r.ListClientOrderId);
        w.WriteNumber("T", r.TransactionTime);
        w.WriteStartArray("O");
        foreach (OrderRecord o in r.Orders)
        {
            w.WriteStartObject();
            w.WriteString("s", o.Symbol);
            w.WriteNumber("i", o.OrderId);
            w.WriteString("c", o.ClientOrderId);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteAccountPosition(Utf8JsonWriter w, long eventTime, IReadOnlyList<BalanceRecord> balances)
    {
        w.WriteStartObject();
        w.WriteString("e", "outboundAccountPosition");
        w.WriteNumber("E", eventTime);
        w.WriteNumber("u", eventTime);
        w.WriteStartArray("B");
        foreach (BalanceRecord b in balances)
        {
            w.WriteStartObject();
            w.WriteString("a", b.Asset);
            JsonMoney.Write(w, "f", b.Free);
            JsonMoney.Write(w, "l", b.Locked);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static byte[] ServerShutdown(long eventTime) => JsonDocumentWriter.Write(eventTime, static (w, t) =>
    {
        w.WriteStartObject();
        w.WriteString("e", "serverShutdown");
        w.WriteNumber("E", t);
        w.WriteEndObject();
    });

    /// <summary>Combined wraps a payload as the combined endpoint sends it: {"stream":"name","data":payload}.</summary>
    public static byte[] Combined(string stream, ReadOnlySpan<byte> data)
    {
        byte[] head = System.Text.Encoding.UTF8.GetBytes("{\"stream\":\"" + stream + "\",\"data\":");
        var frame = new byte[head.Length + data.Length + 1];
        head.CopyTo(frame, 0);
        data.CopyTo(frame.AsSpan(head.Length));
        frame[^1] = (byte)'}';
        return frame;
    }
}
