namespace Skia.Toolkit.Tests.Testing;

/// <summary>
/// SteadyAllocation measures what a window of steady-state frames allocates on the test's thread. A window that
/// allocated is followed by one more window (the test's data keeps moving), and the second window's bytes are the
/// answer: what the code under test allocates per frame shows in both, while the runtime's own one-off work on this
/// thread (a method tiering up while other tests run in parallel: 48 B once, on a different frame each run; the test
/// hosts run without tiering, see tests/tests.runsettings, and this guards a run without those settings) does not
/// come back.
/// </summary>
internal static class SteadyAllocation
{
    /// <summary>Bytes runs <paramref name="window"/>(0), and <paramref name="window"/>(1) when the first allocated, and returns the last one's bytes.</summary>
    public static long Bytes(Action<int> window)
    {
        var first = Once(window, 0);
        return first == 0 ? 0 : Once(window, 1);
    }

    private static long Once(Action<int> window, int index)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        window(index);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
