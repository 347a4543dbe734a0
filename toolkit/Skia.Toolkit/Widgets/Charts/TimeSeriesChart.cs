using System.Globalization;
using Skia.Toolkit.Text;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// TimeSeriesChart is the part <see cref="LineChart"/> and <see cref="CandlestickChart"/> share: a series of
/// points in arrival order, each in its own slot across the x axis, optionally stamped with a time.
/// <para>
/// Live data: set <see cref="Capacity"/> to keep a rolling window of the newest points; appending to a full
/// chart drops the oldest point and allocates nothing, so memory stays bounded however long the feed runs.
/// </para>
/// <para>
/// Time: points appended with a time show real times on the x axis and in the crosshair readout
/// (<see cref="TimeFormat"/> chooses the text); points without one show their point number ("#607").
/// Points are numbered from the first one since the last replacement of the series, and keep their number
/// while older points are dropped: <see cref="ChartBase.ViewStart"/> and <see cref="ChartBase.SetView"/> use
/// these numbers, and <see cref="FirstPointNumber"/> is the number of the oldest point kept.
/// </para>
/// </summary>
public abstract class TimeSeriesChart : ChartBase
{
    // The span of time ShowLatest(TimeSpan) keeps in view, or null.
    private TimeSpan? _latestSpan;

    private protected TimeSeriesChart()
    {
    }

    /// <summary>
    /// Capacity is the most points the chart keeps (the newest; older ones are dropped); int.MaxValue, the
    /// default, keeps all. Lowering it drops the oldest points at once.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Capacity
    {
        get => CurrentCapacity;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ApplyCapacity(value);
            OnDataChanged();
        }
    }

    /// <summary>FirstPointNumber is the number of the oldest point kept: how many points were dropped since the series was last replaced.</summary>
    public long FirstPointNumber => Dropped;

    /// <summary>
    /// TimeFormat turns a point's time into the text of an x axis label or of the crosshair readout; the
    /// TimeSpan is how far apart the labels are (or, for the readout, the usual time between points), to pick
    /// a precision. Null, the default, prints "HH:mm:ss.fff", "HH:mm:ss", "HH:mm" or "dd MMM" by that distance.
    /// </summary>
    public Func<DateTime, TimeSpan, string>? TimeFormat
    {
        get;
        set
        {
            field = value;
            Labels.Clear();
            InvalidatePaint();
        }
    }

    /// <summary>
    /// ShowLatest shows the points of the newest <paramref name="span"/> of time (up to the newest point's time)
    /// and keeps doing so as points are appended, however many arrive per second: "the last five minutes".
    /// Points must be appended in time order. Zooming, <see cref="ChartBase.SetView"/> or another ShowLatest
    /// ends it; panning back pauses it until the view is back at the newest point. Untimed points: no effect
    /// until a timed point is the newest.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">span is not positive.</exception>
    public void ShowLatest(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero);
        ShowLatest(Math.Max(1, Count));
        _latestSpan = span;
        OnDataChanged();
    }

    /// <summary>TimeOf returns the time of point <paramref name="index"/> (0 is the oldest kept), or null for a point appended without a time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is outside 0..Count-1.</exception>
    public DateTime? TimeOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var time = TimeAt(index);
        return time == default ? null : time;
    }

    /// <summary>CurrentCapacity is the capacity of the chart's store.</summary>
    private protected abstract int CurrentCapacity { get; }

    /// <summary>Dropped is how many points the store dropped since the series was last replaced.</summary>
    private protected abstract long Dropped { get; }

    /// <summary>ApplyCapacity sets the capacity of the chart's store.</summary>
    private protected abstract void ApplyCapacity(int capacity);

    /// <summary>TimeAt returns the time of point index, default(DateTime) for none.</summary>
    private protected abstract DateTime TimeAt(int index);

    /// <summary>DomainStart is the number of the oldest point kept, so a point keeps its place on the axis as older ones go.</summary>
    private protected override double DomainStart => Dropped;

    /// <summary>XLabel shows the time of the point at a tick, or its number when it has none.</summary>
    private protected override ShapedLabel XLabel(double x, double step, FontSpec font)
    {
        var index = (int)Math.Clamp(Math.Round(x - Dropped), 0, Math.Max(0, Count - 1));
        var number = Math.Round(x);
        if (Count == 0 || TimeAt(index) == default || !TryPointSpacing(out var spacing, out _))
        {
            if (Labels.TryGet(NumberLabelKind, number, 0, 0, font, out var label)) return label;
            Span<char> digits = stackalloc char[ChartTicks.MaxFormattedLength];
            return Labels.Add(NumberLabelKind, number, 0, 0, digits[..ChartTicks.Format(number, 0, digits)], font);
        }
        var resolution = spacing * Math.Max(1, step);
        var time = TimeAt(index);
        // The default text depends on the resolution only through its precision class; a caller's format may use all of it.
        var precision = TimeFormat is null ? ChartTimeFormat.Precision(resolution) : resolution.Ticks;
        if (Labels.TryGet(TimeLabelKind, number, time.Ticks, precision, font, out var text)) return text;
        if (TimeFormat is { } format) return Labels.Add(TimeLabelKind, number, time.Ticks, precision, format(time, resolution), font);
        Span<char> chars = stackalloc char[ChartTimeFormat.MaxLength];
        return Labels.Add(TimeLabelKind, number, time.Ticks, precision, chars[..ChartTimeFormat.Format(time, resolution, chars)], font);
    }

    // The kinds of x labels in the label cache: point numbers, and times.
    private const int NumberLabelKind = 2;
    private const int TimeLabelKind = 3;

    /// <summary>FollowedWidth is the number of points within the span of time ShowLatest(TimeSpan) asked for, found by bisection (allocation-free).</summary>
    private protected override double FollowedWidth()
    {
        if (_latestSpan is not { } span || Count == 0 || TimeAt(Count - 1) == default) return double.NaN;
        var from = TimeAt(Count - 1).Ticks - span.Ticks;
        int lo = 0, hi = Count - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (TimeAt(mid).Ticks < from) lo = mid + 1;
            else hi = mid;
        }
        return Count - lo;
    }

    private protected override void OnViewWidthSet() => _latestSpan = null;

    /// <summary>PointLabel names point <paramref name="index"/> in the readout: its time, or "#" and its number.</summary>
    private protected string PointLabel(int index)
    {
        var time = TimeAt(index);
        if (time != default && TryPointSpacing(out var spacing, out var span))
            return TimeFormat is { } format ? format(time, spacing) : ChartTimeFormat.FormatPoint(time, spacing, span);
        return "#" + (Dropped + index).ToString(CultureInfo.InvariantCulture);
    }

    // The usual time between points: the span from the oldest to the newest kept point over the gaps between them
    // (a single timed point counts as one second wide). False when the oldest or newest point has no time.
    private bool TryPointSpacing(out TimeSpan spacing, out TimeSpan span)
    {
        spacing = span = default;
        if (Count == 0) return false;
        var first = TimeAt(0);
        var last = TimeAt(Count - 1);
        if (first == default || last == default) return false;
        span = last - first;
        if (span < TimeSpan.Zero) span = -span;
        spacing = Count > 1 && span > TimeSpan.Zero ? span / (Count - 1) : TimeSpan.FromSeconds(1);
        return true;
    }
}
