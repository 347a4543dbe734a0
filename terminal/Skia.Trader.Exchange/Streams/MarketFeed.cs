using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// MarketFeed turns the engine's book changes and trades into Binance market streams:
/// diff depth (<c>@depth</c> each second, <c>@depth@100ms</c>), partial depth
/// (<c>@depth5/10/20</c>, 1 s or 100 ms), <c>@trade</c>, <c>@aggTrade</c> (trades of one taker order at
/// one price in one millisecond, sent once the order is done matching: at the next trade or clock tick),
/// <c>@bookTicker</c>, <c>@kline_&lt;interval&gt;</c>, and each second <c>@ticker</c>, <c>@miniTicker</c>,
/// <c>!miniTicker@arr</c> (symbols changed since the last push) and <c>@avgPrice</c>
/// (MarketFeed.Tickers.cs). It also records the trade tape and rolling statistics REST answers from.
/// Called under the engine's lock.
/// </summary>
internal sealed partial class MarketFeed
{
    private static readonly int[] PartialDepths = [5, 10, 20];
    private readonly MarketStreamHub _hub;
    private readonly MatchingEngine _engine;
    private readonly Dictionary<string, SymbolFeed> _symbols = new(StringComparer.Ordinal);
    private long _nextFast, _nextSlow;

    public MarketFeed(MarketStreamHub hub, MatchingEngine engine)
    {
        _hub = hub;
        _engine = engine;
    }

    /// <summary>Publishing is false in replay mode, where recorded frames are the only stream content.</summary>
    public bool Publishing { get; set; } = true;

    public SymbolFeed For(string symbol)
    {
        if (!_symbols.TryGetValue(symbol, out SymbolFeed? feed))
            _symbols[symbol] = feed = new SymbolFeed(symbol);
        return feed;
    }

    public void OnLevelChanged(SymbolBook book, BookSide side, Price price, Quantity total, long updateId)
    {
        SymbolFeed feed = For(book.Info.Symbol);
        feed.Fast.Add(side, price, total, updateId);
        feed.Slow.Add(side, price, total, updateId);
        if (!Publishing)
            return;
        PriceLevel? bid = book.Best(BookSide.Bid), ask = book.Best(BookSide.Ask);
        if (bid is null || ask is null)
            return;
        var best = (new BookLevel(bid.Price, Quantity.FromRaw(bid.TotalRaw)), new BookLevel(ask.Price, Quantity.FromRaw(ask.TotalRaw)));
        if (best == feed.LastTop)
            return;
        feed.LastTop = best;
        _hub.Publish(feed.Lower + "@bookTicker", (book.Info.Symbol, updateId, best), static s => StreamJson.BookTicker(s.Symbol, s.updateId, s.best.Item1, s.best.Item2));
    }

    public void OnTrade(SymbolBook book, TradeRecord trade)
    {
        SymbolFeed feed = For(book.Info.Symbol);
        Quantity takerBuy = trade.BuyerIsMaker ? Quantity.Zero : trade.Quantity;
        Quantity takerBuyQuote = trade.BuyerIsMaker ? Quantity.Zero : trade.QuoteQuantity;
        foreach (CandleSeries series in feed.Candles)
        {
            series.Add(trade.Time, trade.Price, trade.Price, trade.Price, trade.Price, trade.Quantity, trade.QuoteQuantity, takerBuy, takerBuyQuote,
                1, trade.TradeId, trade.TradeId);
        }
        feed.Statistics.Add(trade);
        AggregateTrade? closed = feed.Tape.Add(trade);
        if (!Publishing)
            return;
        long now = _engine.Now;
        _hub.Publish(feed.Lower + "@trade", (trade, now), static s => StreamJson.Trade(s.trade, s.now));
        if (closed is not null)
            PublishAggregate(feed, closed, now);
    }

    private void PublishAggregate(SymbolFeed feed, AggregateTrade aggregate, long now) =>
        _hub.Publish(feed.Lower + "@aggTrade", (feed.Symbol, aggregate, now), static s => StreamJson.AggregateTrade(s.Symbol, s.aggregate, s.now));

    /// <summary>Tick flushes what is due: 100 ms streams every 100 ms, 1 s streams and klines every second.</summary>
    public void Tick(long now)
    {
        lock (_engine.Sync)
        {
            bool fast = now >= _nextFast, slow = now >= _nextSlow;
            if (fast)
                _nextFast = now - now % 100 + 100;
            if (slow)
                _nextSlow = now - now % 1000 + 1000;
            // Matching happens inside one engine call, so by any clock tick the newest aggregate trade is complete.
            foreach (SymbolFeed feed in _symbols.Values)
            {
                if (feed.Tape.CloseOpen() is { } aggregate && Publishing)
                    PublishAggregate(feed, aggregate, now);
            }
            if (!fast && !slow)
                return;
            foreach (SymbolBook book in _engine.Books.Values)
            {
                SymbolFeed feed = For(book.Info.Symbol);
                if (fast)
                    Flush(book, feed, feed.Fast, "@depth@100ms", "@100ms", now);
                if (slow)
                {
                    Flush(book, feed, feed.Slow, "@depth", "", now);
                    PublishKlines(feed, now);
                    PublishTickers(book, feed, now);
                }
            }
            if (slow)
                PublishAllMiniTickers(now);
        }
    }

    private void Flush(SymbolBook book, SymbolFeed feed, DepthAccumulator accumulator, string diffSuffix, string partialSuffix, long now)
    {
        bool hadChanges = !accumulator.IsEmpty;
        var (first, last, bids, asks) = accumulator.Drain();
        if (!Publishing)
            return;
        if (hadChanges)
        {
            string symbol = book.Info.Symbol;
            _hub.Publish(feed.Lower + diffSuffix, (symbol, now, first, last, bids, asks),
                static s => StreamJson.DepthUpdate(s.symbol, s.now, s.first, s.last, s.bids, s.asks));
            if (diffSuffix == "@depth")
                _hub.Publish(feed.Lower + "@depth@1000ms", (symbol, now, first, last, bids, asks),
                    static s => StreamJson.DepthUpdate(s.symbol, s.now, s.first, s.last, s.bids, s.asks));
        }
        foreach (int depth in PartialDepths)
        {
            foreach (string suffix in partialSuffix.Length == 0 ? new[] { "", "@1000ms" } : new[] { partialSuffix })
            {
                string stream = feed.Lower + "@depth" + depth + suffix;
                if (!_hub.HasSubscribers(stream))
                    continue;
                var topBids = new List<BookLevel>();
                var topAsks = new List<BookLevel>();
                book.CopyTop(BookSide.Bid, depth, topBids);
                book.CopyTop(BookSide.Ask, depth, topAsks);
                _hub.Publish(stream, (book.UpdateId, topBids, topAsks), static s => StreamJson.PartialDepth(s.UpdateId, s.topBids, s.topAsks));
            }
        }
    }

    private void PublishKlines(SymbolFeed feed, long now)
    {
        for (int i = 0; i < KlineInterval.All.Length; i++)
        {
            CandleSeries series = feed.Candles[i];
            Candle? previous = series.Current;
            Candle current = series.CandleAt(now);
            if (!Publishing)
                continue;
            string stream = feed.Lower + "@kline_" + KlineInterval.All[i].Name;
            string interval = KlineInterval.All[i].Name;
            if (previous is not null && previous != current)
                _hub.Publish(stream, (feed.Symbol, interval, previous, now), static s => StreamJson.Kline(s.Symbol, s.interval, s.previous, s.now, closed: true));
            _hub.Publish(stream, (feed.Symbol, interval, current, now), static s => StreamJson.Kline(s.Symbol, s.interval, s.current, s.now, closed: false));
        }
    }
}
