namespace Skia.Trader.Binance.UserData;

/// <summary>UserDataState is where the user-data stream stands; orders shown while not Live may be behind.</summary>
public enum UserDataState
{
    /// <summary>Not connected (starting, or waiting to reconnect).</summary>
    Disconnected,
    /// <summary>Connected; the subscription request is out.</summary>
    Subscribing,
    /// <summary>Subscribed; catching up with openOrders and order queries.</summary>
    Reconciling,
    /// <summary>Subscribed and reconciled: events are applied as they come.</summary>
    Live,
    /// <summary>The exchange refused the subscription (bad key or signature); see the reason.</summary>
    Failed,
}
