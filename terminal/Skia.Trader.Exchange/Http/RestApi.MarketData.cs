using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Exchange.Streams;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// The public market-data routes of the second round (BINANCE.md, "Market data (second round)"):
/// recent trades, aggregate trades, 24 h tickers, book tickers and the average price, with Binance's
/// parameters, limits and refusals.
/// </summary>
/// <remarks>
/// Documented request weights (rest-api.md), for the rate limiter:
/// <list type="table">
/// <item><term>GET /api/v3/trades</term><description>25</description></item>
/// <item><term>GET /api/v3/aggTrades</term><description>4</description></item>
/// <item><term>GET /api/v3/ticker/24hr</term><description>symbol: 2; symbols 1-20: 2, 21-100: 40, 101+: 80; neither (all): 80</description></item>
/// <item><term>GET /api/v3/ticker/bookTicker</term><description>symbol: 2; symbols (any number) or neither: 4</description></item>
/// <item><term>GET /api/v3/avgPrice</term><description>2</description></item>
/// </list>
/// </remarks>
internal sealed partial class RestApi
{
    // rest-api.md: trades and aggTrades "Default: 500; Maximum: 1000"; a larger limit is cut to the maximum, as Binance spot does.
    private const int DefaultTradeLimit = 500, MaxTradeLimit = 1000;

    internal static readonly ExchangeError InvalidTickerType = new(400, -1139, "Invalid ticker type.");
    internal static readonly ExchangeError DuplicateSymbols = new(400, -1151, "Symbol is present multiple times in the list.");
    internal static readonly ExchangeError IllegalSymbols = new(400, -1100,
        "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");

    /// <summary>DocumentedWeight is each route's request weight as rest-api.md gives it, for a request with these parameters.</summary>
    internal static int? DocumentedWeight(string path, RequestParameters p)
    {
        int listed = p["symbols"] is { } list ? list.Count(c => c == ',') + 1 : 0;
        return path switch
        {
            "/api/v3/trades" => 25,
            "/api/v3/aggTrades" => 4,
            "/api/v3/avgPrice" => 2,
            "/api/v3/ticker/24hr" => p["symbol"] is not null ? 2 : listed == 0 ? 80 : listed <= 20 ? 2 : listed <= 100 ? 40 : 80,
            "/api/v3/ticker/bookTicker" => p["symbol"] is not null ? 2 : 4,
            _ => null,
        };
    }

    private (int, byte[])? RouteMarketData(string path, RequestParameters p) => path switch
    {
        "/api/v3/trades" => RecentTrades(p),
        "/api/v3/aggTrades" => AggregateTrades(p),
        "/api/v3/ticker/24hr" => Ticker24h(p),
        "/api/v3/ticker/bookTicker" => BookTicker(p),
        "/api/v3/avgPrice" => AveragePrice(p),
        _ => null,
    };

    private (int, byte[]) RecentTrades(RequestParameters p)
    {
        if (!TryKnownSymbol(p, out string symbol, out ExchangeError? error) || !TryTradeLimit(p, out int limit, out error))
            return Fail(error!);
        lock (_engine.Sync)
            return (200, MarketDataJson.Trades(_feed.For(symbol).Tape.Recent(limit)));
    }

    private (int, byte[]) AggregateTrades(RequestParameters p)
    {
        if (!TryKnownSymbol(p, out string symbol, out ExchangeError? error) || !TryTradeLimit(p, out int limit, out error)
            || !TryLong(p, "fromId", out long? fromId, out error) || !TryLong(p, "startTime", out long? start, out error)
            || !TryLong(p, "endTime", out long? end, out error))
            return Fail(error!);
        // web-socket-api.md (trades.aggregate): "fromId cannot be used together with startTime and endTime".
        if (fromId is not null && (start is not null || end is not null))
            return Fail(ExchangeError.BadCombination);
        lock (_engine.Sync)
            return (200, MarketDataJson.AggregateTrades(_feed.For(symbol).Tape.Aggregates(fromId, start, end, limit)));
    }

    private (int, byte[]) Ticker24h(RequestParameters p)
    {
        bool mini;
        switch (p["type"] ?? "FULL")
        {
            case "FULL": mini = false; break;
            case "MINI": mini = true; break;
            default: return Fail(InvalidTickerType);
        }
        if (!TrySelectSymbols(p, out List<SymbolBook> books, out bool single, out ExchangeError? error))
            return Fail(error!);
        long now = _engine.Now;
        lock (_engine.Sync)
        {
            var rows = new List<(string, TickerStatistics, MarketDataJson.BookTickerRow)>(books.Count);
            foreach (SymbolBook book in books)
                rows.Add((book.Info.Symbol, _feed.For(book.Info.Symbol).Statistics.Compute(now), MarketFeed.BookTop(book)));
            return (200, MarketDataJson.Tickers(rows, single, mini));
        }
    }

    private (int, byte[]) BookTicker(RequestParameters p)
    {
        if (!TrySelectSymbols(p, out List<SymbolBook> books, out bool single, out ExchangeError? error))
            return Fail(error!);
        lock (_engine.Sync)
            return (200, MarketDataJson.BookTickers(books.Select(MarketFeed.BookTop).ToList(), single));
    }

    private (int, byte[]) AveragePrice(RequestParameters p)
    {
        if (!TryKnownSymbol(p, out string symbol, out ExchangeError? error))
            return Fail(error!);
        long now = _engine.Now;
        lock (_engine.Sync)
        {
            RollingStatistics statistics = _feed.For(symbol).Statistics;
            return (200, MarketDataJson.AveragePrice(RollingStatistics.AverageMinutes, statistics.AveragePrice(now), statistics.LastTradeTime));
        }
    }

    private bool TryKnownSymbol(RequestParameters p, out string symbol, out ExchangeError? error)
    {
        symbol = p["symbol"] ?? "";
        error = symbol.Length == 0 ? ExchangeError.Mandatory("symbol") : _engine.Books.ContainsKey(symbol) ? null : ExchangeError.InvalidSymbol;
        return error is null;
    }

    private static bool TryTradeLimit(RequestParameters p, out int limit, out ExchangeError? error)
    {
        limit = DefaultTradeLimit;
        error = null;
        if (p["limit"] is { } text && (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit <= 0))
        {
            error = ExchangeError.IllegalValue("limit");
            return false;
        }
        limit = Math.Min(limit, MaxTradeLimit);
        return true;
    }

    private static bool TryLong(RequestParameters p, string name, out long? value, out ExchangeError? error)
    {
        value = null;
        error = null;
        if (p[name] is not { } text)
            return true;
        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long parsed))
        {
            error = ExchangeError.IllegalValue(name);
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>
    /// TrySelectSymbols reads <c>symbol</c> (one, answered as an object) or <c>symbols=["A","B"]</c> (answered as an
    /// array, in the order asked) or neither (all symbols); both together are -1128, as Binance answers.
    /// </summary>
    private bool TrySelectSymbols(RequestParameters p, out List<SymbolBook> books, out bool single, out ExchangeError? error)
    {
        books = new List<SymbolBook>();
        error = null;
        string? one = p["symbol"], many = p["symbols"];
        single = one is not null;
        if (one is not null && many is not null)
            error = ExchangeError.BadCombination;
        else if (one is not null)
        {
            if (_engine.Books.TryGetValue(one, out SymbolBook? book))
                books.Add(book);
            else
                error = ExchangeError.InvalidSymbol;
        }
        else if (many is not null)
        {
            if (!TryParseSymbolList(many, out List<string> names))
                error = IllegalSymbols;
            else if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
                error = DuplicateSymbols;
            else
            {
                foreach (string name in names)
                {
                    if (!_engine.Books.TryGetValue(name, out SymbolBook? book))
                    {
                        error = ExchangeError.InvalidSymbol;
                        break;
                    }
                    books.Add(book);
                }
            }
        }
        else
        {
            books.AddRange(_engine.Books.Values.OrderBy(b => b.Info.Symbol, StringComparer.Ordinal));
        }
        return error is null;
    }

    /// <summary>TryParseSymbolList accepts exactly the pattern Binance's -1100 quotes: ["A","B"], no spaces, upper case.</summary>
    internal static bool TryParseSymbolList(string text, out List<string> names)
    {
        names = new List<string>();
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
            return false;
        string inner = text[1..^1];
        if (inner.Length == 0)
            return true;
        foreach (string item in inner.Split(','))
        {
            if (item.Length < 3 || item[0] != '"' || item[^1] != '"' || item.Length - 2 > 20)
                return false;
            string name = item[1..^1];
            foreach (char c in name)
            {
                if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.'))
                    return false;
            }
            names.Add(name);
        }
        return true;
    }
}
