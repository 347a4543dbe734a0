using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Ui.Session;

/// <summary>SessionSnapshot is the terminal's account and connection state at one moment: immutable, read by the UI once per frame.</summary>
/// <param name="Version">Version grows with every snapshot published.</param>
/// <param name="Health">The connection state for the header.</param>
/// <param name="Latency">The last measured REST round trip (GET /api/v3/time), or null before the first.</param>
/// <param name="OpenOrders">Orders not yet final (PENDING_SEND, NEW, PARTIALLY_FILLED, UNKNOWN), oldest first.</param>
/// <param name="Balances">Balances, free and locked, by asset name.</param>
/// <param name="OfflineChanges">What the last reconciliation after a reconnect found changed while offline (empty when nothing did).</param>
/// <param name="Reconnects">How many times the user stream came back after being live.</param>
public sealed record SessionSnapshot(long Version, ConnectionHealth Health, TimeSpan? Latency, IReadOnlyList<OpenOrderView> OpenOrders,
    IReadOnlyList<AccountBalance> Balances, IReadOnlyList<OfflineChange> OfflineChanges, int Reconnects)
{
    /// <summary>History is every order known, in any status, newest first: the session's own and the account's recent history (the same list instance until an order changes).</summary>
    public IReadOnlyList<OrderHistoryView> History { get; init; } = [];

    /// <summary>Trades are the account's fills with fee and fee asset, newest first (the same list instance until a fill arrives).</summary>
    public IReadOnlyList<TradeView> Trades { get; init; } = [];
}
