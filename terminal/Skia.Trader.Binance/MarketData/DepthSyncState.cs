namespace Skia.Trader.Binance.MarketData;

/// <summary>DepthSyncState is where one symbol's local book stands in the documented snapshot + diff procedure.</summary>
public enum DepthSyncState
{
    /// <summary>Buffering diff events; the book is not usable until a REST snapshot arrives.</summary>
    Buffering,
    /// <summary>A snapshot is loaded; waiting for the first diff that straddles its lastUpdateId.</summary>
    Bridging,
    /// <summary>The book is in sync: every diff so far continued the previous one.</summary>
    Synced,
}
