using Skia.Toolkit.Hosting;
using Skia.Toolkit.Threading;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Ui.Panels;

// The market panels of the screen (tape, chart, depth chart, watchlist, header statistics) and the symbol switch:
// trades reach the UI through a FrameQueue (every trade, one batch per frame), tickers through a LatestValue.
public sealed partial class TerminalScreen
{
    // A trade worth this much in the quote asset is lit on the tape (USDT pairs: fifty thousand dollars).
    private const decimal LargeTradeNotional = 50_000m;

    // Trades of the shown symbol between two frames; a busy symbol makes a few hundred a second.
    private const int TradeQueueCapacity = 8192;

    private readonly FrameQueue<ShownTrade> _tradeQueue = new(TradeQueueCapacity);
    private readonly TradePrint[] _tradeBatch = new TradePrint[TradeQueueCapacity];
    private readonly LatestValue<TickerBoard> _tickerValue = new();
    private readonly Dictionary<string, SymbolInfo> _infos = new(StringComparer.Ordinal);
    private long[] _tickerTimes = []; // each symbol's SymbolFeed.TickerVersion last published
    private string _tradeSymbol = "";
    private int _historyRequest;

    /// <summary>Tape is the trade tape of the shown symbol (times in the screen's time zone).</summary>
    public TapePanel Tape { get; }

    /// <summary>Chart is the candlestick chart of the shown symbol (time axis in the screen's time zone).</summary>
    public ChartPanel Chart { get; }

    /// <summary>Depth is the depth chart of the shown symbol.</summary>
    public DepthPanel Depth { get; } = new();

    /// <summary>FollowedSymbols are the session's symbols in watchlist order (<see cref="SwitchSymbol"/> takes any of them); before <see cref="Attach"/>, only <see cref="Symbol"/>.</summary>
    public IReadOnlyList<string> FollowedSymbols => Watchlist?.Symbols ?? [Symbol];

    /// <summary>Watchlist lists the session's symbols (click one to show it), or null until <see cref="Attach"/>.</summary>
    public WatchlistPanel? Watchlist { get; private set; }

    // A trade with the symbol it belongs to: a batch queued before a switch must not reach the new symbol's tape.
    private readonly record struct ShownTrade(string Symbol, TradePrint Trade);

    private void BuildMarketPanes()
    {
        _chartPane.Add(Chart.View, DockSide.Top);
        _depthPane.Add(Depth.View, DockSide.Top);
        _tapePane.Add(Tape, DockSide.Top);
        Chart.IntervalChanged += _ => LoadHistory();
    }

    private void AttachMarket(IAppWindow window, TerminalSession session, SymbolInfo symbol)
    {
        _infos[symbol.Symbol] = symbol;
        var symbols = new List<string>(session.Feed.Symbols.Count);
        foreach (SymbolFeed feed in session.Feed.Symbols) symbols.Add(feed.Symbol);
        Watchlist = new WatchlistPanel(symbols) { Name = "watchlist" };
        Watchlist.SetDecimals(symbol.Symbol, symbol.PriceDecimals);
        Watchlist.SymbolClicked += SwitchSymbol;
        _watchlistPane.Add(Watchlist, DockSide.Top);
        _tickerTimes = new long[symbols.Count];
        session.Feed.TradeReceived += OnFeedTrade;
        window.Clock.Subscribe(_tradeQueue, ApplyTrades);
        window.Clock.Subscribe(_tickerValue, ApplyTickers);
        ShowMarketSymbol(symbol);
        _ = FetchSymbolInfosAsync(session, window, symbols);
    }

    // Shows the market panels for a (new) symbol: empties them, and asks for its kline history.
    private void ShowMarketSymbol(SymbolInfo symbol)
    {
        Volatile.Write(ref _tradeSymbol, symbol.Symbol);
        Tape.Model.LargeThreshold = Skia.Trader.Core.Numerics.Quantity.Zero; // set again from the first trade's price
        Tape.SetDecimals(symbol.PriceDecimals, symbol.QuantityDecimals);
        Tape.Clear();
        Depth.SetDecimals(symbol.PriceDecimals);
        Depth.Clear();
        Header.ShowSymbol(symbol.Symbol, symbol.PriceDecimals, symbol.QuantityDecimals);
        Watchlist?.Select(symbol.Symbol);
        if (_tickerValue.Latest is { } board && board.Find(symbol.Symbol) is { } ticker) ShowTicker(ticker);
        Chart.BeginHistory();
        LoadHistory();
    }

    /// <summary>
    /// SwitchSymbol shows <paramref name="symbol"/> (one the session follows): the ladder, ticket, tape, chart, depth chart
    /// and header rebind to it. Its filters come from the exchange info fetched at start (or are fetched now). Call it on
    /// the UI thread after <see cref="Attach"/>; the shown symbol again does nothing.
    /// </summary>
    /// <param name="symbol">The symbol to show, upper case.</param>
    /// <exception cref="InvalidOperationException">The screen is not attached to a session yet.</exception>
    /// <exception cref="ArgumentException">The session does not follow <paramref name="symbol"/>.</exception>
    public void SwitchSymbol(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (_session is not { } session || _window is not { } window) throw new InvalidOperationException("Attach the screen to a session before switching symbols.");
        if (session.Feed.Find(symbol) is null) throw new ArgumentException($"The session does not follow {symbol}.", nameof(symbol));
        if (symbol == Symbol) return;
        if (_infos.TryGetValue(symbol, out SymbolInfo? info))
        {
            ShowSymbol(info);
            return;
        }
        _ = session.Rest.GetExchangeInfoAsync([symbol]).ContinueWith(t => window.Dispatcher.Post(() =>
        {
            if (t.IsCompletedSuccessfully && t.Result.Count == 1)
            {
                _infos[symbol] = t.Result[0];
                ShowSymbol(t.Result[0]);
            }
            else
            {
                Content.ShowToast(symbol + ": " + (t.Exception?.GetBaseException().Message ?? Skia.Trader.Ui.Text.TerminalStrings.Get("market.no-symbol-info")), ToastKind.Error);
            }
        }), TaskScheduler.Default);
    }

    private void ShowSymbol(SymbolInfo info)
    {
        if (_session is not { } session) return;
        Symbol = info.Symbol;
        _feed = session.Feed.Find(info.Symbol);
        BindLadderAndTicket(info);
        ShowMarketSymbol(info);
        if (session.Snapshots.Latest is { } snapshot) ApplySession(snapshot); // own orders and balances of the new symbol
    }

    private async Task FetchSymbolInfosAsync(TerminalSession session, IAppWindow window, List<string> symbols)
    {
        try
        {
            IReadOnlyList<SymbolInfo> infos = await session.Rest.GetExchangeInfoAsync(symbols).ConfigureAwait(false);
            window.Dispatcher.Post(() =>
            {
                foreach (SymbolInfo info in infos)
                {
                    _infos.TryAdd(info.Symbol, info);
                    Watchlist?.SetDecimals(info.Symbol, info.PriceDecimals);
                    ShowOrderDecimals(info);
                }
            });
        }
        catch (Exception e) when (e is HttpRequestException or Skia.Trader.Binance.Rest.BinanceApiException or TaskCanceledException)
        {
            // SwitchSymbol asks again for a symbol whose filters are missing; the watchlist keeps two decimals.
        }
    }

    // Kline history of the shown symbol and interval. The klines count every trade the stream had delivered when their
    // answer arrived (the stream and the REST answer leave the exchange in execution order); newer trades continue the
    // live candle. An answer for a symbol or interval no longer shown is dropped.
    private void LoadHistory()
    {
        if (_session is not { } session || _window is not { } window) return;
        var request = ++_historyRequest;
        var symbol = Symbol;
        CandleInterval interval = Chart.Interval;
        SymbolFeed? feed = session.Feed.Find(symbol);
        _ = Task.Run(async () =>
        {
            try
            {
                IReadOnlyList<Skia.Trader.Binance.Rest.Candle> klines = await session.Rest
                    .GetKlinesAsync(symbol, CandleIntervals.WireName(interval), ChartPanel.Capacity).ConfigureAwait(false);
                var counted = feed is not null && feed.TryGetLastTrade(out TradePrint last) ? last.TradeId : -1;
                window.Dispatcher.Post(() =>
                {
                    if (request == _historyRequest) Chart.ShowHistory(interval, klines, counted);
                });
            }
            catch (Exception e) when (e is HttpRequestException or Skia.Trader.Binance.Rest.BinanceApiException or TaskCanceledException)
            {
                window.Dispatcher.Post(() =>
                {
                    if (request == _historyRequest) Chart.ShowHistoryFailed(interval, e.Message);
                });
            }
        });
    }

    // Feed thread: queue the shown symbol's trades for the next frame.
    private void OnFeedTrade(SymbolFeed feed, TradePrint trade)
    {
        var shown = Volatile.Read(ref _tradeSymbol);
        if (feed.Symbol == shown) _tradeQueue.TryEnqueue(new ShownTrade(shown, trade));
    }

    // UI thread, once per frame with the trades since the last one: tape, live candle, header last price.
    private void ApplyTrades(ReadOnlySpan<ShownTrade> trades)
    {
        var count = 0;
        foreach (ref readonly ShownTrade t in trades)
        {
            if (t.Symbol == Symbol) _tradeBatch[count++] = t.Trade;
        }
        if (count == 0) return;
        ReadOnlySpan<TradePrint> batch = _tradeBatch.AsSpan(0, count);
        if (Tape.Model.LargeThreshold.IsZero) Tape.Model.LargeThreshold = TapeModel.ThresholdForNotional(batch[^1].Price, LargeTradeNotional);
        Tape.Add(batch);
        Chart.AddTrades(batch);
        var theme = Content.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark;
        Header.ShowLast(batch[^1].Price, theme.Positive, theme.Negative);
    }

    /// <summary>
    /// ApplyMarketFrame applies one frame's market data without a session, through the handlers the window's clock calls
    /// with the slots' values, in their order (the ladder's trades, the book, the tape's trades, the tickers): for tests
    /// that feed the default screen frame by frame after <see cref="ShowSnapshot"/> and <see cref="ShowMarket"/>. UI thread.
    /// </summary>
    internal void ApplyMarketFrame(ReadOnlySpan<TradePrint> trades, OrderBookSnapshot? book, TickerBoard? tickers)
    {
        ApplyLadderTrades(trades);
        if (book is not null) ApplyBook(book);
        if (!trades.IsEmpty)
        {
            if (_fedTrades.Length < trades.Length) _fedTrades = new ShownTrade[Math.Max(trades.Length, 2 * _fedTrades.Length)];
            for (var i = 0; i < trades.Length; i++) _fedTrades[i] = new ShownTrade(Symbol, trades[i]);
            ApplyTrades(_fedTrades.AsSpan(0, trades.Length));
        }
        if (tickers is not null) ApplyTickers(tickers);
    }

    // ApplyMarketFrame's trades with their symbol, as the trade queue hands them over.
    private ShownTrade[] _fedTrades = [];

    // Pump thread: publish a new ticker board when any symbol's @ticker event is newer than the last one published.
    private void PumpTickers()
    {
        if (_session is not { } session || _tickerTimes.Length == 0) return;
        IReadOnlyList<SymbolFeed> feeds = session.Feed.Symbols;
        var changed = false;
        for (var i = 0; i < feeds.Count && i < _tickerTimes.Length; i++)
        {
            // The version first: taking each feed's lock every 4 ms contended with the feed thread (perf/README.md, the 5-symbol flame graph).
            long version = feeds[i].TickerVersion;
            if (version != _tickerTimes[i])
            {
                _tickerTimes[i] = version;
                changed = true;
            }
        }
        if (!changed) return;
        var symbols = new string[feeds.Count];
        var tickers = new TickerUpdate?[feeds.Count];
        for (var i = 0; i < feeds.Count; i++)
        {
            symbols[i] = feeds[i].Symbol;
            tickers[i] = feeds[i].TryGetTicker(out TickerUpdate t) ? t : null;
        }
        _tickerValue.Publish(new TickerBoard(symbols, tickers));
    }

    private void ApplyTickers(TickerBoard board)
    {
        for (var i = 0; i < board.Count; i++)
        {
            if (board.TickerAt(i) is { } t) Watchlist?.Show(board.SymbolAt(i), t.LastPrice, t.PriceChangePercent);
        }
        if (board.Find(Symbol) is { } shown) ShowTicker(shown);
    }

    private void ShowTicker(in TickerUpdate ticker)
    {
        var theme = Content.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark;
        Header.ShowTicker(ticker, theme.Positive, theme.Negative);
    }

    // The depth chart follows the ladder's book; a book of a symbol no longer shown is dropped.
    private bool ApplyMarketBook(OrderBookSnapshot book)
    {
        if (book.Symbol != Symbol) return false;
        Depth.Show(book);
        return true;
    }
}
