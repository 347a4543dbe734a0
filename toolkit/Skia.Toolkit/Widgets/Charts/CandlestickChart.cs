using System.Globalization;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Widgets.Charts;

/// <summary>
/// CandlestickChart draws OHLC candles (rising in the positive colour, falling in the negative) with volume
/// bars along the bottom fifth of the plot. <see cref="Append"/> adds a period, <see cref="UpdateLast"/>
/// replaces the live one; both repaint the chart only. Candles with NaN prices are skipped. A candle's
/// <see cref="Candle.Time"/> (its period's open time) labels the x axis and the crosshair; with
/// <see cref="TimeSeriesChart.Capacity"/> set the chart keeps the newest candles and allocates nothing once full.
/// </summary>
public sealed class CandlestickChart : TimeSeriesChart
{
    // Volume bars take the bottom fifth of the plot, the usual share in trading terminals.
    private const float VolumeShare = 0.2f;

    private readonly SeriesBuffer<Candle> _candles = new();

    /// <summary>Candles are the bars, oldest first (the newest <see cref="TimeSeriesChart.Capacity"/> at most).</summary>
    public IReadOnlyList<Candle> Candles => _candles;

    /// <summary>Count is the number of candles kept.</summary>
    public override int Count => _candles.Count;

    private protected override int CurrentCapacity => _candles.Capacity;

    private protected override long Dropped => _candles.Dropped;

    private protected override void ApplyCapacity(int capacity) => _candles.SetCapacity(capacity);

    private protected override DateTime TimeAt(int index) => _candles[index].Time;

    /// <summary>SetCandles replaces all bars (keeping the newest Capacity); points are numbered from 0 again.</summary>
    public void SetCandles(IEnumerable<Candle> candles)
    {
        UiThreadCheck.Verify(this);
        ArgumentNullException.ThrowIfNull(candles);
        _candles.Clear();
        foreach (var c in candles) _candles.Add(c);
        OnDataChanged();
    }

    /// <summary>Append adds a new period at the end (dropping the oldest when the chart holds Capacity); allocation-free once full.</summary>
    public void Append(Candle candle)
    {
        UiThreadCheck.Verify(this);
        _candles.Add(candle);
        OnDataChanged();
    }

    /// <summary>UpdateLast replaces the newest bar (the live period); appends when there is none.</summary>
    public void UpdateLast(Candle candle)
    {
        UiThreadCheck.Verify(this);
        if (_candles.Count == 0) _candles.Add(candle);
        else _candles.SetLast(candle);
        OnDataChanged();
    }

    /// <summary>VisibleRange spans the lows and highs of the visible finite candles.</summary>
    protected override bool VisibleRange(int first, int last, out double min, out double max)
    {
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        for (var i = first; i <= last; i++)
        {
            var c = _candles[i];
            if (!c.IsFinite) continue;
            min = Math.Min(min, c.Low);
            max = Math.Max(max, c.High);
        }
        if (min > max) return false;
        // Leave the bottom fifth to the volume bars.
        var span = Math.Max(max - min, Math.Abs(max) * 1e-6 + 1e-9);
        min -= span * VolumeShare / (1 - VolumeShare);
        return true;
    }

    private protected override void DrawSeries(SKCanvas canvas, ChartMap map, int first, int last)
    {
        var t = Theme;
        var plot = PlotRect;
        double maxVolume = 0;
        for (var i = first; i <= last; i++)
        {
            var v = _candles[i].Volume;
            if (double.IsFinite(v)) maxVolume = Math.Max(maxVolume, v);
        }
        var body = Math.Max(1, map.SlotWidth * 0.7f);
        var volumeHeight = plot.Height * VolumeShare;
        // Candles sit at their numbers on the x axis, the oldest kept at the number of candles dropped before it.
        double origin = _candles.Dropped;
        for (var i = first; i <= last; i++)
        {
            var c = _candles[i];
            var x = map.X(origin + i);
            var up = c.Close >= c.Open;
            var color = up ? t.Positive : t.Negative;
            if (maxVolume > 0 && double.IsFinite(c.Volume) && c.Volume > 0)
            {
                var h = (float)(c.Volume / maxVolume * volumeHeight);
                canvas.DrawRect(new SKRect(x - (body / 2), plot.Bottom - h, x + (body / 2), plot.Bottom), ScratchPaint.Fill(color.WithAlpha(0x55)));
            }
            if (!c.IsFinite) continue;
            var wickX = MathF.Round(x) + 0.5f;
            canvas.DrawLine(wickX, map.Y(c.High), wickX, map.Y(c.Low), ScratchPaint.Stroke(color, 1));
            var top = map.Y(Math.Max(c.Open, c.Close));
            var bottom = Math.Max(top + 1, map.Y(Math.Min(c.Open, c.Close)));
            canvas.DrawRect(new SKRect(x - (body / 2), top, x + (body / 2), bottom), ScratchPaint.Fill(color));
        }
    }

    /// <summary>Readout shows the time, open, high, low, close and volume of the candle under the crosshair.</summary>
    private protected override string Readout(double x)
    {
        var index = (int)(x - _candles.Dropped);
        var c = _candles[index];
        var inv = CultureInfo.InvariantCulture;
        var prices = c.IsFinite
            ? string.Create(inv, $"O {c.Open:G7}  H {c.High:G7}  L {c.Low:G7}  C {c.Close:G7}  V {c.Volume:G6}")
            : "no data";
        // An untimed candle's number would push the prices out of the readout box for little use: only times lead.
        return c.Time == default ? prices : PointLabel(index) + "  " + prices;
    }
}
