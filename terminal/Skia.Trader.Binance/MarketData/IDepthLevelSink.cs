namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// IDepthLevelSink is the book a <see cref="DepthSynchronizer"/> writes into: the feed's private
/// mutable full book. Prices and quantities are 1e-8 units; a zero quantity removes the level.
/// </summary>
internal interface IDepthLevelSink
{
    /// <summary>Clear empties both sides (a resync starts from nothing).</summary>
    void Clear();

    /// <summary>SetBid sets, or with quantity 0 removes, one bid level.</summary>
    void SetBid(long price, long quantity);

    /// <summary>SetAsk sets, or with quantity 0 removes, one ask level.</summary>
    void SetAsk(long price, long quantity);
}
