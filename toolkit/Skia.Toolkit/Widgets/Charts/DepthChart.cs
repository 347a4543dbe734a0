using System.Globalization;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// DepthChart draws an order book as cumulative quantity against price: bids (positive colour) step up to
/// the left of the mid price, asks (negative colour) step up to the right, each a filled step area. The x
/// axis is price, centred on the mid (marked by a line and its price) and labelled at nice steps with
/// <see cref="PriceDecimals"/> decimals; the crosshair reads out the price under the pointer and the
/// cumulative quantity at it. <see cref="SetBook"/> reuses its buffers, so updating a book no larger than
/// one seen before allocates nothing. Levels with a non-finite price or a non-finite or non-positive size are
/// skipped; levels need not be sorted (each side is sorted by price), equal prices add up, and a crossed
/// book draws its overlapping areas. A book with no usable level shows the empty state.
/// </summary>
public sealed class DepthChart : ChartBase
{
    // Points sorted by price: bids [0, _bidCount) from the furthest to the best bid, then asks from the best
    // ask outwards. A bid's cumulative is the quantity at its price or better (higher); an ask's likewise (lower).
    private double[] _prices = [];
    private double[] _sizes = [];
    private double[] _cumulative = [];
    private int _bidCount;
    private int _count;
    private double _domainStart;
    private double _domainLength = 1;
    private double _mid = double.NaN;
    // The mid label is formatted and shaped again only when the mid moves, into the same buffers (no string).
    private readonly ShapedLabel _midLabel = new();
    private double _midTextFor = double.NaN;
    // One builder reused across frames; each drawn path is a snapshot of it.
    private readonly SKPathBuilder _path = new();

    /// <summary>PriceDecimals is how many decimals prices are shown with on the axis and in the readout (0 to 8; 2 by default), the symbol's price precision.</summary>
    /// <exception cref="ArgumentOutOfRangeException">the value is outside 0..8.</exception>
    public int PriceDecimals
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            // Eight decimals is the finest price precision on the exchanges we show (satoshi-priced pairs).
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 8);
            field = value;
            _midTextFor = double.NaN;
            UpdateDomain();
            InvalidatePaint();
        }
    } = 2;

    /// <summary>BidCount is the number of bid levels kept (the first BidCount points, furthest bid first).</summary>
    public int BidCount => _bidCount;

    /// <summary>AskCount is the number of ask levels kept (the points after the bids, best ask first).</summary>
    public int AskCount => _count - _bidCount;

    /// <summary>MidPrice is halfway between the best bid and the best ask, or NaN when a side is empty.</summary>
    public double MidPrice => _mid;

    /// <summary>Count is the number of kept levels, bids and asks together.</summary>
    public override int Count => _count;

    /// <summary>PriceAt returns the price of point <paramref name="index"/> (points sorted by price, furthest bid at 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is outside 0..BidCount+AskCount-1.</exception>
    public double PriceAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _prices[index];
    }

    /// <summary>CumulativeAt returns the total quantity from the best price of its side out to point <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is outside 0..BidCount+AskCount-1.</exception>
    public double CumulativeAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _cumulative[index];
    }

    /// <summary>BidDepthAt returns the bid quantity at <paramref name="price"/> or higher (what a sell down to that price could fill).</summary>
    public double BidDepthAt(double price)
    {
        // Bids ascend by price, so the first one at or above the price holds the sum from there to the best bid.
        for (var i = 0; i < _bidCount; i++)
        {
            if (_prices[i] >= price) return _cumulative[i];
        }
        return 0;
    }

    /// <summary>AskDepthAt returns the ask quantity at <paramref name="price"/> or lower (what a buy up to that price could fill).</summary>
    public double AskDepthAt(double price)
    {
        for (var i = _count - 1; i >= _bidCount; i--)
        {
            if (_prices[i] <= price) return _cumulative[i];
        }
        return 0;
    }

    /// <summary>SetBook replaces the book (<paramref name="bids"/> and <paramref name="asks"/> normally best level first); only the chart repaints.</summary>
    public void SetBook(ReadOnlySpan<DepthLevel> bids, ReadOnlySpan<DepthLevel> asks)
    {
        UiThreadCheck.Verify(this);
        var capacity = bids.Length + asks.Length;
        if (_prices.Length < capacity)
        {
            // Grow with headroom so a book that fluctuates in depth does not reallocate every update.
            var size = Math.Max(capacity, _prices.Length * 2);
            _prices = new double[size];
            _sizes = new double[size];
            _cumulative = new double[size];
        }
        _bidCount = Keep(bids, 0);
        _count = _bidCount + Keep(asks, _bidCount);
        // Array.Sort of primitive keys with parallel items sorts in place without allocating.
        Array.Sort(_prices, _sizes, 0, _bidCount);
        Array.Sort(_prices, _sizes, _bidCount, _count - _bidCount);
        var sum = 0.0;
        for (var i = _bidCount - 1; i >= 0; i--) _cumulative[i] = sum += _sizes[i];
        sum = 0;
        for (var i = _bidCount; i < _count; i++) _cumulative[i] = sum += _sizes[i];
        UpdateDomain();
        OnDataChanged();
    }

    private int Keep(ReadOnlySpan<DepthLevel> levels, int at)
    {
        var kept = 0;
        foreach (var level in levels)
        {
            if (!double.IsFinite(level.Price) || !double.IsFinite(level.Size) || level.Size <= 0) continue;
            _prices[at + kept] = level.Price;
            _sizes[at + kept] = level.Size;
            kept++;
        }
        return kept;
    }

    private double Tick => Math.Pow(10, -PriceDecimals);

    // The price window of the whole book: centred on the mid when both sides exist, so the mid sits in the
    // middle of the chart and each side shows as far out as the deeper one reaches.
    private void UpdateDomain()
    {
        if (_count == 0)
        {
            _mid = double.NaN;
            _domainStart = 0;
            _domainLength = 1;
            return;
        }
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (var i = 0; i < _count; i++)
        {
            low = Math.Min(low, _prices[i]);
            high = Math.Max(high, _prices[i]);
        }
        var hasBoth = _bidCount > 0 && _count > _bidCount;
        _mid = hasBoth ? (_prices[_bidCount - 1] + _prices[_bidCount]) / 2 : double.NaN;
        var centre = hasBoth ? _mid : (low + high) / 2;
        var half = Math.Max(centre - low, high - centre);
        // A single price (one level, or every level at one price) still gets a window a few ticks wide.
        half = Math.Max(half, Math.Max(4 * Tick, Math.Abs(centre) * 1e-6));
        // 5 % beyond the furthest level so its step is not drawn on the plot's edge.
        half *= 1.05;
        _domainStart = centre - half;
        _domainLength = 2 * half;
    }

    /// <summary>DomainStart is the low end of the book's price window.</summary>
    private protected override double DomainStart => _domainStart;

    /// <summary>DomainLength is the width of the book's price window.</summary>
    private protected override double DomainLength => _domainLength;

    /// <summary>SlotOffset is 0: price is a continuous axis.</summary>
    private protected override double SlotOffset => 0;

    /// <summary>MinViewCount lets the wheel zoom in to a hundredth of the book's window, but no closer than four price ticks.</summary>
    private protected override double MinViewCount => Math.Min(DomainLength, Math.Max(DomainLength / 100, 4 * Tick));

    /// <summary>StandsOnMinimum is true: the depth areas stand on the plot's bottom edge.</summary>
    private protected override bool StandsOnMinimum => true;

    /// <summary>FollowsAppends is false: a zoomed depth chart keeps its price window as the book updates.</summary>
    private protected override bool FollowsAppends => false;

    /// <summary>VisibleIndices draws every level (the clip hides those outside the price window).</summary>
    private protected override bool VisibleIndices(double start, double count, out int first, out int last)
    {
        first = 0;
        last = _count - 1;
        return _count > 0;
    }

    /// <summary>VisibleRange spans zero to the deepest cumulative quantity in the price window (depth areas stand on zero).</summary>
    protected override bool VisibleRange(int first, int last, out double min, out double max)
    {
        min = 0;
        // Bid depth only grows leftwards and ask depth rightwards, so the window's edges hold the maxima.
        var start = ViewStart;
        max = Math.Max(BidDepthAt(start), AskDepthAt(start + ViewCount));
        if (max <= 0 && _count > 0)
        {
            // Zoomed into the spread: scale to the best levels so they show when panned to.
            if (_bidCount > 0) max = _cumulative[_bidCount - 1];
            if (_count > _bidCount) max = Math.Max(max, _cumulative[_bidCount]);
        }
        return max > 0;
    }

    private protected override void DrawSeries(SKCanvas canvas, ChartMap map, int first, int last)
    {
        var t = Theme;
        var bottom = map.Y(0);
        if (_bidCount > 0) DrawSide(canvas, map, bids: true, bottom, t.Positive);
        if (_count > _bidCount) DrawSide(canvas, map, bids: false, bottom, t.Negative);
        if (double.IsNaN(_mid)) return;

        var x = MathF.Round(map.X(_mid)) + 0.5f;
        var plot = PlotRect;
        canvas.DrawLine(x, plot.Top, x, plot.Bottom, ScratchPaint.Stroke(ColorMath.Fade(t.TextMuted, 0.7f), 1));
        var small = FontSpec.Ui(t.FontSizeSmall);
        if (_midTextFor != _mid || !_midLabel.Font.Equals(small))
        {
            _midTextFor = _mid;
            Span<char> text = stackalloc char[ChartTicks.MaxFormattedLength];
            _midLabel.Set(text[..FormatMid(_mid, text)], small);
        }
        var half = (_midLabel.Advance / 2) + 5;
        var cx = Math.Clamp(x, plot.Left + half, Math.Max(plot.Left + half, plot.Right - half));
        // Below the row of the crosshair readout (plot.Top + 4 to + 22), so the two never cover each other.
        var tag = new SKRect(cx - half, plot.Top + 26, cx + half, plot.Top + 42);
        canvas.DrawRoundRect(tag, 3, 3, ScratchPaint.Fill(t.SurfaceRaised));
        DrawLabel(canvas, _midLabel, t.Text, tag, 0.5f);
    }

    // The mid of two prices on a tick grid may fall halfway between ticks: it then shows one more decimal.
    private int FormatMid(double mid, Span<char> destination)
    {
        var d = PriceDecimals;
        var exact = Math.Abs(Math.Round(mid, d) - mid) <= Math.Abs(mid) * 1e-12;
        return ChartTicks.Format(mid, exact ? d : d + 1, destination);
    }

    // Levels whose rises fall closer together than this (in pixels of the chart) are drawn as one rise at the first
    // of them: a step narrower than a quarter of a pixel cannot be seen, but each one cost Skia two more edges to sort
    // and stroke. A 1,000-level book over a 290-pixel chart (the terminal's start, perf/README.md u-rss2) drew 2,000
    // segments per side; merged, ~250.
    private const float MergeWithin = 0.25f;

    // A side is one step area: from the best price at zero out to the window's edge, rising at each level by
    // its quantity; the outline is the same path without the closing edge.
    private void DrawSide(SKCanvas canvas, ChartMap map, bool bids, float bottom, SKColor color)
    {
        var best = bids ? _bidCount - 1 : _bidCount;
        var step = bids ? -1 : 1;
        var end = bids ? -1 : _count;
        var edge = map.X(bids ? _domainStart : _domainStart + _domainLength);
        _path.Reset();
        // The rise being drawn: at riseX, from the height before it up to y; levels within MergeWithin of riseX
        // raise it further instead of adding a step of their own.
        var riseX = map.X(_prices[best]);
        _path.MoveTo(riseX, bottom);
        var y = map.Y(_cumulative[best]);
        for (var i = best + step; i != end; i += step)
        {
            var x = map.X(_prices[i]);
            if (MathF.Abs(x - riseX) >= MergeWithin)
            {
                _path.LineTo(riseX, y);
                _path.LineTo(x, y);
                riseX = x;
            }
            y = map.Y(_cumulative[i]);
        }
        _path.LineTo(riseX, y);
        _path.LineTo(edge, y);
        var line = NativePathDrawing.Snapshot(_path);
        try
        {
            _path.LineTo(edge, bottom);
            _path.Close();
            NativePathDrawing.DrawSnapshot(canvas, _path, ScratchPaint.Fill(color.WithAlpha(0x50)));
            NativePathDrawing.Draw(canvas, line, ScratchPaint.Stroke(color, 1.5f));
        }
        finally
        {
            NativePathDrawing.Delete(line);
        }
    }

    /// <summary>SnapX keeps the crosshair on the price under the pointer, rounded to the price precision.</summary>
    private protected override double SnapX(double x, int first, int last)
        => Math.Round(Math.Clamp(x, _domainStart, _domainStart + _domainLength), PriceDecimals);

    /// <summary>XTickStep is a nice price step, never finer than one price tick.</summary>
    private protected override double XTickStep(double minimum) => Math.Max(Tick, ChartTicks.StepAtLeast(minimum));

    /// <summary>XLabel shows a price with <see cref="PriceDecimals"/> decimals.</summary>
    private protected override ShapedLabel XLabel(double x, double step, FontSpec font)
    {
        if (Labels.TryGet(PriceLabelKind, x, PriceDecimals, 0, font, out var label)) return label;
        Span<char> text = stackalloc char[ChartTicks.MaxFormattedLength];
        return Labels.Add(PriceLabelKind, x, PriceDecimals, 0, text[..ChartTicks.Format(x, PriceDecimals, text)], font);
    }

    // The kind of a price label in the label cache.
    private const int PriceLabelKind = 1;

    /// <summary>Readout shows the side, the price under the crosshair and the cumulative quantity at it.</summary>
    private protected override string Readout(double x)
    {
        var bidSide = _bidCount > 0 && (_count == _bidCount || x <= _mid);
        var depth = bidSide ? BidDepthAt(x) : AskDepthAt(x);
        return string.Create(CultureInfo.InvariantCulture, $"{(bidSide ? "Bid" : "Ask")} {ChartTicks.Format(x, PriceDecimals)}  Σ {depth:G8}");
    }
}
