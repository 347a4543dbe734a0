namespace Skia.Toolkit.Text;

/// <summary>LineMetrics are the vertical extents of a line, all positive: ascent above the baseline, descent below it, and leading between lines.</summary>
internal readonly record struct LineMetrics(float Ascent, float Descent, float Leading)
{
    /// <summary>Union is the line that fits both: the larger of each extent.</summary>
    public LineMetrics Union(LineMetrics other) =>
        new(Math.Max(Ascent, other.Ascent), Math.Max(Descent, other.Descent), Math.Max(Leading, other.Leading));
}
