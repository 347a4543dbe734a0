using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// ChartBase is the frame shared by the charts: a plot area with a value axis on the right and an x axis band
/// below, grid lines, a crosshair with a value readout that follows the pointer, and a visible window over the
/// x axis that the wheel zooms (around the pointer) and a drag pans, or <see cref="SetView"/> and
/// <see cref="ShowLatest"/> set. The x axis is the point number for the series charts (labelled with the
/// points' times when they have them, see <see cref="TimeSeriesChart"/>) and the price for <see cref="DepthChart"/>. Axis labels stay inside the chart: one that
/// would cross an edge slides in along its axis, still spanning its grid line. With no
/// finite data it draws an empty-state message. Chart values are display coordinates (double); the exact
/// values stay in the caller's model.
/// </summary>
public abstract class ChartBase : Control
{
    // The y axis needs room for labels such as "27123.45" at the small font size.
    private const float AxisWidth = 64;
    // The x axis band holds one line of small labels.
    private const float AxisHeight = 18;
    // Half the height of a small label's band: y labels are centred on their grid line within it.
    private const float LabelHalfHeight = 8;
    // X grid lines at least this far apart (pixels) keep the grid calm; closer ones read as noise.
    private const float MinTickSpacing = 56;
    // The least space between two x labels, in pixels.
    private const float LabelGap = 8;
    // The kind of a value axis label in the label cache (x labels use other kinds).
    private const int ValueLabelKind = 0;
    // Index charts zoom in to no fewer than five points; fewer show no shape.
    private const float MinVisible = 5;

    private double _viewStart = double.NaN;
    private double _viewCount = double.NaN;
    private SKPoint? _crosshair;
    private float _dragStartX = float.NaN;
    private double _dragStartView;
    // Whether the last frame drew the crosshair readout (LastReadout keeps the text after it goes).
    private bool _readoutShown;

    /// <summary>EmptyText is shown when there is nothing finite to draw.</summary>
    public string EmptyText { get; set; } = "No data";

    /// <summary>Count is the number of data points the chart holds (series points, or book levels of a depth chart).</summary>
    public abstract int Count { get; }

    /// <summary>ViewStart is the left end of the visible window in x units: the first visible point number (fractional while zoomed or panned; see <see cref="TimeSeriesChart.FirstPointNumber"/>), or the lowest visible price of a depth chart.</summary>
    public double ViewStart
        => Math.Clamp(double.IsNaN(_viewStart) ? DomainStart : _viewStart, DomainStart, DomainStart + Math.Max(0, DomainLength - ViewCount));

    /// <summary>ViewCount is the width of the visible window in x units: how many data points fit across the plot (all of them until zoomed), or the visible price span of a depth chart.</summary>
    public double ViewCount => double.IsNaN(_viewCount) ? DomainLength : Math.Min(_viewCount, DomainLength);

    /// <summary>IsFollowingEnd tells whether the view sticks to the newest point as data is appended (true until panned back).</summary>
    public bool IsFollowingEnd { get; private set; } = true;

    /// <summary>Crosshair is the pointer position in the chart while it hovers the plot, else null.</summary>
    public SKPoint? Crosshair => _crosshair;

    /// <summary>LastReadout is the crosshair readout of the last frame that drew one (for tests: what the user read).</summary>
    internal string? LastReadout { get; private set; }

    /// <summary>XAxisLabels are the x axis labels the last frame drew, with where (for tests: what the user read and where).</summary>
    internal List<AxisLabel> XAxisLabels { get; } = [];

    /// <summary>YAxisLabels are the value axis labels the last frame drew, with where.</summary>
    internal List<AxisLabel> YAxisLabels { get; } = [];

    /// <summary>Labels are the axis label strings of the last frames, reused while their ticks stay in view.</summary>
    private protected AxisLabelCache Labels { get; } = new();

    /// <summary>PlotRect is the area the series are drawn in, in the chart's coordinates.</summary>
    protected SKRect PlotRect => new(0, 0, Math.Max(0, Bounds.Width - AxisWidth), Math.Max(0, Bounds.Height - AxisHeight));

    /// <summary>DomainStart is the lowest x value of the data (the oldest kept point's number for series charts).</summary>
    private protected virtual double DomainStart => 0;

    /// <summary>DomainLength is the x span of all the data (the point count for index charts, at least 1).</summary>
    private protected virtual double DomainLength => Math.Max(1, Count);

    /// <summary>SlotOffset places x value v at v + SlotOffset slot widths from the window's left: index charts centre each point in its slot (0.5); continuous axes use 0.</summary>
    private protected virtual double SlotOffset => 0.5;

    /// <summary>MinViewCount is the narrowest window the wheel zooms to, in x units.</summary>
    private protected virtual double MinViewCount => Math.Min(MinVisible, Count);

    /// <summary>StandsOnMinimum tells whether the plot's bottom is the data's minimum itself (depth areas stand on zero) rather than a margin below it.</summary>
    private protected virtual bool StandsOnMinimum => false;

    /// <summary>FollowsAppends tells whether a zoomed view keeps the newest point in view when data changes (series charts do; a depth chart keeps its price window).</summary>
    private protected virtual bool FollowsAppends => true;

    /// <summary>VisibleRange returns the finite minimum and maximum of the y values in the visible window; false when there are none.</summary>
    protected abstract bool VisibleRange(int first, int last, out double min, out double max);

    /// <summary>DrawSeries draws the data between indices first and last (inclusive) mapped by <paramref name="map"/>.</summary>
    private protected abstract void DrawSeries(SKCanvas canvas, ChartMap map, int first, int last);

    /// <summary>Readout returns the crosshair text at x value <paramref name="x"/> as placed by <see cref="SnapX"/> (for example "O 1 H 2 L 0.5 C 1.5").</summary>
    private protected abstract string Readout(double x);

    /// <summary>FollowedWidth returns the width of a view that follows the newest point by some other measure than x units (a time span), or NaN when its width is fixed.</summary>
    private protected virtual double FollowedWidth() => double.NaN;

    /// <summary>OnViewWidthSet tells that the view's width was set otherwise (zoom, SetView, ShowLatest, ResetView): a width that followed a time span stops following it.</summary>
    private protected virtual void OnViewWidthSet()
    {
    }

    /// <summary>VisibleIndices returns the data indices drawn for a window; false when none are.</summary>
    private protected virtual bool VisibleIndices(double start, double count, out int first, out int last)
    {
        first = Math.Max(0, (int)Math.Floor(start - DomainStart));
        last = Math.Min(Count - 1, (int)Math.Ceiling(start - DomainStart + count) - 1);
        return last >= first;
    }

    /// <summary>SnapX returns where the crosshair stands for a pointer at x value <paramref name="x"/>: series charts snap to the nearest drawn point.</summary>
    private protected virtual double SnapX(double x, int first, int last) => Math.Clamp(Math.Round(x), DomainStart + first, DomainStart + last);

    /// <summary>XTickStep returns the x grid step, at least <paramref name="minimum"/> x units (whole indices for index charts).</summary>
    private protected virtual double XTickStep(double minimum) => Math.Max(1, ChartTicks.StepAtLeast(minimum));

    /// <summary>XLabel returns the x axis label at a tick, <paramref name="step"/> x units from its neighbours, shaped in <paramref name="font"/> (from <see cref="Labels"/>).</summary>
    private protected abstract ShapedLabel XLabel(double x, double step, FontSpec font);

    /// <summary>OnDataChanged repaints the chart only (no layout) and keeps the newest point in view while following the end.</summary>
    protected void OnDataChanged()
    {
        if (FollowsAppends && IsFollowingEnd)
        {
            var width = FollowedWidth();
            if (!double.IsNaN(width)) _viewCount = width;
            if (!double.IsNaN(_viewCount)) _viewStart = DomainStart + Math.Max(0, DomainLength - _viewCount);
        }
        InvalidatePaint();
    }

    /// <summary>
    /// SetView shows the x window [<paramref name="start"/>, start + <paramref name="count"/>) (point numbers for
    /// series charts, prices for a depth chart), clamped to the data; a window that reaches the newest point keeps
    /// following it as data is appended, any other stays where it is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">count is not positive or either value is not finite.</exception>
    public void SetView(double start, double count)
    {
        if (!double.IsFinite(start)) throw new ArgumentOutOfRangeException(nameof(start), start, "The window's start must be a finite number.");
        if (!double.IsFinite(count) || count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The window's width must be a positive finite number.");
        OnViewWidthSet();
        _viewCount = count;
        var end = DomainStart + Math.Max(0, DomainLength - ViewCount);
        _viewStart = Math.Clamp(start, DomainStart, end);
        IsFollowingEnd = _viewStart >= end - HalfSlot;
        InvalidatePaint();
    }

    /// <summary>
    /// ShowLatest shows the newest <paramref name="count"/> x units (all data while there is less) and keeps
    /// following the newest point as data is appended: a rolling view for live data.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">count is not a positive finite number.</exception>
    public void ShowLatest(double count)
    {
        if (!double.IsFinite(count) || count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The window's width must be a positive finite number.");
        OnViewWidthSet();
        _viewCount = count;
        _viewStart = DomainStart + Math.Max(0, DomainLength - count);
        IsFollowingEnd = true;
        InvalidatePaint();
    }

    /// <summary>ResetView shows all data again.</summary>
    public void ResetView()
    {
        OnViewWidthSet();
        _viewCount = double.NaN;
        _viewStart = double.NaN;
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
        XAxisLabels.Clear();
        YAxisLabels.Clear();
        // Room for the most labels a frame of this size can draw, made when the size changes, so that a frame that
        // happens to draw more labels than any before does not grow a list or the label pool mid-stream. X labels
        // are at least MinTickSpacing apart (plus the two outer ones measured); the value axis asks for one per 40
        // pixels and a nice step gives at most about 1.7 times that over the plot's 10 % margins.
        var xMost = (int)(plot.Width / MinTickSpacing) + 4;
        var yMost = (2 * Math.Max(2, (int)(plot.Height / 40))) + 4;
        XAxisLabels.EnsureCapacity(xMost);
        YAxisLabels.EnsureCapacity(yMost);
        Labels.Reserve(2 * (xMost + yMost));
        Labels.BeginFrame();
        _readoutShown = false;
        if (Count == 0 || !VisibleIndices(start, count, out var first, out var last) || !VisibleRange(first, last, out var min, out var max))
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
        var map = new ChartMap(plot, start - SlotOffset, count, StandsOnMinimum ? min : min - margin, max + margin);

        // Value axis: one grid line per nice step, its label centred on the line and kept inside the chart.
        var step = ChartTicks.Step(max - min, Math.Max(2, (int)(plot.Height / 40)));
        var decimals = ChartTicks.Decimals(step);
        var grid = ScratchPaint.Stroke(t.GridLine, 1);
        for (var k = Math.Ceiling(map.MinY / step); k * step <= map.MaxY; k++)
        {
            var v = k * step;
            var y = MathF.Round(map.Y(v)) + 0.5f;
            canvas.DrawLine(plot.Left, y, plot.Right, y, grid);
            var cy = Math.Clamp(y, rect.Top + LabelHalfHeight, Math.Max(rect.Top + LabelHalfHeight, rect.Bottom - LabelHalfHeight)); // a chart squeezed below one label's height
            var label = ValueLabel(v, decimals, small);
            var band = new SKRect(plot.Right + 6, cy - LabelHalfHeight, plot.Right + 6 + label.Advance, cy + LabelHalfHeight);
            DrawLabel(canvas, label, t.TextMuted, band, 0);
            YAxisLabels.Add(new AxisLabel(label, band));
        }

        // X axis: ticks over the visible part of the data, at the smallest nice step that leaves room for the
        // widest label; a label that would leave the plot's width slides in (it still spans its grid line), and
        // one that would then overlap its left neighbour is skipped.
        var lo = Math.Max(start - SlotOffset, DomainStart);
        var hi = Math.Min(start - SlotOffset + count, DomainStart + DomainLength - (2 * SlotOffset));
        // The widest label is estimated from the outermost ticks at the closest spacing: labels of one format differ
        // little in width, and ticks (unlike the window's edges) stay put while live data scrolls, so their labels
        // come from the label cache instead of being formatted anew every frame.
        var closest = MinTickSpacing * count / Math.Max(1, plot.Width);
        var fine = XTickStep(closest);
        var outerLeft = Math.Ceiling(lo / fine) * fine;
        var outerRight = Math.Floor(hi / fine) * fine;
        if (outerLeft > outerRight) (outerLeft, outerRight) = (lo, hi);
        var widest = Math.Max(XLabel(outerLeft, closest, small).Advance, XLabel(outerRight, closest, small).Advance);
        var xStep = XTickStep(Math.Max(MinTickSpacing, widest + LabelGap) * count / Math.Max(1, plot.Width));
        var previousRight = float.NegativeInfinity;
        for (var k = Math.Ceiling(lo / xStep); k * xStep <= hi; k++)
        {
            var v = k * xStep;
            var x = MathF.Round(map.X(v)) + 0.5f;
            canvas.DrawLine(x, plot.Top, x, plot.Bottom, grid);
            var label = XLabel(v, xStep, small);
            var half = label.Advance / 2;
            var cx = Math.Clamp(x, plot.Left + half, Math.Max(plot.Left + half, plot.Right - half));
            if (cx - half < previousRight + LabelGap) continue;
            var band = new SKRect(cx - half, plot.Bottom, cx + half, rect.Bottom);
            DrawLabel(canvas, label, t.TextMuted, band, 0.5f);
            XAxisLabels.Add(new AxisLabel(label, band));
            previousRight = cx + half;
        }

        canvas.Save();
        canvas.ClipRect(plot);
        DrawSeries(canvas, map, first, last);
        canvas.Restore();
        canvas.DrawLine(plot.Right + 0.5f, plot.Top, plot.Right + 0.5f, plot.Bottom, ScratchPaint.Stroke(t.Border, 1));

        if (_crosshair is { } c && plot.Contains(c))
        {
            var at = SnapX(map.XValue(c.X), first, last);
            var cx = MathF.Round(map.X(at)) + 0.5f;
            var cross = ScratchPaint.Stroke(t.TextMuted, 1);
            canvas.DrawLine(cx, plot.Top, cx, plot.Bottom, cross);
            canvas.DrawLine(plot.Left, MathF.Round(c.Y) + 0.5f, plot.Right, MathF.Round(c.Y) + 0.5f, cross);
            var value = ChartTicks.Format(map.Value(c.Y), decimals + 1);
            var tag = new SKRect(plot.Right, c.Y - 9, rect.Right, c.Y + 9);
            canvas.DrawRect(tag, ScratchPaint.Fill(t.SurfaceRaised));
            TextPainter.Draw(canvas, value, small, t.Text, new SKRect(tag.Left + 4, tag.Top, tag.Right, tag.Bottom), 0);
            // The readout box stays inside the plot, over the value axis never: a long readout is cut at the plot's edge.
            var readout = Readout(at);
            LastReadout = readout;
            _readoutShown = true;
            var width = Math.Min(TextPainter.Width(readout, small) + 12, plot.Width - 8);
            var box = new SKRect(plot.Left + 4, plot.Top + 4, plot.Left + 4 + width, plot.Top + 22);
            canvas.DrawRoundRect(box, 3, 3, ScratchPaint.Fill(ColorMath.Fade(t.SurfaceRaised, 0.9f)));
            canvas.Save();
            canvas.ClipRect(box);
            TextPainter.Draw(canvas, readout, small, t.Text, new SKRect(box.Left + 6, box.Top, box.Right, box.Bottom), 0);
            canvas.Restore();
        }
    }

    // The value axis label of v, from the label cache or formatted into a span and shaped into a pooled label.
    private ShapedLabel ValueLabel(double v, int decimals, FontSpec font)
    {
        if (Labels.TryGet(ValueLabelKind, v, decimals, 0, font, out var label)) return label;
        Span<char> text = stackalloc char[ChartTicks.MaxFormattedLength];
        return Labels.Add(ValueLabelKind, v, decimals, 0, text[..ChartTicks.Format(v, decimals, text)], font);
    }

    /// <summary>DrawLabel draws a shaped label in a rectangle as <see cref="TextPainter.Draw"/> draws a string: vertically centred, aligned 0 left, 0.5 centre, 1 right.</summary>
    private protected static void DrawLabel(SKCanvas canvas, ShapedLabel label, SKColor color, SKRect rect, float align)
    {
        if (label.Chars.IsEmpty) return;
        var x = rect.Left + ((rect.Width - label.Advance) * align);
        label.Draw(canvas, x, ((rect.Top + rect.Bottom) / 2) + ((label.Ascent - label.Descent) / 2), ScratchPaint.Fill(color));
    }

    // Within half a point's width of the end the view counts as at the end.
    private double HalfSlot => 0.5 * DomainLength / Math.Max(1, Count);

    /// <summary>OnPointerMove moves the crosshair, or pans while dragging.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        _crosshair = e.Position;
        if (!float.IsNaN(_dragStartX) && PlotRect.Width > 0)
        {
            var perPixel = ViewCount / PlotRect.Width;
            _viewCount = ViewCount;
            var end = DomainStart + Math.Max(0, DomainLength - _viewCount);
            _viewStart = Math.Clamp(_dragStartView - ((e.Position.X - _dragStartX) * perPixel), DomainStart, end);
            IsFollowingEnd = _viewStart >= end - HalfSlot;
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
        var next = Math.Clamp(count * Math.Pow(1.25, -e.WheelDelta.Y), Math.Min(MinViewCount, DomainLength), DomainLength);
        OnViewWidthSet();
        _viewCount = next;
        var end = DomainStart + Math.Max(0, DomainLength - next);
        _viewStart = Math.Clamp(anchor - ((anchor - start) * next / count), DomainStart, end);
        IsFollowingEnd = _viewStart >= end - HalfSlot;
        InvalidatePaint();
        e.Handled = true;
    }

    /// <summary>
    /// DescribeMarkup adds the point count, the visible window and what the last frame showed: its x axis labels
    /// (<c>x-labels=09:00|09:10|09:20</c>) and the crosshair readout while there is one.
    /// </summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        w.Property("points", Count);
        w.Property("view", string.Create(CultureInfo.InvariantCulture, $"{ViewStart:0.##}+{ViewCount:0.##}"));
        if (XAxisLabels.Count > 0) w.Property("x-labels", string.Join('|', XAxisLabels.Select(l => l.Text)));
        if (_readoutShown && LastReadout != null) w.Property("readout", LastReadout);
    }
}
