namespace Skia.Trader.Binance.MarketData;

/// <summary>SnapshotOutcome says what <see cref="DepthSynchronizer.OnSnapshot"/> did with a REST depth snapshot.</summary>
internal enum SnapshotOutcome
{
    /// <summary>The snapshot and the buffered events that follow it make the book synced.</summary>
    Synced,
    /// <summary>The snapshot is loaded and newer than every buffered event; the next diff must straddle it.</summary>
    Bridging,
    /// <summary>The snapshot is older than the first buffered event (lastUpdateId &lt; U): fetch again (step 3).</summary>
    TooOld,
    /// <summary>The first event after the snapshot does not straddle it: events were missed; the buffer was kept, fetch again.</summary>
    NoStraddle,
}
