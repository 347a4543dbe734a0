using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Http.RateLimits;
using Skia.Trader.Exchange.Matching;
using Skia.Trader.Exchange.Streams;
using Skia.Trader.Exchange.WebSocketApi;

namespace Skia.Trader.Exchange.Hosting;

/// <summary>ExchangeEvents routes the engine's events: book and trade events to the market feed, order and balance events to user data (and fills to the unfilled order count).</summary>
internal sealed class ExchangeEvents(MarketFeed feed, WebSocketApiHub userData, RestRateLimiter limits) : IEngineObserver
{
    public void OnLevelChanged(SymbolBook book, BookSide side, Price price, Quantity total, long updateId) =>
        feed.OnLevelChanged(book, side, price, total, updateId);

    public void OnTrade(SymbolBook book, TradeRecord trade) => feed.OnTrade(book, trade);

    public void OnExecutionReport(Account account, ExecutionReport report)
    {
        limits.OnExecutionReport(account, report);
        userData.OnExecutionReport(account, report);
    }

    public void OnListStatus(Account account, ListStatusReport report) => userData.OnListStatus(account, report);

    public void OnAccountPosition(Account account, long time, IReadOnlyCollection<string> assets) =>
        userData.OnAccountPosition(account, time, assets);
}
