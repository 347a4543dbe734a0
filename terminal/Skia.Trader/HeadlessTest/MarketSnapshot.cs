using System.Globalization;
using System.Text.Json;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Terminal.HeadlessTest;

/// <summary>
/// MarketSnapshot is the recorded market <c>--headless-test</c> shows: one symbol's REST depth snapshot and its recorded
/// trades, compiled into the executable (HeadlessTest/Snapshot, see its README for the source and licence), and the
/// symbol's rules inferred from the book. Parsed with Utf8JsonReader: no reflection, nothing read from disk.
/// </summary>
internal sealed class MarketSnapshot
{
    // Quote assets tried, longest first, to split a symbol such as NKNUSDT into NKN and USDT (as the simulator's replay does).
    private static readonly string[] QuoteAssets = ["FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH", "BNB", "EUR"];

    private MarketSnapshot(SymbolInfo symbol, OrderBookSnapshot book, TradePrint[] trades, DateTimeOffset recordedAt)
    {
        Symbol = symbol;
        Book = book;
        Trades = trades;
        RecordedAt = recordedAt;
    }

    /// <summary>Symbol is the recorded symbol with the rules inferred from its book.</summary>
    public SymbolInfo Symbol { get; }

    /// <summary>Book is the recorded order book.</summary>
    public OrderBookSnapshot Book { get; }

    /// <summary>Trades are the recorded trades, oldest first.</summary>
    public IReadOnlyList<TradePrint> Trades { get; }

    /// <summary>RecordedAt is when the book was fetched.</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>LoadBundled reads the snapshot compiled into this executable.</summary>
    public static MarketSnapshot LoadBundled() =>
        Parse(Resource("Skia.Trader.HeadlessTest.depth-snapshot.http.txt"), Resource("Skia.Trader.HeadlessTest.trades.ws.txt"));

    /// <summary>
    /// Parse reads a depth snapshot line (<c>&lt;url&gt; -&gt; &lt;unix seconds&gt;: &lt;body&gt;</c>) and trade lines
    /// (<c>&lt;unix seconds&gt;: &lt;aggTrade frame&gt;</c>), as recorded in tests/data.
    /// </summary>
    public static MarketSnapshot Parse(ReadOnlySpan<byte> depthLine, ReadOnlySpan<byte> tradeLines)
    {
        int arrow = depthLine.IndexOf(" -> "u8);
        int colon = arrow < 0 ? -1 : depthLine[arrow..].IndexOf(": "u8);
        if (colon < 0) throw new FormatException("the bundled depth snapshot is not '<url> -> <seconds>: <body>'");
        colon += arrow;
        ReadOnlySpan<byte> url = depthLine[..arrow];
        int symbolAt = url.IndexOf("symbol="u8) + "symbol=".Length;
        int symbolEnd = url[symbolAt..].IndexOf((byte)'&');
        string symbol = System.Text.Encoding.ASCII.GetString(symbolEnd < 0 ? url[symbolAt..] : url.Slice(symbolAt, symbolEnd));
        double seconds = double.Parse(depthLine[(arrow + 4)..colon], NumberStyles.Float, CultureInfo.InvariantCulture);
        var recordedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));

        var bids = new List<BookLevel>(1000);
        var asks = new List<BookLevel>(1000);
        long lastUpdateId = ReadDepth(depthLine[(colon + 2)..], bids, asks);
        var book = new OrderBookSnapshot(symbol, lastUpdateId, recordedAt.ToUnixTimeMilliseconds(),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bids), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(asks));

        var trades = new List<TradePrint>();
        while (!tradeLines.IsEmpty)
        {
            int end = tradeLines.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? tradeLines : tradeLines[..end];
            tradeLines = end < 0 ? default : tradeLines[(end + 1)..];
            int frame = line.IndexOf(": "u8);
            if (frame >= 0 && ReadAggTrade(line[(frame + 2)..]) is { } trade) trades.Add(trade);
        }
        return new MarketSnapshot(InferSymbol(symbol, bids, asks), book, trades.ToArray(), recordedAt);
    }

    private static byte[] Resource(string name)
    {
        using Stream stream = typeof(MarketSnapshot).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the executable lacks its bundled market snapshot ({name})");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static long ReadDepth(ReadOnlySpan<byte> body, List<BookLevel> bids, List<BookLevel> asks)
    {
        long lastUpdateId = 0;
        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("lastUpdateId"u8))
            {
                reader.Read();
                lastUpdateId = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("bids"u8) || reader.ValueTextEquals("asks"u8))
            {
                List<BookLevel> into = reader.ValueTextEquals("bids"u8) ? bids : asks;
                reader.Read(); // [
                while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    reader.Read();
                    if (!Price.TryParse(reader.ValueSpan, out Price price)) throw new FormatException("a bundled book level has a bad price");
                    reader.Read();
                    if (!Quantity.TryParse(reader.ValueSpan, out Quantity quantity)) throw new FormatException("a bundled book level has a bad quantity");
                    reader.Read(); // ]
                    into.Add(new BookLevel(price, quantity));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return lastUpdateId;
    }

    // A combined-stream frame {"stream":"...@aggTrade","data":{"a":id,"p":"price","q":"qty","T":time,"m":buyerIsMaker,...}}.
    private static TradePrint? ReadAggTrade(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        long id = 0, time = 0;
        Price price = default;
        Quantity quantity = default;
        bool buyerIsMaker = false, isTrade = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 2) continue;
            if (reader.ValueTextEquals("e"u8)) { reader.Read(); isTrade = reader.ValueTextEquals("aggTrade"u8); }
            else if (reader.ValueTextEquals("a"u8)) { reader.Read(); id = reader.GetInt64(); }
            else if (reader.ValueTextEquals("p"u8)) { reader.Read(); Price.TryParse(reader.ValueSpan, out price); }
            else if (reader.ValueTextEquals("q"u8)) { reader.Read(); Quantity.TryParse(reader.ValueSpan, out quantity); }
            else if (reader.ValueTextEquals("T"u8)) { reader.Read(); time = reader.GetInt64(); }
            else if (reader.ValueTextEquals("m"u8)) { reader.Read(); buyerIsMaker = reader.GetBoolean(); }
        }
        return isTrade ? new TradePrint(id, price, quantity, time, buyerIsMaker) : null;
    }

    // Tick and step from the finest decimals in the book, as the simulator's replay infers them; no notional minimum.
    private static SymbolInfo InferSymbol(string symbol, List<BookLevel> bids, List<BookLevel> asks)
    {
        int priceDecimals = 0, quantityDecimals = 0;
        foreach (List<BookLevel> side in (List<BookLevel>[])[bids, asks])
        {
            foreach (BookLevel level in side)
            {
                priceDecimals = Math.Max(priceDecimals, DecimalsOf(level.Price.Raw));
                quantityDecimals = Math.Max(quantityDecimals, DecimalsOf(level.Quantity.Raw));
            }
        }
        var tick = Price.FromRaw(Pow10(8 - priceDecimals));
        var step = Quantity.FromRaw(Pow10(8 - quantityDecimals));
        string quote = Array.Find(QuoteAssets, q => symbol.Length > q.Length && symbol.EndsWith(q, StringComparison.Ordinal)) ?? "USDT";
        return new SymbolInfo(symbol, symbol[..^quote.Length], quote,
            new PriceFilter(tick, Price.FromUnits(1_000_000), tick),
            new LotSizeFilter(step, Quantity.FromUnits(90_000_000), step),
            NotionalFilter.None);
    }

    // How many of the 8 decimals a raw fixed-point value needs (0 for 1.0, 4 for 0.0001).
    private static int DecimalsOf(long raw)
    {
        int decimals = 8;
        while (decimals > 0 && raw % 10 == 0)
        {
            raw /= 10;
            decimals--;
        }
        return raw == 0 ? 0 : decimals;
    }

    private static long Pow10(int n)
    {
        long value = 1;
        for (int i = 0; i < n; i++) value *= 10;
        return value;
    }
}
