using System.Text;
using System.Text.Json;
using System.Web;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// ReplayRecording loads a recorded directory in the tests/data format:
/// <c>depth-snapshots.http.txt</c> (<c>&lt;url&gt; -&gt; &lt;unix seconds&gt;: &lt;body&gt;</c> per line) and
/// <c>streams.ws.txt</c> (a <c>&lt;url&gt; &lt;-&gt; &lt;unix seconds&gt;</c> header, then
/// <c>&lt;unix seconds&gt;: &lt;frame&gt;</c> per line). Parsed with Utf8JsonReader/JsonDocument, no reflection.
/// </summary>
internal sealed class ReplayRecording
{
    // Quote assets tried, longest first, to split a symbol such as NKNUSDT into NKN and USDT.
    private static readonly string[] QuoteAssets = ["FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH", "BNB", "EUR", "GBP", "TRY", "BRL", "AUD", "DAI"];

    public Dictionary<string, RecordedSnapshot> Snapshots { get; } = new(StringComparer.Ordinal);

    public List<RecordedFrame> Frames { get; } = new();

    public static ReplayRecording Load(string directory)
    {
        var recording = new ReplayRecording();
        string snapshots = Path.Combine(directory, "depth-snapshots.http.txt");
        string streams = Path.Combine(directory, "streams.ws.txt");
        if (!File.Exists(snapshots) || !File.Exists(streams))
            throw new FileNotFoundException($"A replay directory needs depth-snapshots.http.txt and streams.ws.txt: {directory}");
        foreach (string line in File.ReadLines(snapshots))
        {
            int arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            int colon = arrow < 0 ? -1 : line.IndexOf(": ", arrow, StringComparison.Ordinal);
            if (arrow < 0 || colon < 0)
                continue;
            var uri = new Uri(line[..arrow]);
            string? symbol = HttpUtility.ParseQueryString(uri.Query)["symbol"];
            if (symbol is null)
                continue;
            double seconds = double.Parse(line[(arrow + 4)..colon], System.Globalization.CultureInfo.InvariantCulture);
            recording.Snapshots[symbol] = ParseSnapshot(symbol, seconds, Encoding.UTF8.GetBytes(line[(colon + 2)..]));
        }
        bool header = true;
        foreach (string line in File.ReadLines(streams))
        {
            if (header)
            {
                header = false;
                continue;
            }
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
                continue;
            double seconds = double.Parse(line[..colon], System.Globalization.CultureInfo.InvariantCulture);
            byte[] frame = Encoding.UTF8.GetBytes(line[(colon + 2)..]);
            using JsonDocument doc = JsonDocument.Parse(frame);
            string stream = doc.RootElement.GetProperty("stream").GetString()!;
            byte[] data = Encoding.UTF8.GetBytes(doc.RootElement.GetProperty("data").GetRawText());
            recording.Frames.Add(new RecordedFrame(seconds, stream, frame, data));
        }
        return recording;
    }

    /// <summary>InferSymbols makes exchangeInfo entries for the recorded symbols: tick and step from the finest decimals seen, no notional minimum.</summary>
    public IEnumerable<SymbolInfo> InferSymbols()
    {
        foreach (RecordedSnapshot s in Snapshots.Values)
        {
            int priceDecimals = 0, qtyDecimals = 0;
            foreach (BookLevel l in s.Bids.Concat(s.Asks))
            {
                priceDecimals = Math.Max(priceDecimals, DecimalsOf(l.Price.Raw));
                qtyDecimals = Math.Max(qtyDecimals, DecimalsOf(l.Quantity.Raw));
            }
            Price tick = Price.FromRaw(Pow10(8 - priceDecimals));
            Quantity step = Quantity.FromRaw(Pow10(8 - qtyDecimals));
            string quote = QuoteAssets.FirstOrDefault(q => s.Symbol.EndsWith(q, StringComparison.Ordinal) && s.Symbol.Length > q.Length) ?? "USDT";
            yield return new SymbolInfo(s.Symbol, s.Symbol[..^quote.Length], quote,
                new PriceFilter(tick, Price.FromUnits(1_000_000), tick),
                new LotSizeFilter(step, Quantity.FromUnits(90_000_000), step),
                NotionalFilter.None);
        }
    }

    private static long Pow10(int n)
    {
        long v = 1;
        for (int i = 0; i < n; i++)
            v *= 10;
        return v;
    }

    private static int DecimalsOf(long raw)
    {
        int d = 8;
        while (d > 0 && raw % 10 == 0)
        {
            raw /= 10;
            d--;
        }
        return d;
    }

    private static RecordedSnapshot ParseSnapshot(string symbol, double seconds, byte[] body)
    {
        long lastUpdateId = 0;
        var bids = new List<BookLevel>();
        var asks = new List<BookLevel>();
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
                    Price.TryParse(reader.ValueSpan, out Price p);
                    reader.Read();
                    Quantity.TryParse(reader.ValueSpan, out Quantity q);
                    reader.Read(); // ]
                    into.Add(new BookLevel(p, q));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return new RecordedSnapshot(symbol, seconds, lastUpdateId, bids, asks);
    }
}
