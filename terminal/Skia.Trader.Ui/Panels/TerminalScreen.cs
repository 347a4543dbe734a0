using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Threading;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Diagnostics;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// TerminalScreen is the terminal's default screen (terminal/TERMINAL.md): header and watchlist on top, the price ladder
/// on the left, the chart over the depth chart and the trade tape in the centre, the order ticket on the right, the tabs
/// (open orders and the histories) below, the status bar at the bottom, all inside a <see cref="PopupHost"/> (toasts).
/// It shows at once in the "connecting" state; <see cref="Attach"/> connects it to a running <see cref="TerminalSession"/>.
/// Market and session data cross to the UI thread only through <see cref="LatestValue{T}"/>s the window's clock
/// applies at most once per frame.
/// </summary>
public sealed partial class TerminalScreen : IDisposable
{
    /// <summary>LadderRows is the number of price rows of the ladder.</summary>
    public const int LadderRows = 40;

    // How far back the status bar's frame p99 looks: 300 frames at 60 Hz (the p99 is about the third-worst), and a
    // slow stretch leaves the figure 5 s after it ended.
    internal static readonly TimeSpan StatusWindow = TimeSpan.FromSeconds(5);

    private readonly Dock _ladderPane = new() { Name = "ladder-pane" };
    private readonly Dock _chartPane = new() { Name = "chart-pane" };
    private readonly Dock _depthPane = new() { Name = "depth-pane" };
    private readonly Dock _tapePane = new() { Name = "tape-pane" };
    private readonly Dock _watchlistPane = new() { Name = "watchlist-pane" };
    private readonly Label _ladderTitle = new(TerminalStrings.Get("ladder.connecting")) { Name = "ladder-title", Margin = new Thickness(8, 4, 8, 4) };
    private readonly StatusSegment _fps;
    private readonly StatusSegment _p99;
    private readonly StatusSegment _backend;
    private readonly LatestValue<SessionSnapshot> _sessionValue = new();
    private readonly LatestValue<OrderBookSnapshot> _bookValue = new();
    // Every trade of the symbol reaches the ladder's queue estimate (a LatestValue would drop all but the newest).
    private readonly FrameQueue<TradePrint> _ladderTrades = new(8192);
    private readonly CancellationTokenSource _stop = new();
    private Thread? _pump;
    private Timer? _statusTimer;
    private TerminalSession? _session;
    private SymbolFeed? _feed;
    private IAppWindow? _window;
    private LadderOwnOrders? _ownOrders;
    private long _lastFramesShown = -2;
    private bool _disposed;
    private bool _groupingChosen;
    private string _orderPath = "click"; // "hotkey" while a hotkey sends (order traces)
    private int _offlineShown;

    /// <summary>Creates the screen for <paramref name="symbol"/> in the "connecting" state.</summary>
    /// <param name="symbol">The symbol shown in the ladder and the ticket.</param>
    /// <param name="exchange">The exchange's short name for the header ("SIM").</param>
    /// <param name="timeZone">The zone the tape and the chart show times in (default: the user's local zone; a fixed one in goldens).</param>
    public TerminalScreen(string symbol, string exchange, TimeZoneInfo? timeZone = null)
    {
        Symbol = symbol;
        Tape = new(new TapeModel(500, Quantity.Zero), timeZone ?? TimeZoneInfo.Local) { Name = "tape" };
        Chart = new(CandleInterval.OneMinute, timeZone ?? TimeZoneInfo.Local);
        Header = new HeaderPanel(symbol, exchange);
        Ticket = new TicketPanel();
        Orders = new OpenOrdersPanel { Symbol = symbol };
        OrderHistory = new OrderHistoryPanel();
        TradeHistory = new TradeHistoryPanel();
        Balances = new BalancesPanel();
        StatusBar = new StatusBar { Name = "status" };
        _fps = StatusBar.AddSegment(TerminalStrings.Get("status.fps.none"));
        _p99 = StatusBar.AddSegment(TerminalStrings.Get("status.p99.none"));
        _backend = StatusBar.AddSegment(TerminalStrings.Get("status.backend.none"), alignRight: true);
        Telemetry = new ScreenTelemetry(StatusBar);
        _ladderPane.Add(_ladderTitle, DockSide.Top);

        // The default screen (terminal/TERMINAL.md): header and watchlist on top; ladder | chart over (depth | tape) |
        // ticket; the tabs (open orders, order history, trade history, balances) below; the status bar at the bottom.
        // Every divider is a named SplitPanel so the layout can save and restore itself.
        BuildMarketPanes(); // chart, depth chart and tape (TerminalScreen.Market.cs)
        Tabs = new TabView { Name = "tabs" };
        Tabs.AddTab(TerminalStrings.Get("orders.tab"), Orders.View);
        Tabs.AddTab(TerminalStrings.Get("orders.history.tab"), OrderHistory.View);
        Tabs.AddTab(TerminalStrings.Get("orders.trades.tab"), TradeHistory.View);
        Tabs.AddTab(TerminalStrings.Get("orders.balances.tab"), Balances.View);
        var lower = new SplitPanel { Orientation = Orientation.Horizontal, First = _depthPane, Second = _tapePane, SplitterPosition = 360, Name = "lower-split" };
        var center = new SplitPanel { Orientation = Orientation.Vertical, First = _chartPane, Second = lower, SplitterPosition = 330, Name = "center-split" };
        var work = new SplitPanel { Orientation = Orientation.Horizontal, First = center, Second = Ticket.View, SplitterPosition = 700, Name = "work-split" };
        var main = new SplitPanel { Orientation = Orientation.Horizontal, First = _ladderPane, Second = work, SplitterPosition = 380, Name = "main-split" };
        var body = new SplitPanel { Orientation = Orientation.Vertical, First = main, Second = Tabs, SplitterPosition = 560, Name = "page-split" };
        var top = new Stack { Orientation = Orientation.Vertical, Name = "top" };
        top.Add(Header.View);
        top.Add(_watchlistPane);
        var page = new Dock { Name = "terminal" };
        page.Add(new Border { Child = top, BorderThickness = 0 }, DockSide.Top);
        page.Add(StatusBar, DockSide.Bottom);
        page.Add(body, DockSide.Top);
        Content = new PopupHost(page) { Name = "popups" };
        Ticket.OrderSubmitted += OnOrderSubmitted;
        Orders.CancelRequested += OnCancelRequested;
        Orders.CancelAllRequested += OnCancelAllRequested;
        TerminalStrings.Table.Changed += OnStringsChanged; // every panel follows a language change (TerminalScreen.Language.cs)
    }

    /// <summary>Symbol is the symbol on screen (<see cref="SwitchSymbol"/> changes it).</summary>
    public string Symbol { get; private set; }

    /// <summary>Content is the widget tree to show in a window.</summary>
    public PopupHost Content { get; }

    /// <summary>Header is the header panel.</summary>
    public HeaderPanel Header { get; }

    /// <summary>Ladder is the price ladder, or null until <see cref="Attach"/>.</summary>
    public LadderPanel? Ladder { get; private set; }

    /// <summary>Ticket is the order ticket.</summary>
    public TicketPanel Ticket { get; }

    /// <summary>Orders is the open-orders panel.</summary>
    public OpenOrdersPanel Orders { get; }

    /// <summary>OrderHistory is the order-history tab.</summary>
    public OrderHistoryPanel OrderHistory { get; }

    /// <summary>TradeHistory is the trade-history tab (fills with fee).</summary>
    public TradeHistoryPanel TradeHistory { get; }

    /// <summary>Balances is the balances tab (free / locked).</summary>
    public BalancesPanel Balances { get; }

    /// <summary>Tabs holds the lower tabs: open orders, order history, trade history, balances.</summary>
    public TabView Tabs { get; }

    /// <summary>StatusBar shows FPS, frame time p99 and the backend.</summary>
    public StatusBar StatusBar { get; }

    /// <summary>Telemetry measures data age on screen, feed rate and submit-to-ack, and shows them in the status bar.</summary>
    public ScreenTelemetry Telemetry { get; }

    /// <summary>
    /// Attach connects the screen to <paramref name="session"/> (started, with <paramref name="symbol"/>'s exchange
    /// info fetched); call it on the window's UI thread.
    /// </summary>
    /// <param name="window">The window showing <see cref="Content"/>.</param>
    /// <param name="session">The running session.</param>
    /// <param name="symbol">The symbol's filters.</param>
    public void Attach(IAppWindow window, TerminalSession session, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(symbol);
        _window = window;
        _session = session;
        _feed = session.Feed.Find(symbol.Symbol);
        Symbol = symbol.Symbol;
        BindLadderAndTicket(symbol);

        Telemetry.Attach(window, session);
        window.Clock.Subscribe(_sessionValue, ApplySession);
        window.Clock.Subscribe(_ladderTrades, ApplyLadderTrades); // before the book: the book already shows what they took
        window.Clock.Subscribe(_bookValue, ApplyBook);
        session.Feed.TradeReceived += (feed, trade) =>
        {
            if (ReferenceEquals(feed, _feed)) _ladderTrades.TryEnqueue(trade);
        };
        AttachMarket(window, session, symbol); // tape, chart, depth, watchlist, header statistics (TerminalScreen.Market.cs)
        if (session.Snapshots.Latest is { } first) ApplySession(first);
        _pump = new Thread(Pump) { IsBackground = true, Name = "terminal-slots" };
        _pump.Start();
    }

    // The ladder and the ticket for a symbol (at Attach, and again on SwitchSymbol): a new ladder model on its tick size.
    private void BindLadderAndTicket(SymbolInfo symbol)
    {
        if (Ladder is { } old) _ladderPane.Remove(old.View); // the pane holds the view (toolbar, columns, rows), not the rows alone
        var model = new LadderModel(symbol.PriceFilter.TickSize, LadderRows);
        Ladder = new LadderPanel(model) { Name = "ladder" };
        Ladder.SetDecimals(symbol.PriceDecimals, symbol.QuantityDecimals);
        ShowOrderDecimals(symbol);
        Ladder.PriceClicked += price => Ticket.FillPrice(price);
        Ladder.LimitOrderRequested += OnLadderLimitOrder;
        Ladder.CancelRequested += OnLadderCancel;
        Ladder.ReplaceRequested += OnLadderReplace;
        _ownOrders = new LadderOwnOrders(symbol.Symbol);
        Orders.Symbol = symbol.Symbol; // "cancel all" acts on the symbol on screen, as the hotkey does
        _ladderPane.Add(Ladder.View, DockSide.Top);
        ShowLadderTitle("ladder.title", symbol.Symbol);
        _groupingChosen = false;
        Ticket.Bind(new TicketModel(symbol, OrderEntry.NewClientOrderId));
    }

    // The open-orders, order-history and trade-history tables write a symbol's prices and quantities with its decimals, as
    // the header does; the balances table its assets' amounts (the base asset's as a quantity, the quote's as a price).
    private void ShowOrderDecimals(SymbolInfo symbol)
    {
        Orders.SetDecimals(symbol.Symbol, symbol.PriceDecimals, symbol.QuantityDecimals);
        OrderHistory.SetDecimals(symbol.Symbol, symbol.PriceDecimals, symbol.QuantityDecimals);
        TradeHistory.SetDecimals(symbol.Symbol, symbol.PriceDecimals, symbol.QuantityDecimals);
        Balances.SetAssetDecimals(symbol.BaseAsset, symbol.QuantityDecimals);
        Balances.SetAssetDecimals(symbol.QuoteAsset, symbol.PriceDecimals);
    }

    /// <summary>
    /// ShowSnapshot fills the screen once from fixed data, without a session or a network (the terminal's
    /// <c>--headless-test</c>): the ladder and the ticket for <paramref name="symbol"/>, the book, the last trade and the
    /// account state. Call it on the UI thread instead of <see cref="Attach"/>.
    /// </summary>
    /// <param name="window">The window showing <see cref="Content"/>.</param>
    /// <param name="symbol">The symbol's filters.</param>
    /// <param name="book">The order book to show.</param>
    /// <param name="lastTrade">The last trade, or null.</param>
    /// <param name="account">Connection state, open orders and balances.</param>
    public void ShowSnapshot(IAppWindow window, SymbolInfo symbol, OrderBookSnapshot book, TradePrint? lastTrade, SessionSnapshot account)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(symbol);
        ShowBackend(window.BackendName);
        BindLadderAndTicket(symbol);
        ApplySession(account);
        ApplyBook(book);
        if (lastTrade is { } trade && Ladder is { } ladder)
        {
            ladder.Model.SetLastTrade(trade.Price, trade.Quantity, trade.BuyerIsMaker);
            Header.ShowSymbol(symbol.Symbol, symbol.PriceDecimals, symbol.QuantityDecimals);
            var theme = Content.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark;
            Header.ShowLast(trade.Price, theme.Positive, theme.Negative); // "64,998.05" as the live header writes it, not Price.ToString()
            ladder.Refresh();
        }
    }

    /// <summary>StartStatus updates the status bar (FPS, frame p99 of the last 5 s, backend) once a second while frames are drawn.</summary>
    /// <param name="window">The window showing <see cref="Content"/>.</param>
    public void StartStatus(IAppWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        ShowBackend(window.BackendName);
        if (window is Skia.Toolkit.Platform.Window { GpuWarming: true } warming) warming.BackendChanged += () => ShowBackend(warming.BackendName); // after a raster first frame
        // One delegate for every tick: the timer posts it to the UI thread once a second for the screen's life.
        Action update = () => UpdateStatus(window);
        _statusTimer = new Timer(_ => window.Dispatcher.Post(update), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>ShowProblem shows a problem (a connection failure) in the header and as a toast.</summary>
    /// <param name="message">One line for the user.</param>
    public void ShowProblem(string message)
    {
        ShowConnectionProblem(message);
        ShowLadderTitle("ladder.offline");
        Content.ShowToast(message, Skia.Toolkit.Widgets.ToastKind.Error);
    }

    /// <summary>Dispose stops the slot pump and the status timer (a second call does nothing).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stop.Cancel();
        TerminalStrings.Table.Changed -= OnStringsChanged;
        if (_session is { } session) session.Feed.TradeReceived -= OnFeedTrade;
        _statusTimer?.Dispose();
        _pump?.Join(TimeSpan.FromSeconds(1));
        Telemetry.Dispose();
        _stop.Dispose();
    }

    // The status timer's tick, on the UI thread (internal: the allocation tests drive it frame by frame).
    internal void UpdateStatus(IAppWindow window) => UpdateStatus(window.Clock);

    // The tick's work on the window's clock (internal: a test drives it on a clock of its own time). FPS counts the
    // frames since the previous tick; the p99 is of the last StatusWindow of frames, not since start, where the
    // start-up frames (first frame, fonts, code not yet optimised) would hold it up for minutes.
    internal void UpdateStatus(FrameClock clock)
    {
        long shown = clock.Statistics.FramesShown;
        // Only frames drawn for something else count: updating the bar is itself a frame, and an idle screen stays idle.
        if (shown <= _lastFramesShown + 1) return;
        var fps = shown - Math.Max(0, _lastFramesShown);
        _lastFramesShown = shown;
        ShowFrameFigures(fps, clock.RecentStatistics(StatusWindow).P99);
        Telemetry.UpdateStatus();
    }

    // Hands the session's and the feed's slots to the UI through LatestValues (which wake the window's clock).
    private void Pump()
    {
        long sessionVersion = 0, bookVersion = 0;
        SymbolFeed? pumped = null;
        while (!_stop.IsCancellationRequested)
        {
            if (_session!.Snapshots.TryReadNewer(ref sessionVersion, out SessionSnapshot? snapshot)) _sessionValue.Publish(snapshot);
            SymbolFeed? feed = Volatile.Read(ref _feed);
            if (!ReferenceEquals(feed, pumped)) (pumped, bookVersion) = (feed, 0); // SwitchSymbol: read the new symbol's book
            if (feed is not null && feed.Book.TryReadNewer(ref bookVersion, out OrderBookSnapshot? book)) _bookValue.Publish(book);
            PumpTickers();
            _stop.Token.WaitHandle.WaitOne(4);
        }
    }

    // A session snapshot (connection, latency, orders, balances), as the window's clock hands it over (internal: the
    // allocation tests apply one between market frames).
    internal void ApplySession(SessionSnapshot snapshot)
    {
        Theming(out var positive, out var warning);
        Header.ShowHealth(snapshot.Health, snapshot.Latency, positive, warning);
        ShowOrders(snapshot);
        if (Ladder is { } ladder && _ownOrders is { } own)
        {
            own.ApplyOrders(snapshot.OpenOrders);
            ladder.Model.SetOwnOrders(own.Marks);
            ladder.Refresh();
        }
    }

    private void ApplyBook(OrderBookSnapshot book)
    {
        if (!ApplyMarketBook(book)) return; // depth chart; a book of a symbol no longer shown is dropped
        if (Ladder is not { } ladder) return;
        if (!_groupingChosen && book.BestBid is not null && book.BestAsk is not null)
        {
            ladder.SetGrouping(LadderModel.SuggestGrouping(book, ladder.Model.TickSize, ladder.Model.RowCount));
            _groupingChosen = true;
        }
        ladder.Model.Update(book);
        if (_ownOrders is { } own)
        {
            own.ApplyBook(book);
            ladder.Model.SetOwnOrders(own.Marks);
        }
        Telemetry.Shown(book); // the header's last price comes from the trade batches (TerminalScreen.Market.cs), allocation-free
        // One side is enough for the orders valued at it (a market buy at the best ask with no bids left); a missing side is zero.
        if (ladder.Model.BestAsk is not null || ladder.Model.BestBid is not null)
            Ticket.SetBook(ladder.Model.BestBid?.Price ?? Price.Zero, ladder.Model.BestAsk?.Price ?? Price.Zero);
        ladder.Refresh();
    }

    private void ApplyLadderTrades(ReadOnlySpan<TradePrint> trades)
    {
        if (Ladder is not { } ladder || _ownOrders is not { } own || trades.IsEmpty) return;
        own.ApplyTrades(trades);
        ladder.Model.SetOwnOrders(own.Marks);
        TradePrint last = trades[^1];
        ladder.Model.SetLastTrade(last.Price, last.Quantity, last.BuyerIsMaker);
        ladder.Refresh();
    }

    // One-click mode: a limit order at the clicked price with the ticket's quantity, checked against the symbol's filters first.
    private void OnLadderLimitOrder(OrderSide side, Price price)
    {
        if (Ticket.Model is not { } ticket) return;
        if (ticket.Quantity.IsZero)
        {
            Content.ShowToast(TerminalStrings.Get("ladder.oneClickNoQuantity"), Skia.Toolkit.Widgets.ToastKind.Warning);
            return;
        }
        var check = ticket.Symbol.Check(side, OrderType.Limit, price, ticket.Quantity, Quantity.Zero, price);
        if (!check.IsValid)
        {
            Content.ShowToast(check.ExchangeMessage ?? check.FailedRule.ToString(), Skia.Toolkit.Widgets.ToastKind.Error);
            return;
        }
        if (!Ticket.AcceptOrderPress()) return; // the second click of a double click: one order per press, as the ticket
        OnOrderSubmitted(new Order(OrderEntry.NewClientOrderId(), Symbol, side, OrderType.Limit, TimeInForce.Gtc, price, ticket.Quantity));
    }

    // A dragged own order: cancel-replace it at the new price with its remaining quantity, in one request.
    private void OnLadderReplace(OwnOrderMark mark, Price price)
    {
        if (_session is not { } session || _window is not { } window || Ticket.Model is not { } ticket || mark.ClientOrderId is not { } id) return;
        if (session.Tracker.Find(id) is not { } order) return;
        var check = ticket.Symbol.Check(order.Side, order.Type, price, mark.Remaining, Quantity.Zero, price);
        if (!check.IsValid)
        {
            Content.ShowToast(check.ExchangeMessage ?? check.FailedRule.ToString(), Skia.Toolkit.Widgets.ToastKind.Error);
            return;
        }
        var replacement = new Order(OrderEntry.NewClientOrderId(), Symbol, order.Side, order.Type, order.TimeInForce, price, mark.Remaining);
        _ = session.Entry.CancelReplaceAsync(order, replacement).ContinueWith(t =>
        {
            if (t.Exception is { } e) window.Dispatcher.Post(() => Content.ShowToast("Replace " + id + ": " + e.GetBaseException().Message, Skia.Toolkit.Widgets.ToastKind.Error));
        }, TaskScheduler.Default);
    }

    private void OnLadderCancel(OwnOrderMark mark)
    {
        if (_session is not { } session || _window is not { } window || mark.ClientOrderId is not { } id) return;
        if (session.Tracker.Find(id) is not { } order) return;
        _ = session.CancelAsync(order).ContinueWith(t =>
        {
            if (t.Exception is { } e) window.Dispatcher.Post(() => Content.ShowToast("Cancel " + id + ": " + e.GetBaseException().Message, Skia.Toolkit.Widgets.ToastKind.Error));
        }, TaskScheduler.Default);
    }

    private void Theming(out SkiaSharp.SKColor positive, out SkiaSharp.SKColor warning)
    {
        var theme = Content.Root?.Theme ?? Skia.Toolkit.Theming.Theme.Dark;
        positive = theme.Positive;
        warning = theme.Warning;
    }

    // Orders, histories, balances and the ticket's available balance from a session snapshot; after a reconnect, what
    // changed while offline (once per reconnect).
    private void ShowOrders(SessionSnapshot snapshot)
    {
        Orders.Show(snapshot.OpenOrders);
        OrderHistory.Show(snapshot.History);
        TradeHistory.Show(snapshot.Trades);
        Balances.Show(snapshot.Balances);
        // No balance listed yet: the account has not been read (the exchange lists every asset of an account, zero ones
        // included), so the ticket keeps saying it does not know rather than showing 0.
        if (Ticket.Model is { } ticket && snapshot.Balances.Count > 0)
        {
            Quantity baseFree = Quantity.Zero, quoteFree = Quantity.Zero;
            IReadOnlyList<AccountBalance> balances = snapshot.Balances;
            for (var i = 0; i < balances.Count; i++) // by index: foreach over the interface boxes an enumerator every snapshot
            {
                AccountBalance balance = balances[i];
                if (balance.Asset == ticket.Symbol.BaseAsset) baseFree = balance.Free;
                if (balance.Asset == ticket.Symbol.QuoteAsset) quoteFree = balance.Free;
            }
            Ticket.SetBalances(baseFree, quoteFree);
        }
        if (snapshot.Reconnects > _offlineShown)
        {
            _offlineShown = snapshot.Reconnects; // told once per reconnect: a one-line toast, and the list in a dialog
            Content.ShowToast(OfflineChangeSummary.Describe(snapshot.OfflineChanges), Skia.Toolkit.Widgets.ToastKind.Warning, TimeSpan.FromSeconds(15));
            if (snapshot.OfflineChanges.Count > 0) OfflineChangesDialog.Show(Content, snapshot.OfflineChanges);
        }
    }

    private void OnOrderSubmitted(Order order)
    {
        if (_session is not { } session || _window is not { } window) return;
        Telemetry.Submitted(order, _orderPath);
        Task<Order> placing = session.PlaceAsync(order); // PENDING_SEND is in the session's snapshot now
        _ = placing.ContinueWith(t =>
        {
            string? message = t.Exception is { } e ? Text("orders.failed", order.ClientOrderId, e.GetBaseException().Message)
                : order.Status == OrderStatus.Rejected ? Text("orders.rejected", order.RejectReason ?? "")
                : order.Status == OrderStatus.Unknown ? Text("orders.unknown", order.ClientOrderId)
                : null;
            if (message is null) return;
            var kind = order.Status == OrderStatus.Unknown ? ToastKind.Warning : ToastKind.Error;
            window.Dispatcher.Post(() => Content.ShowToast(message, kind));
        }, TaskScheduler.Default);
    }

    private void OnCancelRequested(OpenOrderView view)
    {
        if (_session is not { } session || _window is not { } window) return;
        if (session.Tracker.Find(view.ClientOrderId) is not { } order) return;
        _ = session.CancelAsync(order).ContinueWith(t =>
        {
            if (t.Exception is { } e) window.Dispatcher.Post(() => Content.ShowToast(Text("orders.cancel-failed", view.ClientOrderId, e.GetBaseException().Message), ToastKind.Error));
        }, TaskScheduler.Default);
    }

    private void OnCancelAllRequested(string symbol)
    {
        if (_session is not { } session || _window is not { } window) return;
        if (!session.Tracker.Orders.Any(o => o.Symbol == symbol && !o.IsFinal))
        {
            Content.ShowToast(Text("orders.none-to-cancel", symbol), ToastKind.Info);
            return;
        }
        _ = session.CancelAllAsync(symbol).ContinueWith(t =>
        {
            string message = t.Exception is { } e ? Text("orders.cancel-failed", symbol, e.GetBaseException().Message) : Text("orders.canceled-all", t.Result, symbol);
            window.Dispatcher.Post(() => Content.ShowToast(message, t.Exception is null ? ToastKind.Info : ToastKind.Error));
        }, TaskScheduler.Default);
    }

    private static string Text(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, TerminalStrings.Get(key), args);
}
