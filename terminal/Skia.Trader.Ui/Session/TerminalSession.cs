using System.Diagnostics;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Threading;

namespace Skia.Trader.Ui.Session;

/// <summary>
/// TerminalSession wires one exchange endpoint for a set of symbols: the market-data feed, the user-data stream,
/// order entry and the order tracker with balances. It publishes an immutable <see cref="SessionSnapshot"/> into
/// <see cref="Snapshots"/> whenever the connection, an order or a balance changes; the UI reads it once per frame
/// (<see cref="SnapshotSlot{T}.TryReadNewer"/>). Market data stays in each <see cref="SymbolFeed"/>'s own slots.
/// After a reconnect, what changed while offline (orders and balances, from the reconciliation) is listed in
/// <see cref="SessionSnapshot.OfflineChanges"/>.
/// </summary>
public sealed class TerminalSession : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly UserDataStream? _userStream;
    private readonly TimeSpan _latencyInterval;
    private long _version;
    private bool _feedEverConnected;
    private bool _userEverLive;
    private bool _userWasLive;
    private int _reconnects;
    private TimeSpan? _latency;
    private Dictionary<string, string>? _beforeOffline;
    private IReadOnlyList<OfflineChange> _offlineChanges = [];
    private Task? _latencyLoop;
    private readonly IReadOnlyList<string> _symbols;
    // Order and trade history: updated one order / one fetch at a time, published as arrays rebuilt only when they changed.
    private readonly Dictionary<string, OrderHistoryView> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Symbol, long TradeId), TradeView> _trades = [];
    private IReadOnlyList<OrderHistoryView> _historyList = [];
    private IReadOnlyList<TradeView> _tradeList = [];
    private List<OpenOrderView> _openList = [];
    private AccountBalance[] _balanceList = [];
    private bool _historyDirty, _tradesDirty;
    private readonly HashSet<string> _tradeFetchWanted = new(StringComparer.Ordinal);
    private Task? _tradeFetch;
    private bool _historyLoaded;
    private Task? _historyLoad;

    /// <summary>Creates a session (nothing connects before <see cref="Start"/>).</summary>
    /// <param name="endpoint">The exchange: the simulator, testnet or production.</param>
    /// <param name="credentials">API keys for trading, or null for market data only.</param>
    /// <param name="symbols">The symbols to follow.</param>
    /// <param name="connection">Connection settings for the streams (back-off, silence timeout), or null for defaults.</param>
    /// <param name="latencyInterval">How often the REST round trip is measured (default 5 s).</param>
    /// <param name="restHandler">The REST client's HTTP handler, or null for its own (a measurement can watch the socket writes through it).</param>
    public TerminalSession(BinanceEndpoint endpoint, ApiCredentials? credentials, IReadOnlyList<string> symbols,
        ConnectionOptions? connection = null, TimeSpan? latencyInterval = null, HttpMessageHandler? restHandler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0) throw new ArgumentException("A session needs at least one symbol.", nameof(symbols));
        _latencyInterval = latencyInterval ?? TimeSpan.FromSeconds(5);
        _symbols = [.. symbols];
        Rest = new BinanceRestClient(endpoint, credentials, restHandler);
        Tracker = new OrderTracker();
        Entry = new OrderEntry(Rest, Tracker);
        Feed = new MarketDataFeed(endpoint, Rest, new MarketDataOptions { Symbols = symbols, Tickers = true, Connection = connection ?? new ConnectionOptions() });
        if (credentials is not null) _userStream = new UserDataStream(endpoint, Rest, Tracker, connection);

        Feed.ConnectionChanged += _ => Publish();
        Feed.SyncChanged += _ => Publish();
        Tracker.OrderChanged += OnOrderChanged;
        Tracker.BalancesChanged += Publish;
        if (_userStream is not null) _userStream.StatusChanged += OnUserStreamStatus;
        Publish();
    }

    /// <summary>Rest is the session's REST client.</summary>
    public BinanceRestClient Rest { get; }

    /// <summary>Tracker holds every order and balance of the session.</summary>
    public OrderTracker Tracker { get; }

    /// <summary>Entry places and cancels orders under the no-duplicate rules.</summary>
    public OrderEntry Entry { get; }

    /// <summary>Feed is the market data: per-symbol book, trades and tickers.</summary>
    public MarketDataFeed Feed { get; }

    /// <summary>Snapshots holds the newest <see cref="SessionSnapshot"/>; read once per frame.</summary>
    public SnapshotSlot<SessionSnapshot> Snapshots { get; } = new();

    /// <summary>Start connects: clock sync and latency sampling, market data, and the user stream when there are keys.</summary>
    public void Start()
    {
        Feed.Start();
        _userStream?.Start();
        _latencyLoop = Task.Run(MeasureLatencyAsync);
    }

    /// <summary>PlaceAsync sends an order; it shows as PENDING_SEND in the next snapshot at once, then as the exchange answers.</summary>
    /// <param name="order">A new order (PENDING_SEND with its client order id).</param>
    /// <param name="cancellationToken">Cancels waiting, not the order.</param>
    public async Task<Order> PlaceAsync(Order order, CancellationToken cancellationToken = default)
    {
        Task<Order> placing = Entry.PlaceAsync(order, cancellationToken);
        Publish(); // tracked synchronously by PlaceAsync before it awaits the network: PENDING_SEND now
        return await placing.ConfigureAwait(false);
    }

    /// <summary>CancelAllAsync cancels every open order of <paramref name="symbol"/> (and only that symbol) and returns how many the exchange cancelled.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    public async Task<int> CancelAllAsync(string symbol, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<OrderReport> canceled = await Entry.CancelAllAsync(symbol, cancellationToken).ConfigureAwait(false);
        return canceled.Count;
    }

    /// <summary>CancelAsync cancels an order.</summary>
    /// <param name="order">The order to cancel.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    public Task<Order> CancelAsync(Order order, CancellationToken cancellationToken = default) => Entry.CancelAsync(order, cancellationToken);

    private void OnUserStreamStatus(UserDataState state, string reason)
    {
        lock (_gate)
        {
            if (state == UserDataState.Live)
            {
                if (_userEverLive && !_userWasLive && _beforeOffline is not null)
                {
                    _reconnects++;
                    _offlineChanges = Diff(_beforeOffline, Capture());
                    _beforeOffline = null;
                    foreach (string symbol in _symbols) RequestTrades(symbol); // fills made while offline
                }
                if (!_historyLoaded)
                {
                    _historyLoaded = true;
                    _historyLoad = Task.Run(LoadHistoryAsync);
                }
                _userEverLive = true;
                _userWasLive = true;
            }
            else if (_userWasLive)
            {
                _userWasLive = false;
                _beforeOffline = Capture(); // what we knew when the connection went
            }
        }
        Publish();
    }

    private Dictionary<string, string> Capture()
    {
        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Order o in Tracker.Orders)
            state["order " + o.ClientOrderId] = OrderWireNames.ToWire(o.Status) + " " + o.ExecutedQuantity + "/" + o.Quantity;
        foreach (AccountBalance b in Tracker.Balances)
            state["balance " + b.Asset] = "free " + b.Free + " locked " + b.Locked;
        return state;
    }

    private static List<OfflineChange> Diff(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changes = new List<OfflineChange>();
        foreach ((string subject, string now) in after)
        {
            string was = before.TryGetValue(subject, out string? b) ? b : "(none)";
            if (was != now) changes.Add(new OfflineChange(subject, was, now));
        }
        changes.Sort((x, y) => string.CompareOrdinal(x.Subject, y.Subject));
        return changes;
    }

    private ConnectionHealth Health()
    {
        ConnectionState feed = Feed.ConnectionStatus.State;
        if (feed == ConnectionState.Connected) _feedEverConnected = true;
        UserDataState? user = _userStream?.State;
        if (feed == ConnectionState.Stopped || user == UserDataState.Failed) return ConnectionHealth.Offline;
        if (!_feedEverConnected || (user is not null && !_userEverLive)) return ConnectionHealth.Connecting;
        if (feed != ConnectionState.Connected || user is UserDataState.Disconnected) return ConnectionHealth.Reconnecting;
        if (user is UserDataState.Subscribing or UserDataState.Reconciling) return ConnectionHealth.Resyncing;
        // Buffering = no usable book (first connect, or a gap threw it away). Bridging has a fresh REST snapshot
        // and waits for the first diff after it; a quiet symbol can stay there, with a correct book, for long.
        foreach (SymbolFeed s in Feed.Symbols)
            if (s.SyncState == DepthSyncState.Buffering) return ConnectionHealth.Resyncing;
        return ConnectionHealth.Connected;
    }

    private void Publish()
    {
        lock (_gate)
        {
            var open = new List<OpenOrderView>();
            foreach (Order o in Tracker.Orders)
            {
                if (o.IsFinal) continue;
                open.Add(new OpenOrderView(o.ClientOrderId, o.Symbol, o.Side, o.Type, o.Price, o.Quantity, o.ExecutedQuantity, o.Status, o.RejectReason, o.UpdateTime));
            }
            var balances = Tracker.Balances.OrderBy(b => b.Asset, StringComparer.Ordinal).ToArray();
            // Unchanged lists are the previous snapshot's instances, as History and Trades: a snapshot that only brings a new
            // round trip (every 5 s) then costs the UI thread no table update (the panels skip a list they already show).
            if (open.SequenceEqual(_openList)) open = _openList;
            else _openList = open;
            if (balances.AsSpan().SequenceEqual(_balanceList)) balances = _balanceList;
            else _balanceList = balances;
            if (_historyDirty)
            {
                var history = _history.Values.ToArray();
                Array.Sort(history, static (a, b) => b.Time != a.Time ? b.Time.CompareTo(a.Time) : string.CompareOrdinal(b.ClientOrderId, a.ClientOrderId));
                _historyList = history;
                _historyDirty = false;
            }
            if (_tradesDirty)
            {
                var trades = _trades.Values.ToArray();
                Array.Sort(trades, static (a, b) => b.Time != a.Time ? b.Time.CompareTo(a.Time) : b.TradeId.CompareTo(a.TradeId));
                _tradeList = trades;
                _tradesDirty = false;
            }
            Snapshots.Publish(new SessionSnapshot(++_version, Health(), _latency, open, balances, _offlineChanges, _reconnects)
            {
                History = _historyList,
                Trades = _tradeList,
            });
        }
    }

    private void OnOrderChanged(OrderChange change)
    {
        Order o = change.Order;
        bool filled;
        lock (_gate)
        {
            OrderHistoryView? before = _history.GetValueOrDefault(o.ClientOrderId);
            OrderHistoryView now;
            lock (o)
            {
                long time = o.UpdateTime != 0 ? o.UpdateTime : before?.Time ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                now = new OrderHistoryView(o.ClientOrderId, o.ExchangeOrderId, o.Symbol, o.Side, o.Type, o.Price, o.StopPrice, o.Quantity,
                    o.ExecutedQuantity, o.CumulativeQuote, o.Status, o.RejectReason, time);
            }
            filled = now.Executed > (before?.Executed ?? Quantity.Zero);
            if (before != now)
            {
                _history[o.ClientOrderId] = now;
                _historyDirty = true;
            }
        }
        if (filled) RequestTrades(o.Symbol);
        Publish();
    }

    // The account's recent orders and trades of each symbol, once, when the user stream is first live: the history
    // tabs then show what happened before this session too. The session's own orders win over the exchange's list.
    private async Task LoadHistoryAsync()
    {
        foreach (string symbol in _symbols)
        {
            if (_stop.IsCancellationRequested) return;
            try
            {
                IReadOnlyList<OrderReport> orders = await Rest.GetAllOrdersAsync(symbol, limit: 1000, cancellationToken: _stop.Token).ConfigureAwait(false);
                lock (_gate)
                {
                    foreach (OrderReport r in orders)
                    {
                        if (_history.ContainsKey(r.ClientOrderId)) continue;
                        _history[r.ClientOrderId] = new OrderHistoryView(r.ClientOrderId, r.ExchangeOrderId, r.Symbol, r.Side, r.Type, r.Price, r.StopPrice,
                            r.Quantity, r.ExecutedQuantity, r.CumulativeQuote, r.Status, null, r.Time);
                        _historyDirty = true;
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or BinanceApiException or OperationCanceledException or ObjectDisposedException)
            {
                // History is a convenience: the session's own orders are tracked either way.
            }
            RequestTrades(symbol);
        }
        Publish();
    }

    // One trade fetch at a time; a symbol asked for while one runs is fetched after it (a burst of fills = one or two requests).
    private void RequestTrades(string symbol)
    {
        lock (_gate)
        {
            _tradeFetchWanted.Add(symbol);
            if (_tradeFetch is { IsCompleted: false }) return;
            _tradeFetch = Task.Run(FetchTradesAsync);
        }
    }

    private async Task FetchTradesAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            string symbol;
            long from = -1;
            lock (_gate)
            {
                if (_tradeFetchWanted.Count == 0)
                {
                    _tradeFetch = null;
                    return;
                }
                symbol = _tradeFetchWanted.First();
                _tradeFetchWanted.Remove(symbol);
                foreach (var key in _trades.Keys)
                    if (key.Symbol == symbol && key.TradeId > from) from = key.TradeId;
            }
            try
            {
                IReadOnlyList<AccountTrade> trades = await Rest.GetMyTradesAsync(symbol, fromTradeId: from >= 0 ? from + 1 : null, limit: 1000,
                    cancellationToken: _stop.Token).ConfigureAwait(false);
                lock (_gate)
                {
                    foreach (AccountTrade t in trades)
                    {
                        _trades[(t.Symbol, t.TradeId)] = new TradeView(t.Symbol, t.TradeId, t.ExchangeOrderId, t.IsBuyer ? OrderSide.Buy : OrderSide.Sell,
                            t.Price, t.Quantity, t.QuoteQuantity, t.Commission, t.CommissionAsset, t.IsMaker, t.Time);
                        _tradesDirty = true;
                    }
                    if (trades.Count == 1000) _tradeFetchWanted.Add(symbol); // more after these
                }
                Publish();
            }
            catch (Exception e) when (e is HttpRequestException or BinanceApiException or OperationCanceledException or ObjectDisposedException)
            {
                // The next fill, reconnect or start asks again.
            }
        }
        lock (_gate) _tradeFetch = null;
    }

    private async Task MeasureLatencyAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                long start = Stopwatch.GetTimestamp();
                await Rest.SyncClockAsync(_stop.Token).ConfigureAwait(false);
                TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
                lock (_gate) _latency = elapsed;
                Publish();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or BinanceApiException or OperationCanceledException)
            {
                // Unreachable for now: the header shows the streams' state; the next sample tries again.
            }
            try
            {
                await Task.Delay(_latencyInterval, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>DisposeAsync stops the streams and the latency sampling.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_latencyLoop is not null) await _latencyLoop.ConfigureAwait(false);
        Task? load, fetch;
        lock (_gate) load = _historyLoad;
        if (load is not null) await load.ConfigureAwait(false);
        lock (_gate) fetch = _tradeFetch;
        if (fetch is not null) await fetch.ConfigureAwait(false);
        if (_userStream is not null) await _userStream.DisposeAsync().ConfigureAwait(false);
        await Feed.DisposeAsync().ConfigureAwait(false);
        Rest.Dispose();
        _stop.Dispose();
    }
}
