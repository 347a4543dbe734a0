namespace Skia.Trader.Binance.Connection;

/// <summary>
/// ReconnectBackoff gives the wait before each reconnect attempt: exponential from
/// <see cref="Initial"/> up to <see cref="Maximum"/>, with "equal jitter" (half fixed, half random)
/// so many clients dropped at once by a server restart do not return in lockstep.
/// </summary>
internal sealed class ReconnectBackoff
{
    private readonly Random _random;
    private int _failures;

    /// <summary>Creates a backoff; <paramref name="seed"/> makes the jitter reproducible in tests.</summary>
    public ReconnectBackoff(TimeSpan initial, TimeSpan maximum, int? seed = null)
    {
        if (initial <= TimeSpan.Zero || maximum < initial) throw new ArgumentOutOfRangeException(nameof(initial), "need 0 < initial <= maximum");
        Initial = initial;
        Maximum = maximum;
        _random = seed is { } s ? new Random(s) : new Random();
    }

    /// <summary>Initial is the ceiling of the first wait.</summary>
    public TimeSpan Initial { get; }

    /// <summary>Maximum caps every wait.</summary>
    public TimeSpan Maximum { get; }

    /// <summary>NextDelay returns the wait before the next attempt and counts one more failure.</summary>
    public TimeSpan NextDelay()
    {
        double ceiling = Initial.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 30));
        ceiling = Math.Min(ceiling, Maximum.TotalMilliseconds);
        _failures++;
        double half = ceiling / 2;
        return TimeSpan.FromMilliseconds(half + _random.NextDouble() * half);
    }

    /// <summary>Reset starts over from <see cref="Initial"/> (after a connection proved healthy).</summary>
    public void Reset() => _failures = 0;
}
