using System.Globalization;
using System.Text;
using Skia.Trader.Binance.Rest.Wire;

namespace Skia.Trader.Binance.Rest;

/// <summary>
/// The second round of public market data (BINANCE.md, "Market data (second round)"): the tape's recent and
/// aggregate trades, 24 h tickers (FULL and MINI), book tickers and the average price. Prices and quantities
/// are read as exact fixed-point values; a number that is not an exact decimal makes the call fail.
/// </summary>
public sealed partial class BinanceRestClient
{
    // rest-api.md: trades and aggTrades take "Default: 500; Maximum: 1000".
    private const int MaxTradeLimit = 1000;

    /// <summary>GetRecentTradesAsync fetches the newest <paramref name="limit"/> (1..1000) trades, oldest first (weight 25).</summary>
    public async Task<IReadOnlyList<PublicTrade>> GetRecentTradesAsync(string symbol, int limit = 500, CancellationToken cancellationToken = default)
    {
        CheckTradeLimit(limit);
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/trades", $"symbol={Escape(symbol)}&limit={limit}", signed: false, cancellationToken)
            .ConfigureAwait(false);
        return Deserialize(body, MarketDataJsonContext.Default.ListTradeDto)
            .Select(t => new PublicTrade(t.Id, RestMapping.Px(Required(t.Price)), RestMapping.Qty(Required(t.Qty)), RestMapping.Qty(Required(t.QuoteQty)),
                t.Time, t.IsBuyerMaker, t.IsBestMatch))
            .ToList();
    }

    /// <summary>
    /// GetAggregateTradesAsync fetches aggregate trades (weight 4): from <paramref name="fromId"/> on, or within
    /// [<paramref name="startTime"/>, <paramref name="endTime"/>] (Unix ms, either alone is allowed), or the newest;
    /// <paramref name="fromId"/> cannot be combined with a time (the exchange refuses it with -1128).
    /// </summary>
    public async Task<IReadOnlyList<AggregateTrade>> GetAggregateTradesAsync(string symbol, long? fromId = null, long? startTime = null,
        long? endTime = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        CheckTradeLimit(limit);
        var query = new StringBuilder("symbol=").Append(Escape(symbol));
        if (fromId is { } id) query.Append("&fromId=").Append(id.ToString(CultureInfo.InvariantCulture));
        if (startTime is { } start) query.Append("&startTime=").Append(start.ToString(CultureInfo.InvariantCulture));
        if (endTime is { } end) query.Append("&endTime=").Append(end.ToString(CultureInfo.InvariantCulture));
        query.Append("&limit=").Append(limit.ToString(CultureInfo.InvariantCulture));
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/aggTrades", query.ToString(), signed: false, cancellationToken).ConfigureAwait(false);
        return Deserialize(body, MarketDataJsonContext.Default.ListAggTradeDto)
            .Select(a => new AggregateTrade(a.A, RestMapping.Px(Required(a.P)), RestMapping.Qty(Required(a.Q)), a.F, a.L, a.T, a.BuyerIsMaker, a.BestMatch))
            .ToList();
    }

    /// <summary>GetTicker24hAsync fetches one symbol's 24 h statistics, FULL (weight 2).</summary>
    public async Task<Ticker24h> GetTicker24hAsync(string symbol, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/ticker/24hr", $"symbol={Escape(symbol)}", signed: false, cancellationToken).ConfigureAwait(false);
        return ToTicker(Deserialize(body, MarketDataJsonContext.Default.TickerDto));
    }

    /// <summary>
    /// GetTickers24hAsync fetches the 24 h statistics of several symbols, in the order given, or of every symbol when
    /// <paramref name="symbols"/> is null (weight 2 for up to 20 symbols, 40 up to 100, 80 beyond or for all).
    /// </summary>
    public async Task<IReadOnlyList<Ticker24h>> GetTickers24hAsync(IReadOnlyList<string>? symbols = null, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/ticker/24hr", SymbolsQuery(symbols), signed: false, cancellationToken).ConfigureAwait(false);
        return Deserialize(body, MarketDataJsonContext.Default.ListTickerDto).Select(ToTicker).ToList();
    }

    /// <summary>GetMiniTickers24hAsync fetches the MINI form of the 24 h statistics, of several symbols or (null) all; same weights.</summary>
    public async Task<IReadOnlyList<MiniTicker24h>> GetMiniTickers24hAsync(IReadOnlyList<string>? symbols = null, CancellationToken cancellationToken = default)
    {
        string query = SymbolsQuery(symbols);
        query = query.Length == 0 ? "type=MINI" : query + "&type=MINI";
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/ticker/24hr", query, signed: false, cancellationToken).ConfigureAwait(false);
        return Deserialize(body, MarketDataJsonContext.Default.ListTickerDto)
            .Select(t => new MiniTicker24h(Required(t.Symbol), Px(t.OpenPrice), Px(t.HighPrice), Px(t.LowPrice), Px(t.LastPrice), Qty(t.Volume),
                Qty(t.QuoteVolume), t.OpenTime, t.CloseTime, t.FirstId, t.LastId, t.Count))
            .ToList();
    }

    /// <summary>GetBookTickerAsync fetches one symbol's best bid and ask (weight 2).</summary>
    public async Task<SymbolBookTicker> GetBookTickerAsync(string symbol, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/ticker/bookTicker", $"symbol={Escape(symbol)}", signed: false, cancellationToken)
            .ConfigureAwait(false);
        return ToBookTicker(Deserialize(body, MarketDataJsonContext.Default.BookTickerDto));
    }

    /// <summary>GetBookTickersAsync fetches the best bid and ask of several symbols, in the order given, or (null) of all (weight 4).</summary>
    public async Task<IReadOnlyList<SymbolBookTicker>> GetBookTickersAsync(IReadOnlyList<string>? symbols = null, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/ticker/bookTicker", SymbolsQuery(symbols), signed: false, cancellationToken)
            .ConfigureAwait(false);
        return Deserialize(body, MarketDataJsonContext.Default.ListBookTickerDto).Select(ToBookTicker).ToList();
    }

    /// <summary>GetAveragePriceAsync fetches a symbol's current average price (weight 2).</summary>
    public async Task<AveragePrice> GetAveragePriceAsync(string symbol, CancellationToken cancellationToken = default)
    {
        byte[] body = await SendAsync(HttpMethod.Get, "/api/v3/avgPrice", $"symbol={Escape(symbol)}", signed: false, cancellationToken).ConfigureAwait(false);
        AvgPriceDto dto = Deserialize(body, MarketDataJsonContext.Default.AvgPriceDto);
        return new AveragePrice(dto.Mins, Px(dto.Price), dto.CloseTime);
    }

    private static void CheckTradeLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxTradeLimit);
    }

    // symbols=["A","B"] exactly as Binance's pattern wants it: upper case, no spaces, URL-escaped.
    private static string SymbolsQuery(IReadOnlyList<string>? symbols) =>
        symbols is null ? "" : "symbols=" + Escape("[" + string.Join(",", symbols.Select(s => "\"" + s.ToUpperInvariant() + "\"")) + "]");

    private static Ticker24h ToTicker(TickerDto t) => new(
        Required(t.Symbol), Px(t.PriceChange), Percent(t.PriceChangePercent), Px(t.WeightedAvgPrice), Px(t.PrevClosePrice), Px(t.LastPrice),
        Qty(t.LastQty), Px(t.BidPrice), Qty(t.BidQty), Px(t.AskPrice), Qty(t.AskQty), Px(t.OpenPrice), Px(t.HighPrice), Px(t.LowPrice),
        Qty(t.Volume), Qty(t.QuoteVolume), t.OpenTime, t.CloseTime, t.FirstId, t.LastId, t.Count);

    private static SymbolBookTicker ToBookTicker(BookTickerDto b) =>
        new(Required(b.Symbol), Px(b.BidPrice), Qty(b.BidQty), Px(b.AskPrice), Qty(b.AskQty));

    private static Core.Numerics.Price Px(string? text) => RestMapping.Px(Required(text));

    private static Core.Numerics.Quantity Qty(string? text) => RestMapping.Qty(Required(text));

    private static decimal Percent(string? text) =>
        decimal.TryParse(Required(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw new BinanceApiException(200, 0, $"'{text}' is not an exact decimal.", outcomeUnknown: false);

    // A field the documented answer always has; its absence means the answer is not what was asked for.
    private static string Required(string? text) =>
        text ?? throw new BinanceApiException(200, 0, "Answer lacks a documented field.", outcomeUnknown: false);
}
