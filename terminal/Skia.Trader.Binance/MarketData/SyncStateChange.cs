namespace Skia.Trader.Binance.MarketData;

/// <summary>SyncStateChange reports that one symbol's book changed sync state, and why.</summary>
/// <param name="Symbol">Symbol whose book changed.</param>
/// <param name="State">State is the new state.</param>
/// <param name="Reason">Reason in words ("snapshot applied", "gap: expected U=..", "reconnected").</param>
public sealed record SyncStateChange(string Symbol, DepthSyncState State, string Reason);
