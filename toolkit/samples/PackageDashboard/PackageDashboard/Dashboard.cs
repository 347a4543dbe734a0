using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Toolkit.Widgets.Charts;

namespace PackageDashboard;

/// <summary>
/// Dashboard is a small market dashboard: a header with the last price, a rolling line chart of a
/// 500-updates-a-second feed, five-second candles, a table of recent trades and a status bar.
/// </summary>
public sealed class Dashboard
{
    // The newest 10 seconds of a feed at 500 updates a second.
    private const int FeedCapacity = 5_000;

    // Candles of five seconds: a minute and a half of replayed feed makes a readable chart of them.
    private static readonly long CandleTicks = 5 * TimeSpan.TicksPerSecond;

    private readonly Label _price = new("BTCUSDT  --") { Margin = new Thickness(8, 6, 8, 6) };
    private readonly List<Trade> _trades = [];
    private long _ticks;

    /// <summary>Dashboard builds the widgets; <see cref="Content"/> is their root.</summary>
    public Dashboard()
    {
        Feed = new LineChart { Capacity = FeedCapacity };
        Candles = new CandlestickChart { Capacity = 120 };
        Trades = new Table<Trade>(
        [
            TableColumn<Trade>.Text("Time", t => t.Time.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)),
            TableColumn<Trade>.Numeric("Price", t => t.Price, decimals: 2),
            TableColumn<Trade>.Numeric("Size", t => t.Size, decimals: 4),
        ]);
        Status = new StatusBar();
        Status.AddSegment("Connected");

        var charts = new Grid { Columns = GridLength.Parse("*, *"), Rows = GridLength.Parse("*") };
        charts.Add(Feed, 0, 0);
        charts.Add(Candles, 0, 1);
        charts.Height = 220;

        var page = new Dock();
        page.Add(_price, DockSide.Top);
        page.Add(Status, DockSide.Bottom);
        page.Add(charts, DockSide.Top);
        page.Add(Trades); // the last child fills the rest
        Content = page;
    }

    /// <summary>Content is the dashboard's root widget.</summary>
    public Widget Content { get; }

    /// <summary>Feed is the rolling chart of every price update.</summary>
    public LineChart Feed { get; }

    /// <summary>Candles are five-second candles of the feed.</summary>
    public CandlestickChart Candles { get; }

    /// <summary>Trades is the table of the newest trades.</summary>
    public Table<Trade> Trades { get; }

    /// <summary>Status is the status bar.</summary>
    public StatusBar Status { get; }

    /// <summary>Replay feeds <paramref name="updates"/> price updates 2 ms apart from <paramref name="start"/>, as a live feed would (deterministic, for pictures).</summary>
    public void Replay(DateTime start, int updates)
    {
        for (var i = 0; i < updates; i++, _ticks++)
        {
            var time = start.AddTicks(_ticks * 2 * TimeSpan.TicksPerMillisecond);
            var price = 27_000 + (Math.Sin(_ticks / 300.0) * 40) + (Math.Sin(_ticks / 37.0) * 6);
            Feed.Append(time, price);
            var period = new DateTime(time.Ticks - (time.Ticks % CandleTicks), time.Kind);
            if (Candles.Count == 0 || Candles.Candles[^1].Time != period) Candles.Append(new Candle(price, price, price, price, 0) { Time = period });
            else
            {
                var c = Candles.Candles[^1];
                Candles.UpdateLast(c with { High = Math.Max(c.High, price), Low = Math.Min(c.Low, price), Close = price, Volume = c.Volume + 0.01 });
            }
            if (_ticks % 50 == 0)
            {
                _trades.Insert(0, new Trade(time, Math.Round((decimal)price, 2), 0.001m * (1 + (_ticks % 7))));
                if (_trades.Count > 200) _trades.RemoveAt(_trades.Count - 1);
            }
            _price.Text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"BTCUSDT  {price:F2}");
        }
        Trades.Items = _trades;
        Trades.Refresh();
    }
}

/// <summary>Trade is one executed trade.</summary>
public sealed record Trade(DateTime Time, decimal Price, decimal Size);
