using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// Sparkline is a tiny line of recent values with no axes, for table cells and tickers: it is green when the
/// last value is at or above the first and red otherwise. NaN values are skipped; fewer than two finite
/// values draw nothing. It keeps at most <see cref="Capacity"/> values, dropping the oldest.
/// </summary>
public sealed class Sparkline : Widget
{
    private readonly double[] _values;
    private int _start;
    private int _count;

    /// <summary>Sparkline creates a sparkline holding up to <paramref name="capacity"/> values.</summary>
    public Sparkline(int capacity = 60)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _values = new double[capacity];
    }

    /// <summary>Capacity is the number of values kept.</summary>
    public int Capacity => _values.Length;

    /// <summary>Count is the number of values held.</summary>
    public int Count => _count;

    /// <summary>IsLayoutBoundary is true: new values never change the size.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>Append adds a value (dropping the oldest when full) and repaints the sparkline only; allocation-free.</summary>
    public void Append(double value)
    {
        UiThreadCheck.Verify(this);
        if (_count < _values.Length) _values[(_start + _count++) % _values.Length] = value;
        else
        {
            _values[_start] = value;
            _start = (_start + 1) % _values.Length;
        }
        InvalidatePaint();
    }

    private double At(int i) => _values[(_start + i) % _values.Length];

    /// <summary>MeasureOverride asks for 80x20, a typical table-cell size.</summary>
    protected override SKSize MeasureOverride(SKSize available) => new(Math.Min(80, available.Width), Math.Min(20, available.Height));

    /// <summary>OnRender draws the line scaled to the finite values' range.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity, first = double.NaN, last = double.NaN;
        var finite = 0;
        for (var i = 0; i < _count; i++)
        {
            var v = At(i);
            if (!double.IsFinite(v)) continue;
            if (finite++ == 0) first = v;
            last = v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        if (finite < 2) return;
        var theme = Root?.Theme ?? Theming.Theme.Dark;
        var paint = ScratchPaint.Stroke(last >= first ? theme.Positive : theme.Negative, 1.25f);
        var w = Bounds.Width - 2;
        var h = Bounds.Height - 2;
        var span = max > min ? max - min : 1;
        var hasPrevious = false;
        float px = 0, py = 0;
        for (var i = 0; i < _count; i++)
        {
            var v = At(i);
            if (!double.IsFinite(v))
            {
                hasPrevious = false;
                continue;
            }
            var x = 1 + (float)(w * i / Math.Max(1, _count - 1));
            var y = 1 + (float)(h - ((v - min) / span * h));
            if (hasPrevious) canvas.DrawLine(px, py, x, y, paint);
            px = x;
            py = y;
            hasPrevious = true;
        }
    }

    /// <summary>DescribeMarkup adds the number of values.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        w.Property("values", _count);
    }
}
