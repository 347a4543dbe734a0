using System.Diagnostics;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Diagnostics;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// MarketDataFeed follows a set of symbols over one combined market stream: it keeps each symbol's
/// full book in sync (diff stream + REST snapshot, resync on any gap or reconnect) or takes partial
/// depth snapshots, records book tickers and trades, and publishes immutable top-N book snapshots for
/// the UI. Frames are parsed and applied on the connection's thread without allocating; connection and
/// sync changes are raised as events. Before the server's 24 h cut the connection is renewed with overlap
/// (<see cref="ConnectionRenewal"/>): the new one is open and subscribed, and takes over only once it has caught up
/// on every symbol, so no update is missed and none is applied twice (no resync).
/// </summary>
public sealed class MarketDataFeed : IAsyncDisposable
{
    private readonly BinanceRestClient _rest;
    private readonly MarketDataOptions _options;
    private readonly SymbolTable _table = new();
    private readonly SymbolFeed[] _symbols;
    private readonly MarketFrameParser _parser;
    private readonly Uri _uri;
    private readonly CancellationTokenSource _stop = new();
    private readonly Timer _flush;
    // Serialises frames of the current connection and of a renewal's successor (two receive threads during an overlap).
    private readonly object _frameGate = new();
    private readonly List<Task> _retiring = new();
    private WebSocketConnection _connection;
    private ConnectionRenewal? _renewal;
    private long _renewals;
    private int _generation;

    /// <summary>Creates a feed for <paramref name="endpoint"/>; snapshots come through <paramref name="rest"/>. Call <see cref="Start"/>.</summary>
    public MarketDataFeed(BinanceEndpoint endpoint, BinanceRestClient rest, MarketDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Symbols.Count == 0) throw new ArgumentException("At least one symbol is needed.", nameof(options));
        if (options.Depth == DepthMode.Partial && options.PartialLevels is not (5 or 10 or 20))
            throw new ArgumentException("Partial depth must be 5, 10 or 20 levels.", nameof(options));
        _rest = rest;
        _options = options;
        _symbols = options.Symbols.Select(s => new SymbolFeed(s.ToUpperInvariant())).ToArray();
        foreach (SymbolFeed s in _symbols) _table.Add(s.Symbol);
        _parser = new MarketFrameParser(_table);
        _uri = new(endpoint.StreamBase, "/stream?streams=" + string.Join("/", StreamNames()));
        _connection = CreateConnection();
        _flush = new Timer(_ => FlushDirtyBooks(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Symbols are the per-symbol views, in the order given.</summary>
    public IReadOnlyList<SymbolFeed> Symbols => _symbols;

    /// <summary>ConnectionStatus is the stream connection's latest state.</summary>
    public ConnectionStatus ConnectionStatus => _connection.Status;

    /// <summary>ConnectionChanged is raised at every connection state change.</summary>
    public event Action<ConnectionStatus>? ConnectionChanged;

    /// <summary>SyncChanged is raised whenever a book changes sync state (on the feed or snapshot thread).</summary>
    public event Action<SyncStateChange>? SyncChanged;

    /// <summary>TradeReceived is raised on the feed thread for each trade (keep handlers short).</summary>
    public event Action<SymbolFeed, TradePrint>? TradeReceived;

    /// <summary>Renewals counts overlapping connection renewals completed (the 24 h rule): each one a handover with no resync.</summary>
    public long Renewals => Interlocked.Read(ref _renewals);

    /// <summary>FramesAccepted counts frames parsed into something used.</summary>
    public long FramesAccepted => _parser.Counters.Accepted;

    /// <summary>FramesRejected counts malformed or unusable frames.</summary>
    public long FramesRejected => _parser.Counters.RejectedTotal;

    internal FrameCounters Counters => _parser.Counters;

    /// <summary>RenewalFramesKept is how many frames a renewal in progress holds for its handover (0 when none is in progress).</summary>
    internal int RenewalFramesKept
    {
        get
        {
            lock (_frameGate) return _renewal?.Frames.Count ?? 0;
        }
    }

    /// <summary>Find returns the view of one symbol (any case), or null.</summary>
    public SymbolFeed? Find(string symbol) =>
        _table.TryFind(System.Text.Encoding.ASCII.GetBytes(symbol), out int id) ? _symbols[id] : null;

    /// <summary>Start connects and begins following the symbols.</summary>
    public void Start()
    {
        _connection.Start();
        _flush.Change(_options.PublishInterval, _options.PublishInterval);
    }

    /// <summary>StreamNames lists the subscribed stream names (lower-case symbols as Binance requires).</summary>
    public IEnumerable<string> StreamNames()
    {
        foreach (SymbolFeed s in _symbols)
        {
            string sym = s.Symbol.ToLowerInvariant();
            if (_options.Depth == DepthMode.Diff) yield return sym + "@depth@100ms";
            else if (_options.Depth == DepthMode.Partial) yield return $"{sym}@depth{_options.PartialLevels}@100ms";
            if (_options.Trades) yield return sym + "@trade";
            if (_options.AggregateTrades) yield return sym + "@aggTrade";
            if (_options.BookTickers) yield return sym + "@bookTicker";
            if (_options.KlineInterval is { } interval) yield return sym + "@kline_" + interval;
            if (_options.Tickers) yield return sym + "@ticker";
            if (_options.MiniTickers) yield return sym + "@miniTicker";
            if (_options.AveragePrices) yield return sym + "@avgPrice";
        }
        if (_options.AllMiniTickers) yield return "!miniTicker@arr";
    }

    private WebSocketConnection CreateConnection()
    {
        WebSocketConnection? created = null;
        created = new WebSocketConnection(() => _uri, frame => OnFrame(created!, frame), _options.Connection, OnConnectedAsync)
        {
            RenewalDue = BeginRenewal,
        };
        created.StatusChanged += status => OnStatus(created, status);
        return created;
    }

    private void OnStatus(WebSocketConnection source, ConnectionStatus status)
    {
        if (source != _connection) return; // a successor before its handover, or a retired connection
        ConnectionChanged?.Invoke(status);
        if (status.State == ConnectionState.Reconnecting)
        {
            BinanceMetrics.RecordReconnect("market_data");
            lock (_frameGate)
            {
                // The current connection died during an overlap: the successor, already subscribed, takes over now
                // (a gap between them, if any, is caught by the sequence checks like any other gap).
                if (_renewal is { ConnectedAt: not 0 } renewal && source == _connection)
                    HandOver(renewal, "connection lost during renewal: " + status.Reason);
            }
        }
    }

    private void BeginRenewal(WebSocketConnection due)
    {
        WebSocketConnection successor;
        lock (_frameGate)
        {
            if (due != _connection || _renewal != null || _stop.IsCancellationRequested) return;
            var renewal = new ConnectionRenewal(_symbols.Length);
            renewal.Successor = successor = CreateConnection();
            _renewal = renewal;
        }
        ConnectionChanged?.Invoke(new ConnectionStatus(ConnectionState.Connected, "renewing before the 24 h cut: opening the next connection",
            due.Status.Connects, TimeSpan.Zero));
        successor.Start();
    }

    private Task OnConnectedAsync(WebSocketConnection connection, CancellationToken cancellationToken)
    {
        lock (_frameGate)
        {
            if (_renewal is { } renewal && connection == renewal.Successor)
            {
                // Subscribed by its URL: compare its stream with the current one's until it has caught up.
                renewal.OnConnected();
                renewal.Deadline?.Dispose();
                renewal.Deadline = new Timer(_ => ForceHandOver(renewal), null, _options.Connection.RenewalHandoverLimit, Timeout.InfiniteTimeSpan);
                return Task.CompletedTask;
            }
            if (connection != _connection) return Task.CompletedTask;
            // The current connection itself reconnected: any renewal in progress is moot, and the stream starts afresh
            // (a replaying exchange starts its ids over), so nothing seen before may hide what comes.
            AbortRenewal();
            foreach (SymbolFeed s in _symbols)
            {
                s.LastDiffFinalId = 0;
                s.LastTradeId = -1;
                s.LastAggregateTradeId = -1;
                s.LastTickerUpdateId = -1;
            }
        }
        // A new connection carries no history: every book starts again from step 1.
        Interlocked.Increment(ref _generation);
        foreach (SymbolFeed s in _symbols)
        {
            lock (s.BookGate)
            {
                s.Synchronizer.Reset();
                s.SnapshotInFlight = false;
                s.Dirty = false;
            }
            ChangeState(s, DepthSyncState.Buffering, "connected: fetching the snapshot");
            // Fetch at once rather than on the first diff, so a quiet symbol still gets a book;
            // the straddle check on the first diff still catches anything missed in between.
            if (_options.Depth == DepthMode.Diff) RequestSnapshot(s);
        }
        return Task.CompletedTask;
    }

    private void OnFrame(WebSocketConnection source, ReadOnlySpan<byte> frame)
    {
        lock (_frameGate)
        {
            if (source == _connection)
            {
                Process(frame);
                if (_renewal is { ConnectedAt: not 0 } pending && CaughtUp(pending)) HandOver(pending, "caught up on every symbol");
            }
            else if (_renewal is { } renewal && source == renewal.Successor && renewal.ConnectedAt != 0)
            {
                NoteFirstIds(renewal, frame);
                renewal.Keep(frame);
                if (CaughtUp(renewal)) HandOver(renewal, "caught up on every symbol");
            }
            // Anything else is a retired connection's last frames: its successor delivers them.
        }
    }

    private void NoteFirstIds(ConnectionRenewal renewal, ReadOnlySpan<byte> frame)
    {
        MarketEventKind kind = _parser.Parse(frame);
        MarketEvent ev = _parser.Event;
        switch (kind)
        {
            case MarketEventKind.DepthUpdate when renewal.FirstDiff[ev.SymbolId] == 0:
                renewal.FirstDiff[ev.SymbolId] = ev.FirstUpdateId;
                break;
            case MarketEventKind.Trade when renewal.FirstTrade[ev.SymbolId] < 0:
                renewal.FirstTrade[ev.SymbolId] = ev.TradeId;
                break;
            case MarketEventKind.AggregateTrade when renewal.FirstAggregateTrade[ev.SymbolId] < 0:
                renewal.FirstAggregateTrade[ev.SymbolId] = ev.TradeId;
                break;
        }
    }

    // The successor has caught up when, for every symbol and every sequenced stream, the current connection has already
    // delivered the event just before the successor's first one: from there on the successor alone has everything.
    private bool CaughtUp(ConnectionRenewal renewal)
    {
        for (int i = 0; i < _symbols.Length; i++)
        {
            SymbolFeed s = _symbols[i];
            if (_options.Depth == DepthMode.Diff && (renewal.FirstDiff[i] == 0 || s.LastDiffFinalId + 1 < renewal.FirstDiff[i])) return false;
            if (_options.Trades && (renewal.FirstTrade[i] < 0 || s.LastTradeId + 1 < renewal.FirstTrade[i])) return false;
            if (_options.AggregateTrades && (renewal.FirstAggregateTrade[i] < 0 || s.LastAggregateTradeId + 1 < renewal.FirstAggregateTrade[i])) return false;
        }
        return true;
    }

    private void ForceHandOver(ConnectionRenewal renewal)
    {
        lock (_frameGate)
        {
            // A symbol stayed quiet for the whole limit: whatever the old connection had was delivered long ago.
            if (_renewal == renewal && renewal.ConnectedAt != 0) HandOver(renewal, "handover limit reached (a symbol was quiet)");
        }
    }

    // Called under _frameGate.
    private void HandOver(ConnectionRenewal renewal, string why)
    {
        WebSocketConnection retired = _connection;
        _connection = renewal.Successor;
        _renewal = null;
        renewal.Deadline?.Dispose();
        foreach (byte[] frame in renewal.Frames) Process(frame);
        Interlocked.Increment(ref _renewals);
        ConnectionChanged?.Invoke(new ConnectionStatus(ConnectionState.Connected, "renewed before the 24 h cut: " + why, _connection.Status.Connects, TimeSpan.Zero));
        Retire(retired);
    }

    // Called under _frameGate.
    private void AbortRenewal()
    {
        if (_renewal is not { } renewal) return;
        _renewal = null;
        renewal.Deadline?.Dispose();
        Retire(renewal.Successor);
    }

    // Called under _frameGate. Disposing waits for the connection's loop, which may be the caller's own thread: do it elsewhere.
    private void Retire(WebSocketConnection connection)
    {
        _retiring.RemoveAll(t => t.IsCompleted);
        _retiring.Add(Task.Run(async () => await connection.DisposeAsync().ConfigureAwait(false)));
    }

    // Called under _frameGate. An event the previous connection of a renewal already delivered comes again on its
    // successor (replayed at the handover, or later when the old one was ahead): the streams' sequence ids drop it.
    private void Process(ReadOnlySpan<byte> frame)
    {
        MarketEventKind kind = _parser.Parse(frame);
        MarketEvent ev = _parser.Event;
        if (kind is MarketEventKind.DepthUpdate or MarketEventKind.PartialDepth or MarketEventKind.BookTicker or MarketEventKind.Trade
            or MarketEventKind.AggregateTrade or MarketEventKind.Ticker or MarketEventKind.MiniTicker or MarketEventKind.AveragePrice)
            _symbols[ev.SymbolId].CountMessage(kind is MarketEventKind.DepthUpdate or MarketEventKind.PartialDepth);
        switch (kind)
        {
            case MarketEventKind.DepthUpdate:
            {
                SymbolFeed s = _symbols[ev.SymbolId];
                if (ev.FinalUpdateId <= s.LastDiffFinalId) break;
                s.LastDiffFinalId = ev.FinalUpdateId;
                BinanceMetrics.RecordFeedEvent(s.MetricTags, ev.EventTime);
                OnDepthUpdate(s, ev);
                break;
            }
            case MarketEventKind.PartialDepth:
            {
                SymbolFeed s = _symbols[ev.SymbolId];
                BinanceMetrics.RecordFeedMessage(s.MetricTags);
                lock (s.BookGate)
                {
                    s.LocalBook.ApplySnapshot(ev.FinalUpdateId, ev.Bids, ev.Asks);
                    s.Dirty = true;
                    MaybePublish(s);
                }
                if (s.SyncState != DepthSyncState.Synced) ChangeState(s, DepthSyncState.Synced, "partial depth received");
                break;
            }
            case MarketEventKind.BookTicker:
            {
                SymbolFeed s = _symbols[ev.SymbolId];
                if (ev.FinalUpdateId <= s.LastTickerUpdateId) break;
                s.LastTickerUpdateId = ev.FinalUpdateId;
                BinanceMetrics.RecordFeedMessage(s.MetricTags);
                s.SetTicker(new BookTickerQuote(ev.FinalUpdateId, ev.BestBidPrice, ev.BestBidQuantity, ev.BestAskPrice, ev.BestAskQuantity));
                break;
            }
            case MarketEventKind.Trade:
            case MarketEventKind.AggregateTrade:
            {
                SymbolFeed s = _symbols[ev.SymbolId];
                ref long last = ref kind == MarketEventKind.Trade ? ref s.LastTradeId : ref s.LastAggregateTradeId;
                if (ev.TradeId <= last) break;
                last = ev.TradeId;
                BinanceMetrics.RecordFeedEvent(s.MetricTags, ev.EventTime);
                var trade = new TradePrint(ev.TradeId, ev.Price, ev.Quantity, ev.TradeTime, ev.BuyerIsMaker);
                s.AddTrade(trade);
                TradeReceived?.Invoke(s, trade);
                break;
            }
            case MarketEventKind.Ticker:
                _symbols[ev.SymbolId].SetTicker24h(ev.Ticker);
                break;
            case MarketEventKind.MiniTicker:
                _symbols[ev.SymbolId].SetMiniTicker(ev.MiniTicker);
                break;
            case MarketEventKind.MiniTickerArray:
                foreach (MiniTickerEntry entry in ev.MiniTickers) _symbols[entry.SymbolId].SetMiniTicker(entry.Update);
                break;
            case MarketEventKind.AveragePrice:
                _symbols[ev.SymbolId].SetAveragePrice(ev.AveragePrice);
                break;
            case MarketEventKind.ServerShutdown:
                _connection.RequestReconnect("serverShutdown announced");
                break;
        }
    }

    private void OnDepthUpdate(SymbolFeed s, MarketEvent ev)
    {
        DiffOutcome outcome;
        long expected;
        bool bridged = false;
        lock (s.BookGate)
        {
            expected = s.Synchronizer.LastUpdateId + 1;
            DepthSyncState before = s.Synchronizer.State;
            outcome = s.Synchronizer.OnDiff(ev.FirstUpdateId, ev.FinalUpdateId, ev.Bids, ev.Asks, ev.EventTime);
            if (outcome == DiffOutcome.Applied)
            {
                s.Dirty = true;
                MaybePublish(s);
                bridged = before == DepthSyncState.Bridging;
            }
        }
        if (bridged) ChangeState(s, DepthSyncState.Synced, "bridging update applied");
        if (outcome == DiffOutcome.Gap)
        {
            ChangeState(s, DepthSyncState.Buffering, $"gap: expected U={expected}, got U={ev.FirstUpdateId}; resyncing");
            RequestSnapshot(s);
        }
        else if (outcome == DiffOutcome.Buffered)
        {
            RequestSnapshot(s);
        }
    }

    private void ChangeState(SymbolFeed s, DepthSyncState state, string reason)
    {
        s.SetSyncState(state);
        SyncChanged?.Invoke(new SyncStateChange(s.Symbol, state, reason));
    }

    private void RequestSnapshot(SymbolFeed s)
    {
        lock (s.BookGate)
        {
            if (s.SnapshotInFlight) return;
            s.SnapshotInFlight = true;
        }
        int generation = Volatile.Read(ref _generation);
        _ = Task.Run(() => FetchSnapshotAsync(s, generation));
    }

    private async Task FetchSnapshotAsync(SymbolFeed s, int generation)
    {
        CancellationToken stop = _stop.Token;
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));
        while (!stop.IsCancellationRequested && generation == Volatile.Read(ref _generation))
        {
            string reason;
            TimeSpan? retryAfter = null;
            try
            {
                DepthSnapshot snapshot = await _rest.GetDepthAsync(s.Symbol, _options.SnapshotLimit, stop).ConfigureAwait(false);
                SnapshotOutcome outcome;
                lock (s.BookGate)
                {
                    if (generation != Volatile.Read(ref _generation)) return;
                    outcome = s.Synchronizer.OnSnapshot(snapshot.LastUpdateId, snapshot.Bids, snapshot.Asks);
                    if (outcome is SnapshotOutcome.Synced or SnapshotOutcome.Bridging)
                    {
                        s.SnapshotInFlight = false;
                        s.Resyncs++;
                        BinanceMetrics.RecordResync(s.MetricTags);
                        s.Dirty = true;
                        Publish(s);
                    }
                }
                if (outcome == SnapshotOutcome.Synced)
                {
                    ChangeState(s, DepthSyncState.Synced, $"snapshot {snapshot.LastUpdateId} applied");
                    return;
                }
                if (outcome == SnapshotOutcome.Bridging)
                {
                    ChangeState(s, DepthSyncState.Bridging, $"snapshot {snapshot.LastUpdateId} loaded; waiting for the bridging update");
                    return;
                }
                reason = outcome == SnapshotOutcome.TooOld ? "snapshot older than the buffered updates" : "updates missing after the snapshot";
            }
            catch (BinanceApiException e)
            {
                reason = "snapshot failed: " + e.Message;
                // After a 429/418 the client holds every request until Retry-After; asking sooner only fails again.
                retryAfter = e.RetryAfter;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            SyncChanged?.Invoke(new SyncStateChange(s.Symbol, s.SyncState, reason + "; fetching again"));
            TimeSpan delay = backoff.NextDelay();
            if (retryAfter > delay) delay = retryAfter.Value;
            try { await Task.Delay(delay, stop).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
    }

    // Called under BookGate.
    private void MaybePublish(SymbolFeed s)
    {
        if (Stopwatch.GetElapsedTime(s.LastPublishTimestamp) >= _options.PublishInterval) Publish(s);
    }

    // Called under BookGate.
    private void Publish(SymbolFeed s)
    {
        // Bridging books are exact as of their snapshot; only a buffering one is not a book yet.
        if (s.Synchronizer.State == DepthSyncState.Buffering && _options.Depth == DepthMode.Diff) return;
        s.Book.Publish(s.LocalBook.ToSnapshot(_options.PublishedLevels));
        s.Dirty = false;
        s.LastPublishTimestamp = Stopwatch.GetTimestamp();
    }

    private void FlushDirtyBooks()
    {
        foreach (SymbolFeed s in _symbols)
        {
            lock (s.BookGate)
            {
                if (s.Dirty) Publish(s);
            }
        }
    }

    /// <summary>PublishNow publishes every book that changed since its last publish, without waiting for the interval (e.g. before a final report).</summary>
    public void PublishNow() => FlushDirtyBooks();

    /// <summary>RequestReconnect drops the stream and connects again (tests, or a user's "reconnect" button).</summary>
    public void RequestReconnect(string reason) => _connection.RequestReconnect(reason);

    /// <summary>DisposeAsync stops the stream and any snapshot fetch.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _flush.DisposeAsync().ConfigureAwait(false);
        WebSocketConnection current;
        Task[] retiring;
        lock (_frameGate)
        {
            AbortRenewal();
            current = _connection;
            retiring = _retiring.ToArray();
        }
        await current.DisposeAsync().ConfigureAwait(false);
        await Task.WhenAll(retiring).ConfigureAwait(false);
        _stop.Dispose();
    }
}
