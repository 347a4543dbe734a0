using System.Diagnostics;
using System.Globalization;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// StartupTrace prints, with --verbose, where the gallery's start-up time and memory go: per stage the time
/// since process start, the resident memory now and its peak so far (Linux /proc/self/status), and the
/// managed heap. Off (the default) it costs nothing.
/// </summary>
internal sealed class StartupTrace(bool enabled)
{
    /// <summary>Mark prints one stage line when tracing is on.</summary>
    public void Mark(string stage)
    {
        if (!enabled) return;
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var (rss, peak) = ResidentKilobytes();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"startup: {stage,-28} {sinceStart.TotalMilliseconds,8:0.0} ms  rss {rss / 1024.0,6:0.0} MB  peak {peak / 1024.0,6:0.0} MB  managed {GC.GetTotalMemory(false) / 1048576.0,5:0.0} MB (committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:0.0})"));
    }

    /// <summary>Mappings prints, when tracing is on, the resident memory per mapped file (shared libraries, fonts) and anonymous memory, largest first (Linux /proc/self/smaps).</summary>
    public void Mappings(int top = 10)
    {
        if (!enabled) return;
        var byName = new Dictionary<string, long>();
        string current = "[anonymous]";
        try
        {
            foreach (var line in File.ReadLines("/proc/self/smaps"))
            {
                if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal))
                {
                    // "start-end perms offset dev inode   path": the path is the sixth field, absent for anonymous memory.
                    var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                    current = fields.Length >= 6 ? fields[5].Trim() : "[anonymous]";
                }
                else if (line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    byName[current] = byName.GetValueOrDefault(current) + ParseKb(line, "Rss:".Length);
                }
            }
        }
        catch (IOException)
        {
            return;
        }
        foreach (var (name, kb) in byName.OrderByDescending(p => p.Value).Take(top))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup: rss {kb / 1024.0,6:0.0} MB  {name}"));
        }
    }

    private static (long Rss, long Peak) ResidentKilobytes()
    {
        long rss = 0, peak = 0;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = ParseKb(line, "VmRSS:".Length);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = ParseKb(line, "VmHWM:".Length);
            }
        }
        catch (IOException)
        {
            // Not Linux: the stage still prints its time.
        }
        return (rss, peak);
    }

    // "Name:   1234 kB" -> 1234
    private static long ParseKb(string line, int nameLength)
    {
        var digits = line.AsSpan(nameLength).Trim();
        var end = digits.IndexOf(' ');
        return long.Parse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
