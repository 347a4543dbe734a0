using System.Globalization;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// LineChart draws one series of values as a line, or as an area filled down to the bottom of the plot.
/// NaN values break the line (gaps), and a series with no finite value shows the empty state.
/// <see cref="Append"/> repaints the chart only.
/// </summary>
public sealed class LineChart : ChartBase
{
    private readonly List<double> _values = [];
    // One builder reused across frames; each drawn path is a snapshot of it.
    private readonly SKPathBuilder _path = new();

    /// <summary>IsArea fills the area under the line with a translucent series colour.</summary>
    public bool IsArea
    {
        get;
        set
        {
            field = value;
            InvalidatePaint();
        }
    }

    /// <summary>Values are the series, oldest first.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Count is the number of values.</summary>
    protected override int Count => _values.Count;

    /// <summary>SetValues replaces the series.</summary>
    public void SetValues(IEnumerable<double> values)
    {
        UiThreadCheck.Verify(this);
        ArgumentNullException.ThrowIfNull(values);
        _values.Clear();
        _values.AddRange(values);
        OnDataChanged();
    }

    /// <summary>Append adds a value at the end; only the chart repaints.</summary>
    public void Append(double value)
    {
        UiThreadCheck.Verify(this);
        _values.Add(value);
        OnDataChanged();
    }

    /// <summary>VisibleRange returns the finite extremes in a window.</summary>
    protected override bool VisibleRange(int first, int last, out double min, out double max)
    {
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        for (var i = first; i <= last; i++)
        {
            var v = _values[i];
            if (!double.IsFinite(v)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        return min <= max;
    }

    private protected override void DrawSeries(SKCanvas canvas, ChartMap map, int first, int last)
    {
        var color = Theme.SeriesColor(0);
        var from = Math.Max(0, first - 1);
        var to = Math.Min(_values.Count - 1, last + 1);
        if (IsArea)
        {
            var bottom = map.Y(map.MinY);
            var runStart = -1;
            for (var i = from; i <= to + 1; i++)
            {
                var ok = i <= to && double.IsFinite(_values[i]);
                if (ok && runStart < 0)
                {
                    runStart = i;
                    _path.Reset();
                    _path.MoveTo(map.X(i), bottom);
                }
                if (ok) _path.LineTo(map.X(i), map.Y(_values[i]));
                if (!ok && runStart >= 0)
                {
                    _path.LineTo(map.X(i - 1), bottom);
                    _path.Close();
                    using var area = _path.Snapshot();
                    canvas.DrawPath(area, ScratchPaint.Fill(color.WithAlpha(0x40)));
                    runStart = -1;
                }
            }
        }
        _path.Reset();
        var pen = false;
        for (var i = from; i <= to; i++)
        {
            var v = _values[i];
            if (!double.IsFinite(v))
            {
                pen = false;
                continue;
            }
            if (pen) _path.LineTo(map.X(i), map.Y(v));
            else _path.MoveTo(map.X(i), map.Y(v));
            pen = true;
        }
        var stroke = ScratchPaint.Stroke(color, 1.5f);
        stroke.StrokeJoin = SKStrokeJoin.Round;
        using var line = _path.Snapshot();
        canvas.DrawPath(line, stroke);
    }

    /// <summary>Readout shows the value under the crosshair.</summary>
    private protected override string Readout(double x)
    {
        var index = (int)x;
        var v = _values[index];
        return double.IsFinite(v) ? "#" + index.ToString(CultureInfo.InvariantCulture) + "  " + v.ToString("G8", CultureInfo.InvariantCulture) : "#" + index.ToString(CultureInfo.InvariantCulture) + "  no value";
    }
}
