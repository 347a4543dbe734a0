namespace Skia.Trader.Binance.Connection;

/// <summary>ConnectionStatus is one observable change of a connection: its new state, why, and how many connects it has made.</summary>
/// <param name="State">State is the new state.</param>
/// <param name="Reason">Reason says why in words a user can read (e.g. "no data for 30 s", "serverShutdown").</param>
/// <param name="Connects">Connects is the number of successful connects so far (1 after the first).</param>
/// <param name="RetryIn">RetryIn is the backoff delay before the next attempt when <see cref="State"/> is Reconnecting.</param>
public sealed record ConnectionStatus(ConnectionState State, string Reason, int Connects, TimeSpan RetryIn);
