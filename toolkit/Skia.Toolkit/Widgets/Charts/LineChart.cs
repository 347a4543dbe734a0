using System.Globalization;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// LineChart draws one series of values as a line, or as an area filled down to the bottom of the plot.
/// NaN values break the line (gaps), and a series with no finite value shows the empty state.
/// <see cref="Append(DateTime, double)"/> adds a timed point and repaints the chart only; with
/// <see cref="TimeSeriesChart.Capacity"/> set it keeps a rolling window and allocates nothing once full.
/// </summary>
/// <example>
/// <code>
/// var chart = new LineChart { Capacity = 30_000 };   // the last minute at 500 points a second
/// chart.ShowLatest(TimeSpan.FromSeconds(10));        // the view follows the newest ten seconds
/// chart.Append(DateTime.Now, 27_123.5);               // x axis and crosshair read "09:41:07.250"
/// </code>
/// </example>
public sealed class LineChart : TimeSeriesChart
{
    private readonly SeriesBuffer<double> _values = new();
    private readonly SeriesBuffer<DateTime> _times = new();
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

    /// <summary>Values are the series, oldest first (the newest <see cref="TimeSeriesChart.Capacity"/> at most).</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Count is the number of values kept.</summary>
    public override int Count => _values.Count;

    private protected override int CurrentCapacity => _values.Capacity;

    private protected override long Dropped => _values.Dropped;

    /// <summary>SetValues replaces the series with untimed values (keeping the newest Capacity); points are numbered from 0 again.</summary>
    public void SetValues(IEnumerable<double> values)
    {
        UiThreadCheck.Verify(this);
        ArgumentNullException.ThrowIfNull(values);
        _values.Clear();
        _times.Clear();
        foreach (var v in values)
        {
            _values.Add(v);
            _times.Add(default);
        }
        OnDataChanged();
    }

    /// <summary>SetValues replaces the series with values stamped with times, pairwise (keeping the newest Capacity); points are numbered from 0 again.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public void SetValues(IReadOnlyList<DateTime> times, IReadOnlyList<double> values)
    {
        UiThreadCheck.Verify(this);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(values);
        if (times.Count != values.Count) throw new ArgumentException($"{times.Count} times for {values.Count} values: each value needs its time.", nameof(times));
        _values.Clear();
        _times.Clear();
        for (var i = 0; i < values.Count; i++)
        {
            _values.Add(values[i]);
            _times.Add(times[i]);
        }
        OnDataChanged();
    }

    /// <summary>Append adds an untimed value at the end (dropping the oldest when the chart holds Capacity); only the chart repaints.</summary>
    public void Append(double value) => Append(default, value);

    /// <summary>
    /// Append adds a value at <paramref name="time"/> at the end (dropping the oldest when the chart holds
    /// Capacity); only the chart repaints. Allocation-free once the chart is full.
    /// </summary>
    public void Append(DateTime time, double value)
    {
        UiThreadCheck.Verify(this);
        _values.Add(value);
        _times.Add(time);
        OnDataChanged();
    }

    private protected override void ApplyCapacity(int capacity)
    {
        _values.SetCapacity(capacity);
        _times.SetCapacity(capacity);
    }

    private protected override DateTime TimeAt(int index) => _times[index];

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
        // Points sit at their numbers on the x axis, the oldest kept at the number of points dropped before it.
        double origin = _values.Dropped;
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
                    _path.MoveTo(map.X(origin + i), bottom);
                }
                if (ok) _path.LineTo(map.X(origin + i), map.Y(_values[i]));
                if (!ok && runStart >= 0)
                {
                    _path.LineTo(map.X(origin + i - 1), bottom);
                    _path.Close();
                    NativePathDrawing.DrawSnapshot(canvas, _path, ScratchPaint.Fill(color.WithAlpha(0x40)));
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
            if (pen) _path.LineTo(map.X(origin + i), map.Y(v));
            else _path.MoveTo(map.X(origin + i), map.Y(v));
            pen = true;
        }
        var stroke = ScratchPaint.Stroke(color, 1.5f);
        stroke.StrokeJoin = SKStrokeJoin.Round;
        NativePathDrawing.DrawSnapshot(canvas, _path, stroke);
    }

    /// <summary>Readout shows the time (or number) and value of the point under the crosshair.</summary>
    private protected override string Readout(double x)
    {
        var index = (int)(x - _values.Dropped);
        var v = _values[index];
        return PointLabel(index) + "  " + (double.IsFinite(v) ? v.ToString("G8", CultureInfo.InvariantCulture) : "no value");
    }
}
