namespace Skia.Trader.Binance.UserData;

/// <summary>UserDataEventKind says what a WebSocket API frame was.</summary>
internal enum UserDataEventKind
{
    /// <summary>Malformed or unusable; counted and dropped.</summary>
    Rejected,
    /// <summary>An answer to one of our requests (subscribe).</summary>
    Response,
    /// <summary>An order changed.</summary>
    ExecutionReport,
    /// <summary>An order list (OCO) was placed or finished (<c>listStatus</c>).</summary>
    ListStatus,
    /// <summary>Balances changed.</summary>
    AccountPosition,
    /// <summary>The server ended the subscription (<c>eventStreamTerminated</c>): subscribe again.</summary>
    StreamTerminated,
    /// <summary>The server will shut the connection down.</summary>
    ServerShutdown,
    /// <summary>Well-formed, of a kind we do not use.</summary>
    Ignored,
}
