using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>ChartMap maps data (index, value) to plot pixels and back for one frame.</summary>
internal readonly struct ChartMap(SKRect plot, double start, double count, double minY, double maxY)
{
    public double MinY { get; } = minY;

    public double MaxY { get; } = maxY;

    /// <summary>SlotWidth is the width one data point takes.</summary>
    public float SlotWidth => (float)(plot.Width / count);

    /// <summary>X is the centre of a data index's slot.</summary>
    public float X(double index) => (float)(plot.Left + ((index - start + 0.5) * plot.Width / count));

    public float Y(double value) => (float)(plot.Bottom - ((value - MinY) / (MaxY - MinY) * plot.Height));

    public double Index(float x) => start + ((x - plot.Left) * count / plot.Width) - 0.5;

    public double Value(float y) => MinY + ((plot.Bottom - y) / plot.Height * (MaxY - MinY));
}
