using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// ChartBase is the frame shared by the index-based charts: a plot area with a price axis on the right, grid
/// lines, a crosshair with a value readout that follows the pointer, and a visible window over the data that
/// the wheel zooms (around the pointer) and a drag pans. With no finite data it draws an empty-state message.
/// Chart values are display coordinates (double); the exact values stay in the caller's model.
/// </summary>
public abstract class ChartBase : Control
{
    // The y axis needs room for labels such as "27123.45" at the small font size.
    private const float AxisWidth = 64;
    private const float MinVisible = 5;

    private double _viewStart;
    private double _viewCount = double.NaN;
    private SKPoint? _crosshair;
    private float _dragStartX = float.NaN;
    private double _dragStartView;

    /// <summary>EmptyText is shown when there is nothing finite to draw.</summary>
    public string EmptyText { get; set; } = "No data";

    /// <summary>Count is the number of data points (x positions).</summary>
    protected abstract int Count { get; }

    /// <summary>ViewStart is the first visible data index (fractional while zoomed or panned).</summary>
    public double ViewStart => Math.Clamp(_viewStart, 0, Math.Max(0, Count - ViewCount));

    /// <summary>ViewCount is how many data points fit across the plot (all of them until zoomed).</summary>
    public double ViewCount => double.IsNaN(_viewCount) ? Math.Max(1, Count) : Math.Min(_viewCount, Math.Max(1, Count));

    /// <summary>IsFollowingEnd tells whether the view sticks to the newest point as data is appended (true until panned back).</summary>
    public bool IsFollowingEnd { get; private set; } = true;

    /// <summary>Crosshair is the pointer position in the chart while it hovers the plot, else null.</summary>
    public SKPoint? Crosshair => _crosshair;

    /// <summary>PlotRect is the area the series are drawn in, in the chart's coordinates.</summary>
    protected SKRect PlotRect => new(0, 0, Math.Max(0, Bounds.Width - AxisWidth), Math.Max(0, Bounds.Height - 18));

    /// <summary>VisibleRange returns the finite minimum and maximum of the y values in the visible window; false when there are none.</summary>
    protected abstract bool VisibleRange(int first, int last, out double min, out double max);

    /// <summary>DrawSeries draws the data between indices first and last (inclusive) mapped by <paramref name="map"/>.</summary>
    private protected abstract void DrawSeries(SKCanvas canvas, ChartMap map, int first, int last);

    /// <summary>Readout returns the crosshair text for a data index (for example "O 1 H 2 L 0.5 C 1.5").</summary>
    protected abstract string Readout(int index);

    /// <summary>OnDataChanged repaints the chart only (no layout) and keeps the newest point in view while following the end.</summary>
    protected void OnDataChanged()
    {
        if (IsFollowingEnd && !double.IsNaN(_viewCount)) _viewStart = Math.Max(0, Count - _viewCount);
        InvalidatePaint();
    }

    /// <summary>ResetView shows all data again.</summary>
    public void ResetView()
    {
        _viewCount = double.NaN;
        _viewStart = 0;
        IsFollowingEnd = true;
        InvalidatePaint();
    }

    /// <summary>MeasureOverride takes the space offered (charts have no natural size), 200x120 when unbounded.</summary>
    protected override SKSize MeasureOverride(SKSize available)
        => new(float.IsFinite(available.Width) ? available.Width : 200, float.IsFinite(available.Height) ? available.Height : 120);

    /// <summary>IsLayoutBoundary is true: appending data never changes a chart's size.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>OnRender draws background, grid, axis labels, series, crosshair and readout, or the empty state.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var rect = LocalRect;
        canvas.DrawRect(rect, ScratchPaint.Fill(t.Surface));
        var plot = PlotRect;
        var small = FontSpec.Ui(t.FontSizeSmall);
        var start = ViewStart;
        var count = ViewCount;
        var first = Math.Max(0, (int)Math.Floor(start));
        var last = Math.Min(Count - 1, (int)Math.Ceiling(start + count) - 1);
        if (Count == 0 || last < first || !VisibleRange(first, last, out var min, out var max))
        {
            TextPainter.Draw(canvas, EmptyText, FontSpec.Ui(t.FontSize), t.TextMuted, rect, 0.5f);
            return;
        }
        if (max <= min)
        {
            // A flat series still gets a visible band around its value.
            var pad = Math.Abs(min) > 0 ? Math.Abs(min) * 0.01 : 1;
            min -= pad;
            max += pad;
        }
        var margin = (max - min) * 0.05;
        var map = new ChartMap(plot, start, count, min - margin, max + margin);

        var step = ChartTicks.Step(max - min, Math.Max(2, (int)(plot.Height / 40)));
        var decimals = ChartTicks.Decimals(step);
        var grid = ScratchPaint.Stroke(t.GridLine, 1);
        for (var v = Math.Ceiling(map.MinY / step) * step; v <= map.MaxY; v += step)
        {
            var y = MathF.Round(map.Y(v)) + 0.5f;
            canvas.DrawLine(plot.Left, y, plot.Right, y, ScratchPaint.Stroke(t.GridLine, 1));
            var label = v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            TextPainter.Draw(canvas, label, small, t.TextMuted, new SKRect(plot.Right + 6, y - 8, rect.Right, y + 8), 0);
        }
        _ = grid;
        var xStep = Math.Max(1, ChartTicks.Step(count, Math.Max(2, (int)(plot.Width / 90))));
        for (var i = Math.Ceiling(start / xStep) * xStep; i <= last; i += xStep)
        {
            var x = MathF.Round(map.X(i)) + 0.5f;
            canvas.DrawLine(x, plot.Top, x, plot.Bottom, ScratchPaint.Stroke(t.GridLine, 1));
            var label = XLabel((int)i);
            TextPainter.Draw(canvas, label, small, t.TextMuted, new SKRect(x - 40, plot.Bottom, x + 40, rect.Bottom), 0.5f);
        }

        canvas.Save();
        canvas.ClipRect(plot);
        DrawSeries(canvas, map, first, last);
        canvas.Restore();
        canvas.DrawLine(plot.Right + 0.5f, plot.Top, plot.Right + 0.5f, plot.Bottom, ScratchPaint.Stroke(t.Border, 1));

        if (_crosshair is { } c && plot.Contains(c))
        {
            var index = Math.Clamp((int)Math.Round(map.Index(c.X)), first, last);
            var cx = MathF.Round(map.X(index)) + 0.5f;
            var cross = ScratchPaint.Stroke(t.TextMuted, 1);
            canvas.DrawLine(cx, plot.Top, cx, plot.Bottom, cross);
            canvas.DrawLine(plot.Left, MathF.Round(c.Y) + 0.5f, plot.Right, MathF.Round(c.Y) + 0.5f, cross);
            var value = map.Value(c.Y).ToString("F" + (decimals + 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var tag = new SKRect(plot.Right, c.Y - 9, rect.Right, c.Y + 9);
            canvas.DrawRect(tag, ScratchPaint.Fill(t.SurfaceRaised));
            TextPainter.Draw(canvas, value, small, t.Text, new SKRect(tag.Left + 4, tag.Top, tag.Right, tag.Bottom), 0);
            var readout = Readout(index);
            var width = TextPainter.Width(readout, small) + 12;
            var box = new SKRect(plot.Left + 4, plot.Top + 4, plot.Left + 4 + width, plot.Top + 22);
            canvas.DrawRoundRect(box, 3, 3, ScratchPaint.Fill(ColorMath.Fade(t.SurfaceRaised, 0.9f)));
            TextPainter.Draw(canvas, readout, small, t.Text, box, 0.5f);
        }
    }

    /// <summary>XLabel returns the x axis label for a data index (the index itself by default).</summary>
    protected virtual string XLabel(int index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>OnPointerMove moves the crosshair, or pans while dragging.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        _crosshair = e.Position;
        if (!float.IsNaN(_dragStartX) && PlotRect.Width > 0)
        {
            var perPixel = ViewCount / PlotRect.Width;
            _viewCount = ViewCount;
            _viewStart = Math.Clamp(_dragStartView - ((e.Position.X - _dragStartX) * perPixel), 0, Math.Max(0, Count - _viewCount));
            IsFollowingEnd = _viewStart >= Count - _viewCount - 0.5;
            e.Handled = true;
        }
        InvalidatePaint();
    }

    /// <summary>OnPointerLeave hides the crosshair.</summary>
    protected override void OnPointerLeave(PointerEventArgs e)
    {
        _crosshair = null;
        InvalidatePaint();
    }

    /// <summary>OnPointerDown starts a pan.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        _dragStartX = e.Position.X;
        _dragStartView = ViewStart;
        CapturePointer();
        e.Handled = true;
    }

    /// <summary>OnPointerUp ends a pan.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        _dragStartX = float.NaN;
    }

    /// <summary>OnPointerWheel zooms around the pointer: up zooms in (fewer points), down zooms out.</summary>
    protected override void OnPointerWheel(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.WheelDelta.Y == 0 || Count == 0 || PlotRect.Width <= 0) return;
        var plot = PlotRect;
        var count = ViewCount;
        var start = ViewStart;
        var anchor = start + (Math.Clamp(e.Position.X, plot.Left, plot.Right) - plot.Left) / plot.Width * count;
        // Each notch scales the window by 1.25, a step that feels neither sluggish nor jumpy.
        var next = Math.Clamp(count * Math.Pow(1.25, -e.WheelDelta.Y), Math.Min(MinVisible, Count), Count);
        _viewCount = next;
        _viewStart = Math.Clamp(anchor - ((anchor - start) * next / count), 0, Math.Max(0, Count - next));
        IsFollowingEnd = _viewStart >= Count - next - 0.5;
        InvalidatePaint();
        e.Handled = true;
    }

    /// <summary>DescribeMarkup adds the point count and visible window.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("points", Count);
        w.Property("view", string.Create(CultureInfo.InvariantCulture, $"{ViewStart:0.##}+{ViewCount:0.##}"));
    }
}
