namespace Skia.Trader.Ui.Session;

/// <summary>ConnectionHealth is the connection state the header shows.</summary>
public enum ConnectionHealth
{
    /// <summary>Connecting: the first connection is being made (the first frame shows this, never waits).</summary>
    Connecting,

    /// <summary>Connected: market data synced and (with keys) the user stream live.</summary>
    Connected,

    /// <summary>Reconnecting: a connection was lost and is being made again.</summary>
    Reconnecting,

    /// <summary>Resyncing: connected, but a book waits for its REST snapshot (Buffering) or orders and balances are being reconciled.</summary>
    Resyncing,

    /// <summary>Offline: stopped, or the user stream failed for good.</summary>
    Offline,
}
