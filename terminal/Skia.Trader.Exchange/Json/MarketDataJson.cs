using System.Text.Json;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Json;

/// <summary>
/// MarketDataJson writes the second round of market data in Binance's shapes (BINANCE.md, "Market data
/// (second round)"): REST recent trades, aggregate trades, 24 h tickers (FULL and MINI), book tickers and
/// the average price, and the <c>@ticker</c>, <c>@miniTicker</c>, <c>!miniTicker@arr</c> and <c>@avgPrice</c> events.
/// </summary>
internal static class MarketDataJson
{
    /// <summary>BookTickerRow is one symbol's best bid and ask for <c>GET /api/v3/ticker/bookTicker</c> (zero when a side is empty).</summary>
    public readonly record struct BookTickerRow(string Symbol, Price BidPrice, Quantity BidQuantity, Price AskPrice, Quantity AskQuantity);

    /// <summary>Trades writes <c>GET /api/v3/trades</c>: [{"id","price","qty","quoteQty","time","isBuyerMaker","isBestMatch"}].</summary>
    public static byte[] Trades(List<TradeRecord> trades) => JsonDocumentWriter.Write(trades, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (TradeRecord t in list)
        {
            w.WriteStartObject();
            w.WriteNumber("id", t.TradeId);
            JsonMoney.Write(w, "price", t.Price);
            JsonMoney.Write(w, "qty", t.Quantity);
            JsonMoney.Write(w, "quoteQty", t.QuoteQuantity);
            w.WriteNumber("time", t.Time);
            w.WriteBoolean("isBuyerMaker", t.BuyerIsMaker);
            w.WriteBoolean("isBestMatch", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>AggregateTrades writes <c>GET /api/v3/aggTrades</c>: [{"a","p","q","f","l","T","m","M"}].</summary>
    public static byte[] AggregateTrades(List<AggregateTrade> aggregates) => JsonDocumentWriter.Write(aggregates, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (AggregateTrade a in list)
        {
            w.WriteStartObject();
            w.WriteNumber("a", a.Id);
            JsonMoney.Write(w, "p", a.Price);
            JsonMoney.Write(w, "q", a.Quantity);
            w.WriteNumber("f", a.FirstTradeId);
            w.WriteNumber("l", a.LastTradeId);
            w.WriteNumber("T", a.Time);
            w.WriteBoolean("m", a.BuyerIsMaker);
            w.WriteBoolean("M", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>Tickers writes <c>GET /api/v3/ticker/24hr</c>: one object when <paramref name="single"/>, else an array; FULL or MINI fields.</summary>
    public static byte[] Tickers(List<(string Symbol, TickerStatistics Stats, BookTickerRow Book)> rows, bool single, bool mini) =>
        JsonDocumentWriter.Write((rows, single, mini), static (w, s) =>
        {
            if (!s.single)
                w.WriteStartArray();
            foreach (var (symbol, t, book) in s.rows)
                WriteTicker(w, symbol, t, book, s.mini);
            if (!s.single)
                w.WriteEndArray();
        });

    private static void WriteTicker(Utf8JsonWriter w, string symbol, TickerStatistics t, BookTickerRow book, bool mini)
    {
        w.WriteStartObject();
        w.WriteString("symbol", symbol);
        if (!mini)
        {
            JsonMoney.Write(w, "priceChange", t.PriceChange);
            WritePercent(w, "priceChangePercent", t.PriceChangePercent);
            JsonMoney.Write(w, "weightedAvgPrice", t.WeightedAveragePrice);
            JsonMoney.Write(w, "prevClosePrice", t.PrevClose);
        }
        else
        {
            JsonMoney.Write(w, "openPrice", t.Open);
            JsonMoney.Write(w, "highPrice", t.High);
            JsonMoney.Write(w, "lowPrice", t.Low);
        }
        JsonMoney.Write(w, "lastPrice", t.Last);
        if (!mini)
        {
            JsonMoney.Write(w, "lastQty", t.LastQuantity);
            JsonMoney.Write(w, "bidPrice", book.BidPrice);
            JsonMoney.Write(w, "bidQty", book.BidQuantity);
            JsonMoney.Write(w, "askPrice", book.AskPrice);
            JsonMoney.Write(w, "askQty", book.AskQuantity);
            JsonMoney.Write(w, "openPrice", t.Open);
            JsonMoney.Write(w, "highPrice", t.High);
            JsonMoney.Write(w, "lowPrice", t.Low);
        }
        JsonMoney.Write(w, "volume", t.Volume);
        JsonMoney.Write(w, "quoteVolume", t.QuoteVolume);
        w.WriteNumber("openTime", t.OpenTime);
        w.WriteNumber("closeTime", t.CloseTime);
        w.WriteNumber("firstId", t.FirstId);
        w.WriteNumber("lastId", t.LastId);
        w.WriteNumber("count", t.Count);
        w.WriteEndObject();
    }

    /// <summary>BookTickers writes <c>GET /api/v3/ticker/bookTicker</c>: {"symbol","bidPrice","bidQty","askPrice","askQty"}, one or an array.</summary>
    public static byte[] BookTickers(List<BookTickerRow> rows, bool single) => JsonDocumentWriter.Write((rows, single), static (w, s) =>
    {
        if (!s.single)
            w.WriteStartArray();
        foreach (BookTickerRow r in s.rows)
        {
            w.WriteStartObject();
            w.WriteString("symbol", r.Symbol);
            JsonMoney.Write(w, "bidPrice", r.BidPrice);
            JsonMoney.Write(w, "bidQty", r.BidQuantity);
            JsonMoney.Write(w, "askPrice", r.AskPrice);
            JsonMoney.Write(w, "askQty", r.AskQuantity);
            w.WriteEndObject();
        }
        if (!s.single)
            w.WriteEndArray();
    });

    /// <summary>AveragePrice writes <c>GET /api/v3/avgPrice</c>: {"mins":5,"price":"…","closeTime":lastTradeTime}.</summary>
    public static byte[] AveragePrice(int minutes, Price price, long closeTime) => JsonDocumentWriter.Write((minutes, price, closeTime), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteNumber("mins", s.minutes);
        JsonMoney.Write(w, "price", s.price);
        w.WriteNumber("closeTime", s.closeTime);
        w.WriteEndObject();
    });

    /// <summary>TickerEvent writes the <c>@ticker</c> event (e "24hrTicker"): p P w x c Q b B a A o h l v q O C F L n.</summary>
    public static byte[] TickerEvent(string symbol, TickerStatistics t, BookTickerRow book, long eventTime) =>
        JsonDocumentWriter.Write((symbol, t, book, eventTime), static (w, s) =>
        {
            TickerStatistics t = s.t;
            w.WriteStartObject();
            w.WriteString("e", "24hrTicker");
            w.WriteNumber("E", s.eventTime);
            w.WriteString("s", s.symbol);
            JsonMoney.Write(w, "p", t.PriceChange);
            WritePercent(w, "P", t.PriceChangePercent);
            JsonMoney.Write(w, "w", t.WeightedAveragePrice);
            JsonMoney.Write(w, "x", t.PrevClose);
            JsonMoney.Write(w, "c", t.Last);
            JsonMoney.Write(w, "Q", t.LastQuantity);
            JsonMoney.Write(w, "b", s.book.BidPrice);
            JsonMoney.Write(w, "B", s.book.BidQuantity);
            JsonMoney.Write(w, "a", s.book.AskPrice);
            JsonMoney.Write(w, "A", s.book.AskQuantity);
            JsonMoney.Write(w, "o", t.Open);
            JsonMoney.Write(w, "h", t.High);
            JsonMoney.Write(w, "l", t.Low);
            JsonMoney.Write(w, "v", t.Volume);
            JsonMoney.Write(w, "q", t.QuoteVolume);
            w.WriteNumber("O", t.OpenTime);
            w.WriteNumber("C", t.CloseTime);
            w.WriteNumber("F", t.FirstId);
            w.WriteNumber("L", t.LastId);
            w.WriteNumber("n", t.Count);
            w.WriteEndObject();
        });

    /// <summary>MiniTickerEvent writes the <c>@miniTicker</c> event (e "24hrMiniTicker"): c o h l v q.</summary>
    public static byte[] MiniTickerEvent(string symbol, TickerStatistics t, long eventTime) =>
        JsonDocumentWriter.Write((symbol, t, eventTime), static (w, s) => WriteMiniTicker(w, s.symbol, s.t, s.eventTime));

    /// <summary>MiniTickerArray writes the <c>!miniTicker@arr</c> event: an array of mini-ticker events.</summary>
    public static byte[] MiniTickerArray(List<(string Symbol, TickerStatistics Stats)> rows, long eventTime) =>
        JsonDocumentWriter.Write((rows, eventTime), static (w, s) =>
        {
            w.WriteStartArray();
            foreach (var (symbol, t) in s.rows)
                WriteMiniTicker(w, symbol, t, s.eventTime);
            w.WriteEndArray();
        });

    private static void WriteMiniTicker(Utf8JsonWriter w, string symbol, TickerStatistics t, long eventTime)
    {
        w.WriteStartObject();
        w.WriteString("e", "24hrMiniTicker");
        w.WriteNumber("E", eventTime);
        w.WriteString("s", symbol);
        JsonMoney.Write(w, "c", t.Last);
        JsonMoney.Write(w, "o", t.Open);
        JsonMoney.Write(w, "h", t.High);
        JsonMoney.Write(w, "l", t.Low);
        JsonMoney.Write(w, "v", t.Volume);
        JsonMoney.Write(w, "q", t.QuoteVolume);
        w.WriteEndObject();
    }

    /// <summary>AveragePriceEvent writes the <c>@avgPrice</c> event: {"e":"avgPrice","E","s","i":"5m","w","T"}.</summary>
    public static byte[] AveragePriceEvent(string symbol, int minutes, Price average, long lastTradeTime, long eventTime) =>
        JsonDocumentWriter.Write((symbol, minutes, average, lastTradeTime, eventTime), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("e", "avgPrice");
            w.WriteNumber("E", s.eventTime);
            w.WriteString("s", s.symbol);
            w.WriteString("i", s.minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m");
            JsonMoney.Write(w, "w", s.average);
            w.WriteNumber("T", s.lastTradeTime);
            w.WriteEndObject();
        });

    // Binance writes the change percent with three decimals ("-95.960").
    private static void WritePercent(Utf8JsonWriter w, string name, Price percent)
    {
        Span<byte> buffer = stackalloc byte[Price.MaxFormattedLength];
        percent.TryFormat(buffer, out int n, 3);
        w.WriteString(name, buffer[..n]);
    }
}
