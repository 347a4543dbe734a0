using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Text;
using KlineCandle = Skia.Trader.Binance.Rest.Candle;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// ChartPanel is the candlestick chart with volume: an interval bar (1s, 1m, 5m, 15m, 1h, 1d) over a
/// <see cref="CandlestickChart"/> whose x axis shows local times. The history comes from klines
/// (<see cref="ShowHistory"/>), the live candle from the trade stream (<see cref="AddTrades"/>); trades that arrive while
/// the history loads are held and joined with it (<see cref="CandleSeries.Join"/>), so the live candle has no gap and
/// counts no trade twice. Choosing an interval raises <see cref="IntervalChanged"/>; the owner fetches that history.
/// </summary>
public sealed class ChartPanel
{
    /// <summary>Capacity is the most candles kept (history and live), per interval shown.</summary>
    public const int Capacity = 1000;

    /// <summary>VisibleCandles is how many of the newest candles the chart shows at first (zoom and pan show others).</summary>
    public const int VisibleCandles = 90;

    // Trades held while the history loads: a 1s chart of a busy symbol gets a few hundred in a REST round trip.
    private const int PendingCapacity = 8192;

    private static readonly CandleInterval[] Intervals =
    [
        CandleInterval.OneSecond, CandleInterval.OneMinute, CandleInterval.FiveMinutes,
        CandleInterval.FifteenMinutes, CandleInterval.OneHour, CandleInterval.OneDay,
    ];

    private readonly Dock _view = new() { Name = "chart" };
    private readonly TradePrint[] _pending = new TradePrint[PendingCapacity];
    private int _pendingCount;
    private long _pendingDropped;
    private long _shownLastOpen = long.MinValue;
    private bool _loading;
    private string? _failure; // why there is no history, shown after "No history: "

    /// <summary>Creates the chart on <paramref name="interval"/>, waiting for its history.</summary>
    /// <param name="interval">The interval shown first.</param>
    /// <param name="timeZone">The zone the time axis shows (the user's local zone; a fixed one in tests).</param>
    public ChartPanel(CandleInterval interval, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        TimeZone = timeZone;
        var names = new string[Intervals.Length];
        for (var i = 0; i < Intervals.Length; i++) names[i] = TerminalStrings.Get("chart." + CandleIntervals.WireName(Intervals[i]));
        IntervalBar = new SegmentedControl(names) { Name = "chart-intervals", SelectedIndex = Array.IndexOf(Intervals, interval) };
        Status = new Label("") { Name = "chart-status", Margin = new Thickness(10, 4, 8, 4) };
        Chart = new CandlestickChart { Name = "chart-candles", Capacity = Capacity, EmptyText = TerminalStrings.Get("chart.loading") };
        var bar = new Stack { Orientation = Orientation.Horizontal, Margin = new Thickness(6, 4, 6, 2), Name = "chart-bar" };
        bar.Add(IntervalBar);
        bar.Add(Status);
        _view.Add(bar, DockSide.Top);
        _view.Add(Chart, DockSide.Top);
        Series = new CandleSeries(interval, Capacity);
        IntervalBar.SelectionChanged += (_, _) => SelectInterval(Intervals[IntervalBar.SelectedIndex]);
        KeyboardReturn.AfterPick(IntervalBar); // a stray arrow key after a click never changes the interval
        BeginHistory();
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Dock View => _view;

    /// <summary>IntervalBar chooses the interval.</summary>
    public SegmentedControl IntervalBar { get; }

    /// <summary>Status shows a problem with the history (empty otherwise).</summary>
    public Label Status { get; }

    /// <summary>Chart draws the candles and volume.</summary>
    public CandlestickChart Chart { get; }

    /// <summary>Series holds the candles shown (the chart mirrors it).</summary>
    public CandleSeries Series { get; private set; }

    /// <summary>Interval is the interval shown.</summary>
    public CandleInterval Interval => Series.Interval;

    /// <summary>TimeZone is the zone of the time axis.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>IsLoading says the history is being fetched (trades are held until it arrives).</summary>
    public bool IsLoading => _loading;

    /// <summary>PendingDropped counts trades not held while loading because <c>8192</c> already waited (the live candle then misses them).</summary>
    public long PendingDropped => _pendingDropped;

    /// <summary>IntervalChanged is raised when the user picks another interval; the owner fetches its history and calls <see cref="ShowHistory"/>.</summary>
    public event Action<CandleInterval>? IntervalChanged;

    /// <summary>
    /// BeginHistory empties the chart and holds trades until <see cref="ShowHistory"/> (a symbol switch, or a new interval).
    /// </summary>
    public void BeginHistory()
    {
        _loading = true;
        _pendingCount = 0;
        Series = new CandleSeries(Series.Interval, Capacity);
        _shownLastOpen = long.MinValue;
        Chart.EmptyText = TerminalStrings.Get("chart.loading");
        Chart.SetCandles([]);
        Chart.ShowLatest(VisibleCandles);
        Status.Text = "";
        _failure = null;
    }

    /// <summary>ApplyLanguage shows the interval names, the loading text and a history problem in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        for (var i = 0; i < Intervals.Length; i++) IntervalBar.SetItem(i, TerminalStrings.Get("chart." + CandleIntervals.WireName(Intervals[i])));
        Chart.EmptyText = TerminalStrings.Get("chart.loading");
        Chart.InvalidatePaint();
        if (_failure is { } failure) Status.Text = TerminalStrings.Get("chart.no-history") + failure;
    }

    /// <summary>
    /// ShowHistory shows <paramref name="klines"/> and joins the trades held since <see cref="BeginHistory"/>: those with an
    /// id above <paramref name="countedThroughTradeId"/> continue the live candle.
    /// </summary>
    /// <param name="interval">The interval the klines are of (an answer for an interval no longer shown is ignored).</param>
    /// <param name="klines">Candles, oldest first, the last one the live candle.</param>
    /// <param name="countedThroughTradeId">The newest trade id the klines count (-1: none).</param>
    public void ShowHistory(CandleInterval interval, IReadOnlyList<KlineCandle> klines, long countedThroughTradeId)
    {
        ArgumentNullException.ThrowIfNull(klines);
        if (interval != Series.Interval) return;
        Series.Join(klines, _pending.AsSpan(0, _pendingCount), countedThroughTradeId);
        _pendingCount = 0;
        _loading = false;
        Chart.EmptyText = TerminalStrings.Get("chart.loading");
        var candles = new Skia.Toolkit.Widgets.Charts.Candle[Series.Count];
        for (var i = 0; i < candles.Length; i++) candles[i] = ToChart(Series[i]);
        Chart.SetCandles(candles);
        Chart.ShowLatest(VisibleCandles);
        _shownLastOpen = Series.Count == 0 ? long.MinValue : Series[Series.Count - 1].OpenTime;
    }

    /// <summary>ShowHistoryFailed says why there is no history, and builds the chart from the trade stream alone.</summary>
    /// <param name="interval">The interval the failed request was for.</param>
    /// <param name="message">One line for the user.</param>
    public void ShowHistoryFailed(CandleInterval interval, string message)
    {
        if (interval != Series.Interval) return;
        _failure = message;
        Status.Text = TerminalStrings.Get("chart.no-history") + message;
        ShowHistory(interval, [], -1);
    }

    /// <summary>AddTrades applies a frame's batch of trades of the shown symbol to the live candle (held while the history loads).</summary>
    /// <param name="trades">The trades, oldest first.</param>
    public void AddTrades(ReadOnlySpan<TradePrint> trades)
    {
        if (trades.IsEmpty) return;
        if (_loading)
        {
            foreach (ref readonly TradePrint trade in trades)
            {
                if (_pendingCount < _pending.Length) _pending[_pendingCount++] = trade;
                else _pendingDropped++;
            }
            return;
        }
        foreach (ref readonly TradePrint trade in trades) Series.OnTrade(trade);
        SyncChart();
    }

    // Mirrors the series' newest candles on the chart: the one shown last is updated, newer ones appended (no allocation).
    private void SyncChart()
    {
        var count = Series.Count;
        if (count == 0) return;
        var first = count - 1;
        while (first > 0 && Series[first - 1].OpenTime >= _shownLastOpen) first--;
        for (var i = first; i < count; i++)
        {
            KlineCandle c = Series[i];
            if (c.OpenTime == _shownLastOpen) Chart.UpdateLast(ToChart(c));
            else if (c.OpenTime > _shownLastOpen) Chart.Append(ToChart(c));
        }
        _shownLastOpen = Series[count - 1].OpenTime;
    }

    private Skia.Toolkit.Widgets.Charts.Candle ToChart(KlineCandle c)
    {
        DateTime utc = DateTime.UnixEpoch.AddMilliseconds(c.OpenTime);
        var local = DateTime.SpecifyKind(utc + TimeZone.GetUtcOffset(utc), DateTimeKind.Unspecified);
        return new Skia.Toolkit.Widgets.Charts.Candle(Number(c.Open.Raw), Number(c.High.Raw), Number(c.Low.Raw), Number(c.Close.Raw), Number(c.Volume.Raw))
        {
            Time = local,
        };
    }

    private static double Number(long raw) => raw / 100_000_000.0;

    private void SelectInterval(CandleInterval interval)
    {
        if (interval == Series.Interval) return;
        Series = new CandleSeries(interval, Capacity);
        BeginHistory();
        IntervalChanged?.Invoke(interval);
    }
}
