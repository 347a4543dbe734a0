namespace Skia.Trader.Binance.Connection;

/// <summary>ConnectionState is where one WebSocket connection stands; the UI shows it next to the data it feeds.</summary>
public enum ConnectionState
{
    /// <summary>Not started yet.</summary>
    Idle,
    /// <summary>Opening the socket (first time or after a wait).</summary>
    Connecting,
    /// <summary>Open and receiving.</summary>
    Connected,
    /// <summary>Lost or deliberately closed; waiting the backoff delay before connecting again.</summary>
    Reconnecting,
    /// <summary>Stopped for good (disposed or cancelled).</summary>
    Stopped,
}
