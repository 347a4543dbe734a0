namespace Skia.Trader.Binance.MarketData;

/// <summary>DiffOutcome says what <see cref="DepthSynchronizer.OnDiff"/> did with one diff-depth event.</summary>
internal enum DiffOutcome
{
    /// <summary>Kept for later: no usable snapshot yet (the caller should fetch one if it has not).</summary>
    Buffered,
    /// <summary>Applied to the book, which is in sync.</summary>
    Applied,
    /// <summary>Dropped: the event is older than the loaded snapshot (u &lt;= lastUpdateId).</summary>
    Stale,
    /// <summary>Updates were missed: the book was discarded and this event starts a new buffer; fetch a snapshot again.</summary>
    Gap,
}
