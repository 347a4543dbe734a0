using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// The 24 h ticker streams of MarketFeed, each pushed once a second as Binance documents (update speed
/// 1000 ms): <c>&lt;symbol&gt;@ticker</c>, <c>&lt;symbol&gt;@miniTicker</c>, <c>&lt;symbol&gt;@avgPrice</c>, and
/// <c>!miniTicker@arr</c> with only the symbols whose statistics changed since its last push.
/// </summary>
internal sealed partial class MarketFeed
{
    /// <summary>AllMiniTickersStream is the all-market mini-ticker stream's name (mixed case, as Binance spells it).</summary>
    public const string AllMiniTickersStream = "!miniTicker@arr";

    /// <summary>BookTop returns a symbol's best bid and ask with their quantities (zeros for an empty side). Under the engine's lock.</summary>
    public static MarketDataJson.BookTickerRow BookTop(SymbolBook book)
    {
        PriceLevel? bid = book.Best(BookSide.Bid), ask = book.Best(BookSide.Ask);
        return new MarketDataJson.BookTickerRow(book.Info.Symbol,
            bid?.Price ?? Price.Zero, Quantity.FromRaw(bid?.TotalRaw ?? 0),
            ask?.Price ?? Price.Zero, Quantity.FromRaw(ask?.TotalRaw ?? 0));
    }

    private void PublishTickers(SymbolBook book, SymbolFeed feed, long now)
    {
        if (!Publishing)
            return;
        string ticker = feed.Lower + "@ticker", mini = feed.Lower + "@miniTicker", average = feed.Lower + "@avgPrice";
        if (_hub.HasSubscribers(ticker) || _hub.HasSubscribers(mini))
        {
            TickerStatistics stats = feed.Statistics.Compute(now);
            MarketDataJson.BookTickerRow top = BookTop(book);
            _hub.Publish(ticker, (feed.Symbol, stats, top, now), static s => MarketDataJson.TickerEvent(s.Symbol, s.stats, s.top, s.now));
            _hub.Publish(mini, (feed.Symbol, stats, now), static s => MarketDataJson.MiniTickerEvent(s.Symbol, s.stats, s.now));
        }
        if (_hub.HasSubscribers(average))
        {
            var state = (feed.Symbol, Average: feed.Statistics.AveragePrice(now), feed.Statistics.LastTradeTime, now);
            _hub.Publish(average, state, static s =>
                MarketDataJson.AveragePriceEvent(s.Symbol, RollingStatistics.AverageMinutes, s.Average, s.LastTradeTime, s.now));
        }
    }

    private void PublishAllMiniTickers(long now)
    {
        if (!Publishing)
            return;
        bool listening = _hub.HasSubscribers(AllMiniTickersStream);
        var changed = new List<(string, TickerStatistics)>();
        foreach (SymbolBook book in _engine.Books.Values)
        {
            RollingStatistics statistics = For(book.Info.Symbol).Statistics;
            TickerStatistics stats = statistics.Compute(now); // also moves the window, which may change the numbers
            if (!statistics.Changed)
                continue;
            // Cleared even with no listener: a client that subscribes later gets what changes from then on.
            statistics.Changed = false;
            if (listening)
                changed.Add((book.Info.Symbol, stats));
        }
        if (changed.Count > 0)
            _hub.Publish(AllMiniTickersStream, (changed, now), static s => MarketDataJson.MiniTickerArray(s.changed, s.now));
    }
}
