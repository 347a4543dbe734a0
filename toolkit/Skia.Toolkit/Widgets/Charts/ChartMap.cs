using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// ChartMap maps data (x, value) to plot pixels and back for one frame. The window [left, left + width) in x
/// units spans the plot; index charts pass left = first index - 0.5 so each point sits in the middle of its slot.
/// </summary>
internal readonly struct ChartMap(SKRect plot, double left, double width, double minY, double maxY)
{
    public double MinY { get; } = minY;

    public double MaxY { get; } = maxY;

    /// <summary>SlotWidth is the width one x unit (one data point of an index chart) takes, in pixels.</summary>
    public float SlotWidth => (float)(plot.Width / width);

    /// <summary>X is the pixel of an x value (the centre of an index's slot).</summary>
    public float X(double x) => (float)(plot.Left + ((x - left) * plot.Width / width));

    public float Y(double value) => (float)(plot.Bottom - ((value - MinY) / (MaxY - MinY) * plot.Height));

    /// <summary>XValue is the x value at a pixel column.</summary>
    public double XValue(float x) => left + ((x - plot.Left) * width / plot.Width);

    public double Value(float y) => MinY + ((plot.Bottom - y) / plot.Height * (MaxY - MinY));
}
