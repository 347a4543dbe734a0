using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Panels;

// A language change at run time (terminal.json "language", the string table's Select) reaches every panel in the frame
// after it; and the screen filled from fixed market state (a snapshot: watchlist tickers, trades, klines) and fixed
// status-bar figures, as the goldens show it.
public sealed partial class TerminalScreen
{
    private string _ladderTitleKey = "ladder.connecting";
    private string _ladderSymbol = "";
    private string? _backendName;
    private long? _fpsShown;
    private TimeSpan? _p99Shown;
    private string? _problem;
    private string? _problemText;
    private readonly FigureFormat _fpsFormat = new("status.fps", "status.fps.none");
    private readonly FigureFormat _p99Format = new("status.p99", "status.p99.none");
    private readonly char[] _figureText = new char[64];
    private readonly int _builtOnThread = Environment.CurrentManagedThreadId; // the UI thread, until a window says otherwise

    /// <summary>
    /// ApplyLanguage shows every panel's words in the string table's selected language: header, watchlist, ladder, chart,
    /// depth chart, tape, ticket, the tabs and their tables, the status bar. The screen calls it itself when
    /// <see cref="TerminalStrings.Table"/> changes language or strings (on the UI thread: the next frame shows it).
    /// Open dialogs and toasts keep the words they were shown with.
    /// </summary>
    public void ApplyLanguage()
    {
        Header.ApplyLanguage();
        if (_problem is { } problem && Header.Connection.Text == _problemText) ShowConnectionProblem(problem);
        ShowLadderTitle(_ladderTitleKey);
        Ladder?.ApplyLanguage();
        Chart.ApplyLanguage();
        Depth.ApplyLanguage();
        Tape.InvalidatePaint(); // its column names are read as it paints
        Ticket.ApplyLanguage();
        Orders.ApplyLanguage();
        OrderHistory.ApplyLanguage();
        TradeHistory.ApplyLanguage();
        Balances.ApplyLanguage();
        string[] tabKeys = ["orders.tab", "orders.history.tab", "orders.trades.tab", "orders.balances.tab"];
        for (var i = 0; i < tabKeys.Length && i < Tabs.Tabs.Count; i++) Tabs.Tabs[i].Header = TerminalStrings.Get(tabKeys[i]);
        ShowFrameFigures(_fpsShown, _p99Shown);
        ShowBackend(_backendName);
        Telemetry.ApplyLanguage();
    }

    /// <summary>
    /// ShowFrameFigures shows frames per second and the frame time p99 in the status bar (null: "-"); the status timer
    /// shows the measured ones, a screen rendered from fixed state fixed ones.
    /// </summary>
    /// <param name="fps">Frames drawn in the last second.</param>
    /// <param name="p99">The frame time p99.</param>
    public void ShowFrameFigures(long? fps, TimeSpan? p99)
    {
        _fpsShown = fps;
        _p99Shown = p99;
        // Written into a reused buffer (the segments copy it): the status timer shows new figures every second.
        if (fps is { } f) _fps.SetText(_fpsFormat.Write(_figureText, f, default));
        else _fps.Text = _fpsFormat.None;
        if (p99 is { } p) _p99.SetText(_p99Format.Write(_figureText, p.TotalMilliseconds, "0.00"));
        else _p99.Text = _p99Format.None;
    }

    /// <summary>
    /// ShowMarket fills the market panels from fixed data, without a session (after <see cref="ShowSnapshot"/>, which
    /// shows the book, the account and the ladder): the watchlist with its 24 h tickers, the header's figures, the tape
    /// and the chart (<paramref name="klines"/> of the chart's interval, then <paramref name="trades"/> on the live candle
    /// where they are newer).
    /// </summary>
    /// <param name="symbol">The symbol shown (its filters).</param>
    /// <param name="watchlist">The watchlist's symbols, in order (their price decimals).</param>
    /// <param name="tickers">The 24 h tickers of the watchlist.</param>
    /// <param name="trades">The shown symbol's recent trades, oldest first.</param>
    /// <param name="klines">Kline history of <see cref="ChartPanel.Interval"/>, oldest first.</param>
    /// <param name="countedThroughTradeId">The newest trade id the klines count (-1: none).</param>
    public void ShowMarket(SymbolInfo symbol, IReadOnlyList<SymbolInfo> watchlist, TickerBoard tickers, ReadOnlySpan<TradePrint> trades,
        IReadOnlyList<Skia.Trader.Binance.Rest.Candle> klines, long countedThroughTradeId)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(watchlist);
        ArgumentNullException.ThrowIfNull(tickers);
        ArgumentNullException.ThrowIfNull(klines);
        if (Watchlist is null)
        {
            var names = new string[watchlist.Count];
            for (var i = 0; i < names.Length; i++) names[i] = watchlist[i].Symbol;
            Watchlist = new WatchlistPanel(names) { Name = "watchlist" };
            _watchlistPane.Add(Watchlist, Skia.Toolkit.Widgets.DockSide.Top);
        }
        foreach (SymbolInfo info in watchlist)
        {
            _infos[info.Symbol] = info;
            Watchlist.SetDecimals(info.Symbol, info.PriceDecimals);
            ShowOrderDecimals(info);
        }
        Watchlist.Select(symbol.Symbol);
        Header.ShowSymbol(symbol.Symbol, symbol.PriceDecimals, symbol.QuantityDecimals);
        Tape.SetDecimals(symbol.PriceDecimals, symbol.QuantityDecimals);
        Depth.SetDecimals(symbol.PriceDecimals);
        ApplyTickers(tickers);
        if (!trades.IsEmpty)
        {
            Tape.Model.LargeThreshold = TapeModel.ThresholdForNotional(trades[^1].Price, LargeTradeNotional);
            Tape.Add(trades);
            var theme = Content.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark;
            foreach (ref readonly TradePrint trade in trades) Header.ShowLast(trade.Price, theme.Positive, theme.Negative);
        }
        Chart.BeginHistory();
        Chart.AddTrades(trades);
        Chart.ShowHistory(Chart.Interval, klines, countedThroughTradeId);
    }

    // The ladder pane's title: "connecting" before a symbol is bound, the symbol's book once it is, "offline" after a problem.
    private void ShowLadderTitle(string key, string? symbol = null)
    {
        _ladderTitleKey = key;
        if (symbol is not null) _ladderSymbol = symbol;
        _ladderTitle.Text = key == "ladder.title" ? TerminalStrings.Get(key) + " " + _ladderSymbol : TerminalStrings.Get(key);
    }

    private void ShowBackend(string? name)
    {
        _backendName = name;
        _backend.Text = name is null ? TerminalStrings.Get("status.backend.none") : Text("status.backend", name);
    }

    private void ShowConnectionProblem(string message)
    {
        _problem = message;
        _problemText = Text("status.offline", message);
        Header.Connection.Text = _problemText;
    }

    // The table raises Changed on the thread that selected the language: the UI thread in the terminal (the shell
    // applies terminal.json there); from elsewhere the change is posted to the window's thread. A screen attached to no
    // window is left alone by another thread (its widgets belong to the thread that built it).
    private void OnStringsChanged(object? sender, EventArgs e)
    {
        if (_window is { } window)
        {
            if (window.Dispatcher.CheckAccess()) ApplyLanguage();
            else window.Dispatcher.Post(ApplyLanguage);
        }
        else if (Environment.CurrentManagedThreadId == _builtOnThread)
        {
            ApplyLanguage();
        }
    }
}
