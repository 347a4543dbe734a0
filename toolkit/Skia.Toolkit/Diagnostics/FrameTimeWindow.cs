namespace Skia.Toolkit.Diagnostics;

/// <summary>
/// FrameTimeWindow keeps the times of the last <see cref="Capacity"/> frames and gives their p50, p99
/// and maximum. A rolling window, unlike FrameClock's since-start histogram, so a live readout
/// follows what the app does now. Sorting a copy of a few hundred values costs microseconds and
/// happens once per frame only while the overlay is shown; nothing allocates after construction.
/// </summary>
internal sealed class FrameTimeWindow
{
    private readonly long[] _ticks;
    private readonly long[] _sorted;
    private int _next;

    /// <summary>FrameTimeWindow keeps up to <paramref name="capacity"/> frame times.</summary>
    public FrameTimeWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ticks = new long[capacity];
        _sorted = new long[capacity];
    }

    /// <summary>Capacity is how many recent frames count.</summary>
    public int Capacity => _ticks.Length;

    /// <summary>Count is how many frame times are held (at most <see cref="Capacity"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Add records one frame time, dropping the oldest when full.</summary>
    public void Add(TimeSpan frameTime)
    {
        _ticks[_next] = Math.Max(0, frameTime.Ticks);
        _next = (_next + 1) % _ticks.Length;
        if (Count < _ticks.Length) Count++;
    }

    /// <summary>Clear forgets every frame.</summary>
    public void Clear()
    {
        Count = 0;
        _next = 0;
    }

    /// <summary>TryGetPercentiles gives the nearest-rank p50 and p99 and the maximum of the held frames; false when there are none.</summary>
    public bool TryGetPercentiles(out TimeSpan p50, out TimeSpan p99, out TimeSpan max)
    {
        p50 = p99 = max = TimeSpan.Zero;
        int n = Count;
        if (n == 0) return false;
        Array.Copy(_ticks, _sorted, n);
        Array.Sort(_sorted, 0, n);
        p50 = TimeSpan.FromTicks(_sorted[Rank(0.50, n)]);
        p99 = TimeSpan.FromTicks(_sorted[Rank(0.99, n)]);
        max = TimeSpan.FromTicks(_sorted[n - 1]);
        return true;
    }

    private static int Rank(double p, int n) => Math.Clamp((int)Math.Ceiling(p * n) - 1, 0, n - 1);
}
