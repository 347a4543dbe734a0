using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Skia.Trader.Scene.Measurement;

/// <summary>
/// StartupTimeline records where start-up time goes (runtime start, fonts, feed prefill, tree build,
/// layout, first render), so that a start-up regression can be pinned to a phase (<c>--verbose</c>).
/// </summary>
public sealed class StartupTimeline
{
    private readonly List<(string Phase, double Ms)> _phases = new(8);
    private long _last;

    /// <summary>StartupTimeline starts timing now; <paramref name="runtimeStartMs"/> is the time from process start to here.</summary>
    public StartupTimeline(double runtimeStartMs)
    {
        _phases.Add(("runtime start", runtimeStartMs));
        _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Phases are the recorded phases in order with their durations in milliseconds.</summary>
    public IReadOnlyList<(string Phase, double Ms)> Phases => _phases;

    /// <summary>Mark ends the phase called <paramref name="phase"/>: the time since the previous mark is charged to it.</summary>
    public void Mark(string phase)
    {
        long now = Stopwatch.GetTimestamp();
        _phases.Add((phase, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds));
        _last = now;
    }

    /// <summary>Describe formats the phases on one line, e.g. <c>runtime start 31.0 ms, fonts 2.1 ms, ...</c>.</summary>
    public string Describe()
    {
        var text = new StringBuilder("start-up:");
        double total = 0;
        foreach (var (phase, ms) in _phases)
        {
            text.Append(CultureInfo.InvariantCulture, $" {phase} {ms:F1} ms,");
            total += ms;
        }
        text.Append(CultureInfo.InvariantCulture, $" total {total:F1} ms");
        return text.ToString();
    }
}
