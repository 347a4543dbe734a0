using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Gallery;

/// <summary>
/// MarketWatch is the gallery's live market demo: a table of tickers whose last price and change flash green
/// or red for one frame when they move (<see cref="TableColumn{T}.FlashesOnChange"/>), and a
/// <see cref="FlashingNumber"/> with the BTCUSDT price. <see cref="Tick"/> moves a few prices, like a feed.
/// </summary>
internal sealed class MarketWatch
{
    private readonly MarketTicker[] _tickers =
    [
        new("BTCUSDT", 27123.45m, 2), new("ETHUSDT", 1650.10m, 2), new("BNBUSDT", 214.30m, 2), new("SOLUSDT", 21.37m, 3),
        new("XRPUSDT", 0.5123m, 4), new("ADAUSDT", 0.2551m, 4), new("DOGEUSDT", 0.06123m, 5), new("MATICUSDT", 0.5501m, 4),
        new("DOTUSDT", 4.123m, 3), new("LTCUSDT", 64.21m, 2), new("LINKUSDT", 7.456m, 3), new("AVAXUSDT", 10.11m, 2),
    ];

    private readonly Table<MarketTicker> _table;
    private readonly FlashingNumber _btc = new() { Decimals = 2, VerticalAlignment = VerticalAlignment.Center };
    // xorshift32 state: a fixed seed so every run (and every screenshot) shows the same market.
    private uint _random = 2463534242;

    public MarketWatch()
    {
        for (var i = 0; i < _tickers.Length; i++) _tickers[i].Volume = 1000m + (i * 7331 % 90000);
        _table = new Table<MarketTicker>(
        [
            TableColumn<MarketTicker>.Text("Symbol", t => t.Symbol),
            // Prices show with each pair's own precision through four decimals (the widest here is DOGE's five: shown rounded).
            TableColumn<MarketTicker>.Numeric("Last", t => t.Last, 4),
            TableColumn<MarketTicker>.Numeric("24h %", t => t.ChangePercent, 2),
            TableColumn<MarketTicker>.Numeric("Volume", t => t.Volume, 0),
        ]);
        _table.Columns[1].FlashesOnChange = true;
        _table.Columns[2].FlashesOnChange = true;
        _table.Columns[2].CellColor = (t, theme) => t.Last >= t.Open ? theme.Positive : theme.Negative;
        _table.IdentifyRowsBy(t => t.Symbol);
        _table.Items = _tickers;
        _btc.Value = _tickers[0].Last;

        var header = new Stack { Orientation = Orientation.Horizontal, Spacing = 8, Margin = new Thickness(0, 0, 0, 6) };
        header.Add(new Label("Market watch (live; cells flash on change)") { Font = FontSpec.Ui(13, SKFontStyleWeight.SemiBold), Color = new SKColor(0x8A, 0x96, 0xA3), VerticalAlignment = VerticalAlignment.Center });
        header.Add(new Label("BTCUSDT") { Font = FontSpec.Ui(13), Color = new SKColor(0xE6, 0xE9, 0xEE), VerticalAlignment = VerticalAlignment.Center });
        header.Add(_btc);

        var dock = new Dock { Margin = new Thickness(8) };
        dock.Add(header, DockSide.Top);
        // Every ticker visible without scrolling: the header band plus one row each.
        _table.Height = 24 + (_tickers.Length * 22) + 8;
        dock.Add(_table);
        Content = dock;
    }

    /// <summary>Content is the market watch widget.</summary>
    public Widget Content { get; }

    /// <summary>Tick moves the prices of a few tickers by one or two price ticks up or down; changed cells flash on the next frame.</summary>
    public void Tick()
    {
        // Three moves per tick keep the table lively without every row flashing at once.
        for (var move = 0; move < 3; move++)
        {
            var t = _tickers[Next() % (uint)_tickers.Length];
            var step = t.Decimals switch { 2 => 0.01m, 3 => 0.001m, 4 => 0.0001m, _ => 0.00001m };
            var r = Next();
            t.Last += step * ((r & 1) == 0 ? 1 : -1) * (1 + ((r >> 1) & 1));
            t.Volume += 1 + ((r >> 2) & 7);
        }
        _btc.Value = _tickers[0].Last;
        _table.Refresh();
    }

    private uint Next()
    {
        _random ^= _random << 13;
        _random ^= _random >> 17;
        _random ^= _random << 5;
        return _random;
    }
}
