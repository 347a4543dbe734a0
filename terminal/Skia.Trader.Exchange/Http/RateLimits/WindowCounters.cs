namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// WindowCounters count one thing (request weight of an IP, or orders of an account) against every
/// <see cref="RateLimit"/> row of that type at once, each in its own fixed window (epoch-aligned, so a count
/// resets when its window ends). Not thread-safe by itself: callers lock the instance, which is tiny and
/// uncontended except under a burst from one client.
/// </summary>
internal sealed class WindowCounters
{
    private readonly RateLimit[] _rules;
    private readonly long[] _windows;
    private readonly long[] _counts;

    public WindowCounters(RateLimit[] rules)
    {
        _rules = rules;
        _windows = new long[rules.Length];
        _counts = new long[rules.Length];
    }

    public IReadOnlyList<RateLimit> Rules => _rules;

    /// <summary>Add adds <paramref name="amount"/> to every window and returns the first rule now over its limit, or null.</summary>
    public RateLimit? Add(long now, long amount)
    {
        RateLimit? exceeded = null;
        for (int i = 0; i < _rules.Length; i++)
        {
            Roll(i, now);
            _counts[i] += amount;
            if (exceeded is null && _counts[i] > _rules[i].Limit)
                exceeded = _rules[i];
        }
        return exceeded;
    }

    /// <summary>TryReserve adds <paramref name="amount"/> only if every window stays within its limit; otherwise returns the first rule it would break.</summary>
    public RateLimit? TryReserve(long now, long amount)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            Roll(i, now);
            if (_counts[i] + amount > _rules[i].Limit)
                return _rules[i];
        }
        for (int i = 0; i < _rules.Length; i++)
            _counts[i] += amount;
        return null;
    }

    /// <summary>Refund takes back an amount added at <paramref name="addedAt"/>, in the windows that have not ended since.</summary>
    public void Refund(long addedAt, long now, long amount)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            Roll(i, now);
            if (_windows[i] == addedAt / _rules[i].WindowMilliseconds)
                _counts[i] = Math.Max(0, _counts[i] - amount);
        }
    }

    /// <summary>Decrease lowers every current count, never below zero (a first fill lowers the unfilled order count; no credit is banked).</summary>
    public void Decrease(long now, long amount)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            Roll(i, now);
            _counts[i] = Math.Max(0, _counts[i] - amount);
        }
    }

    /// <summary>Count is rule <paramref name="index"/>'s count in the window that holds <paramref name="now"/>.</summary>
    public long Count(int index, long now)
    {
        Roll(index, now);
        return _counts[index];
    }

    /// <summary>WindowEnd is when the window of <paramref name="rule"/> holding <paramref name="now"/> ends (ms).</summary>
    public static long WindowEnd(RateLimit rule, long now) => (now / rule.WindowMilliseconds + 1) * rule.WindowMilliseconds;

    private void Roll(int i, long now)
    {
        long window = now / _rules[i].WindowMilliseconds;
        if (window != _windows[i])
        {
            _windows[i] = window;
            _counts[i] = 0;
        }
    }
}
