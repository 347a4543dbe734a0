using System.Globalization;

namespace Skia.Trader.Terminal.HeadlessTest;

/// <summary>ProcessClock reads what the kernel knows about this process: how long ago it started, and its peak resident memory.</summary>
internal static class ProcessClock
{
    /// <summary>
    /// LaunchVariable names the environment variable a launcher sets to its wall-clock time just before it starts the
    /// terminal (bash <c>$EPOCHREALTIME</c>: seconds with microseconds), as perf/terminal-startup.sh does.
    /// </summary>
    public const string LaunchVariable = "SKIA_TRADER_LAUNCH_EPOCH";

    // Linux reports a process's start in clock ticks of USER_HZ, which is 100 on every mainstream build.
    private const double ClockTicksPerSecond = 100;

    /// <summary>
    /// MillisecondsSinceStart is the time since this process was started: from the launcher's clock reading when
    /// <see cref="LaunchVariable"/> is set (microseconds; fork and exec included), else from /proc/self/stat's start
    /// time (10 ms resolution). <paramref name="clock"/> says which: "launcher" or "proc-stat".
    /// </summary>
    public static double MillisecondsSinceStart(out string clock)
    {
        if (Environment.GetEnvironmentVariable(LaunchVariable) is { } launch
            && double.TryParse(launch.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out double epochSeconds))
        {
            clock = "launcher";
            return (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds - epochSeconds * 1000;
        }
        clock = "proc-stat";
        try
        {
            // /proc/uptime and field 22 (starttime) of /proc/self/stat are both on the boot-time clock.
            string uptime = File.ReadAllText("/proc/uptime");
            double upSeconds = double.Parse(uptime.AsSpan(0, uptime.IndexOf(' ')), CultureInfo.InvariantCulture);
            string stat = File.ReadAllText("/proc/self/stat");
            // The command name (field 2) may contain spaces: the fields after it are counted from its ')'.
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            double startTicks = double.Parse(fields[22 - 3], CultureInfo.InvariantCulture);
            return (upSeconds - startTicks / ClockTicksPerSecond) * 1000;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }

    /// <summary>PeakResidentKilobytes is the peak resident set size (VmHWM of /proc/self/status) in KiB, or -1 where it cannot be read.</summary>
    public static long PeakResidentKilobytes()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                ReadOnlySpan<char> kb = line.AsSpan(6).Trim();
                if (kb.EndsWith("kB", StringComparison.Ordinal)) kb = kb[..^2].Trim();
                return long.Parse(kb, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return -1;
    }
}
