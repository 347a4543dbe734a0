using System.Globalization;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// DepthChart draws an order book as cumulative depth: bids (positive colour) step down-left from the mid and
/// asks (negative colour) step up-right, each a filled step area. Levels are laid out one per x position, bids
/// furthest-first then asks nearest-first, so the mid sits at the bid/ask boundary; the x axis shows prices and
/// the crosshair reads out the price and cumulative size. <see cref="SetBook"/> reuses its buffers, so updating
/// a book no larger than one seen before allocates nothing. Levels with a non-finite price or a non-finite or
/// non-positive size are skipped; an empty book shows the empty state.
/// </summary>
public sealed class DepthChart : ChartBase
{
    // Points: bids from the furthest level to the best bid, then asks from the best ask outwards.
    private double[] _prices = [];
    private double[] _cumulative = [];
    private int _bidCount;
    private int _count;
    // One builder reused across frames; each drawn path is a snapshot of it.
    private readonly SKPathBuilder _path = new();

    /// <summary>BidCount is the number of bid levels kept (the first BidCount points).</summary>
    public int BidCount => _bidCount;

    /// <summary>AskCount is the number of ask levels kept (the points after the bids).</summary>
    public int AskCount => _count - _bidCount;

    /// <summary>Count is the number of kept levels, bids and asks together.</summary>
    protected override int Count => _count;

    /// <summary>PriceAt returns the price of point <paramref name="index"/> (bids first, furthest bid at 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is outside 0..BidCount+AskCount-1.</exception>
    public double PriceAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _prices[index];
    }

    /// <summary>CumulativeAt returns the total size from the mid out to point <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is outside 0..BidCount+AskCount-1.</exception>
    public double CumulativeAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        return _cumulative[index];
    }

    /// <summary>SetBook replaces the book: <paramref name="bids"/> and <paramref name="asks"/> are given best level first; only the chart repaints.</summary>
    public void SetBook(ReadOnlySpan<DepthLevel> bids, ReadOnlySpan<DepthLevel> asks)
    {
        var capacity = bids.Length + asks.Length;
        if (_prices.Length < capacity)
        {
            // Grow with headroom so a book that fluctuates in depth does not reallocate every update.
            var size = Math.Max(capacity, _prices.Length * 2);
            _prices = new double[size];
            _cumulative = new double[size];
        }
        var bidKept = 0;
        foreach (var level in bids) if (IsUsable(level)) bidKept++;
        // Bids are written from the best bid (at index bidKept-1) outwards to index 0.
        var sum = 0.0;
        var at = bidKept - 1;
        foreach (var level in bids)
        {
            if (!IsUsable(level)) continue;
            sum += level.Size;
            _prices[at] = level.Price;
            _cumulative[at] = sum;
            at--;
        }
        _bidCount = bidKept;
        at = bidKept;
        sum = 0;
        foreach (var level in asks)
        {
            if (!IsUsable(level)) continue;
            sum += level.Size;
            _prices[at] = level.Price;
            _cumulative[at] = sum;
            at++;
        }
        _count = at;
        OnDataChanged();
    }

    private static bool IsUsable(DepthLevel level)
        => double.IsFinite(level.Price) && double.IsFinite(level.Size) && level.Size > 0;

    /// <summary>VisibleRange spans zero to the largest cumulative size in the window (depth areas stand on zero).</summary>
    protected override bool VisibleRange(int first, int last, out double min, out double max)
    {
        min = 0;
        max = double.NegativeInfinity;
        for (var i = first; i <= last; i++) max = Math.Max(max, _cumulative[i]);
        return max > 0;
    }

    private protected override void DrawSeries(SKCanvas canvas, ChartMap map, int first, int last)
    {
        var t = Theme;
        var bottom = map.Y(0);
        if (_bidCount > 0) DrawSide(canvas, map, 0, _bidCount - 1, bottom, t.Positive);
        if (_count > _bidCount) DrawSide(canvas, map, _bidCount, _count - 1, bottom, t.Negative);
    }

    // Each level owns the x span index-0.5..index+0.5 at its cumulative height: a step area.
    private void DrawSide(SKCanvas canvas, ChartMap map, int from, int to, float bottom, SKColor color)
    {
        _path.Reset();
        _path.MoveTo(map.X(from - 0.5), bottom);
        for (var i = from; i <= to; i++)
        {
            var y = map.Y(_cumulative[i]);
            _path.LineTo(map.X(i - 0.5), y);
            _path.LineTo(map.X(i + 0.5), y);
        }
        _path.LineTo(map.X(to + 0.5), bottom);
        _path.Close();
        using (var area = _path.Snapshot()) canvas.DrawPath(area, ScratchPaint.Fill(color.WithAlpha(0x50)));

        _path.Reset();
        _path.MoveTo(map.X(from - 0.5), map.Y(_cumulative[from]));
        for (var i = from; i <= to; i++)
        {
            var y = map.Y(_cumulative[i]);
            _path.LineTo(map.X(i - 0.5), y);
            _path.LineTo(map.X(i + 0.5), y);
        }
        using var line = _path.Snapshot();
        canvas.DrawPath(line, ScratchPaint.Stroke(color, 1.5f));
    }

    /// <summary>XLabel shows the level's price.</summary>
    protected override string XLabel(int index)
        => index >= 0 && index < _count ? _prices[index].ToString("G8", CultureInfo.InvariantCulture) : "";

    /// <summary>Readout shows the side, price and cumulative size under the crosshair.</summary>
    protected override string Readout(int index)
        => string.Create(CultureInfo.InvariantCulture, $"{(index < _bidCount ? "Bid" : "Ask")} {_prices[index]:G8}  Σ {_cumulative[index]:G8}");
}
