using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>IEngineObserver receives the engine's events (called under the engine's lock; keep it quick).</summary>
internal interface IEngineObserver
{
    /// <summary>OnLevelChanged: a price level's total changed (zero: removed); updateId is the book's new update id.</summary>
    void OnLevelChanged(SymbolBook book, BookSide side, Price price, Quantity total, long updateId);

    /// <summary>OnTrade: a match happened.</summary>
    void OnTrade(SymbolBook book, TradeRecord trade);

    /// <summary>OnExecutionReport: an order of the account changed.</summary>
    void OnExecutionReport(Account account, ExecutionReport report);

    /// <summary>OnListStatus: an order list (OCO) of the account was placed or finished.</summary>
    void OnListStatus(Account account, ListStatusReport report);

    /// <summary>OnAccountPosition: balances of these assets of the account changed.</summary>
    void OnAccountPosition(Account account, long time, IReadOnlyCollection<string> assets);
}
