using System.Globalization;

namespace Skia.Trader.Scene.Measurement;

/// <summary>ProcessStats reads what the kernel knows about this process: CPU time, peak resident memory, start time.</summary>
public static class ProcessStats
{
    /// <summary>LaunchVariable names the environment variable a launcher sets to its wall-clock time (bash <c>$EPOCHREALTIME</c>, seconds with microseconds) just before it starts us.</summary>
    public const string LaunchVariable = "SCENE_LAUNCH_EPOCH";

    // Linux reports process start in clock ticks of USER_HZ, which is 100 on every mainstream build.
    private const double ClockTicksPerSecond = 100;

    /// <summary>CpuTime is the process's user plus system CPU time so far.</summary>
    public static TimeSpan CpuTime() => Environment.CpuUsage.TotalTime;

    /// <summary>PeakResidentBytes is the peak resident set size (VmHWM of /proc/self/status), or -1 where it cannot be read.</summary>
    public static long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line.AsSpan(6).Trim();
                if (kb.EndsWith("kB", StringComparison.Ordinal)) kb = kb[..^2].Trim();
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return -1;
    }

    /// <summary>
    /// MillisecondsSinceStart is the time since this process was started. With <see cref="LaunchVariable"/>
    /// set it is measured from the launcher's clock reading (microseconds, includes fork and exec);
    /// otherwise from /proc/self/stat's start time, which has only 10 ms resolution.
    /// </summary>
    /// <param name="source">Says which of the two clocks gave the figure: "launcher" or "proc-stat".</param>
    public static double MillisecondsSinceStart(out string source)
    {
        var launch = Environment.GetEnvironmentVariable(LaunchVariable);
        if (launch != null && double.TryParse(launch.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var epochSeconds))
        {
            source = "launcher";
            return (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds - epochSeconds * 1000;
        }
        source = "proc-stat";
        return ProcStatMilliseconds();
    }

    private static double ProcStatMilliseconds()
    {
        try
        {
            // /proc/uptime and the starttime field (22) of /proc/self/stat are both on the boot-time clock.
            var uptime = File.ReadAllText("/proc/uptime");
            double upSeconds = double.Parse(uptime.AsSpan(0, uptime.IndexOf(' ')), CultureInfo.InvariantCulture);
            var stat = File.ReadAllText("/proc/self/stat");
            // The command name (field 2) may contain spaces; fields after it are counted from its ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            double startTicks = double.Parse(fields[22 - 3], CultureInfo.InvariantCulture);
            return (upSeconds - startTicks / ClockTicksPerSecond) * 1000;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
