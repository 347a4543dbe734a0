namespace Skia.Trader.Binance.Connection;

/// <summary>ConnectionOptions tunes a <see cref="WebSocketConnection"/>; the defaults suit Binance production.</summary>
public sealed record ConnectionOptions
{
    /// <summary>SilenceTimeout is how long without any frame before the watchdog reconnects; depth@100ms streams are never silent this long.</summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>WatchdogPeriod is how often silence and connection age are checked.</summary>
    public TimeSpan WatchdogPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>MaxConnectionAge renews a connection before Binance cuts it at 24 h (23.5 h leaves margin for clock drift).</summary>
    public TimeSpan MaxConnectionAge { get; init; } = TimeSpan.FromHours(23.5);

    /// <summary>
    /// RenewalHandoverLimit bounds an overlapping renewal (market streams): the old connection is closed once the new one has
    /// caught up on every symbol, or after this long when a symbol stayed quiet. Far below the 30 min between
    /// <see cref="MaxConnectionAge"/> and the server's cut.
    /// </summary>
    public TimeSpan RenewalHandoverLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>ConnectTimeout bounds one connect attempt.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>InitialBackoff is the ceiling of the first reconnect wait.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>MaximumBackoff caps the reconnect wait.</summary>
    public TimeSpan MaximumBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>BackoffSeed makes the jitter reproducible (tests); null seeds from the clock.</summary>
    public int? BackoffSeed { get; init; }

    /// <summary>
    /// MaxSendsPerSecond paces outgoing messages (market streams accept 5 a second per connection); 0 sends
    /// without pacing, as the WebSocket API needs (its requests are limited by weight, not by message count).
    /// </summary>
    public int MaxSendsPerSecond { get; init; } = 5;

    /// <summary>ReceiveBufferSize is the pooled buffer's starting size; it grows for larger frames.</summary>
    public int ReceiveBufferSize { get; init; } = 64 * 1024;

    /// <summary>MaxMessageSize rejects absurd frames instead of growing without bound (a 5000-level depth frame is ~250 KB).</summary>
    public int MaxMessageSize { get; init; } = 16 * 1024 * 1024;
}
