using System.Runtime.InteropServices;

namespace Skia.Trader.Scene.Measurement;

/// <summary>
/// ThreadCpuClock reads the calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID). Set beside a
/// frame's wall time it tells work from waiting: a frame whose wall time far exceeds its CPU time
/// was descheduled, not slow.
/// </summary>
public static partial class ThreadCpuClock
{
    // CLOCK_THREAD_CPUTIME_ID in <time.h> on Linux.
    private const int ThreadCpuTimeClock = 3;

    /// <summary>NowMs is the calling thread's CPU time in milliseconds, or NaN where the clock cannot be read (not Linux).</summary>
    public static double NowMs()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        return ClockGetTime(ThreadCpuTimeClock, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
