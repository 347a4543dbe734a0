namespace Skia.Trader.Binance.Connection;

/// <summary>WebSocketApiUnavailableException says a WebSocket API request was not sent at all (no connection): safe to send it another way.</summary>
public sealed class WebSocketApiUnavailableException : Exception
{
    /// <summary>Creates the exception for <paramref name="method"/>, with the connection's last state reason.</summary>
    public WebSocketApiUnavailableException(string method, string reason)
        : base($"WebSocket API not connected ({reason}); {method} was not sent.")
    {
    }
}
