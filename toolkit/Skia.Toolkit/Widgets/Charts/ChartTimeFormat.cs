using System.Globalization;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// ChartTimeFormat is the default text of a time on a chart's x axis and crosshair: as precise as the distance
/// between neighbouring labels (or points) needs, and no more, so "09:41" for ten-minute ticks and
/// "09:41:07.250" for ticks a quarter second apart. Times are printed as given (pass local times to show local time).
/// </summary>
internal static class ChartTimeFormat
{
    // From the finest to the coarsest; Precision indexes it.
    private static readonly string[] Formats = ["HH:mm:ss.fff", "HH:mm:ss", "HH:mm", "dd MMM", "yyyy"];

    /// <summary>Format prints <paramref name="time"/> for labels <paramref name="resolution"/> apart.</summary>
    public static string Format(DateTime time, TimeSpan resolution)
        => time.ToString(Formats[Precision(resolution)], CultureInfo.InvariantCulture);

    /// <summary>MaxLength is room for any text <see cref="Format(DateTime, TimeSpan, Span{char})"/> writes.</summary>
    public const int MaxLength = 16;

    /// <summary>Format writes what <see cref="Format(DateTime, TimeSpan)"/> returns into <paramref name="destination"/> (at least <see cref="MaxLength"/> long), allocating nothing; returns the length written.</summary>
    public static int Format(DateTime time, TimeSpan resolution, Span<char> destination)
    {
        if (!time.TryFormat(destination, out var written, Formats[Precision(resolution)], CultureInfo.InvariantCulture))
            throw new ArgumentException($"The destination needs room for {MaxLength} characters.", nameof(destination));
        return written;
    }

    /// <summary>Precision returns which format serves labels <paramref name="resolution"/> apart: 0 (milliseconds) to 4 (years).</summary>
    public static int Precision(TimeSpan resolution)
        => resolution < TimeSpan.FromSeconds(1) ? 0
            : resolution < TimeSpan.FromMinutes(1) ? 1
            : resolution < TimeSpan.FromDays(1) ? 2
            : resolution < TimeSpan.FromDays(360) ? 3
            : 4;

    /// <summary>
    /// FormatPoint prints the time of one point for the crosshair, <paramref name="spacing"/> being the usual time
    /// between points: the day is added when the series spans more than a day and the time alone would not name it.
    /// </summary>
    public static string FormatPoint(DateTime time, TimeSpan spacing, TimeSpan span)
    {
        var text = Format(time, spacing);
        return span >= TimeSpan.FromDays(1) && spacing < TimeSpan.FromDays(1)
            ? time.ToString("dd MMM ", CultureInfo.InvariantCulture) + text
            : text;
    }
}
