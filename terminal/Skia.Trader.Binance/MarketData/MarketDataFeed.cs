using System.Diagnostics;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// MarketDataFeed follows a set of symbols over one combined market stream: it keeps each symbol's
/// full book in sync (diff stream + REST snapshot, resync on any gap or reconnect) or takes partial
/// depth snapshots, records book tickers and trades, and publishes immutable top-N book snapshots for
/// the UI. Frames are parsed and applied on the connection's thread without allocating; connection and
/// sync changes are raised as events.
/// </summary>
public sealed class MarketDataFeed : IAsyncDisposable
{
    private readonly BinanceRestClient _rest;
    private readonly MarketDataOptions _options;
    private readonly SymbolTable _table = new();
    private readonly SymbolFeed[] _symbols;
    private readonly MarketFrameParser _parser;
    private readonly WebSocketConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Timer _flush;
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
        Uri uri = new(endpoint.StreamBase, "/stream?streams=" + string.Join("/", StreamNames()));
        _connection = new WebSocketConnection(() => uri, OnFrame, options.Connection, OnConnectedAsync);
        _connection.StatusChanged += status => ConnectionChanged?.Invoke(status);
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

    /// <summary>FramesAccepted counts frames parsed into something used.</summary>
    public long FramesAccepted => _parser.Counters.Accepted;

    /// <summary>FramesRejected counts malformed or unusable frames.</summary>
    public long FramesRejected => _parser.Counters.RejectedTotal;

    internal FrameCounters Counters => _parser.Counters;

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

    private Task OnConnectedAsync(WebSocketConnection connection, CancellationToken cancellationToken)
    {
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

    private void OnFrame(ReadOnlySpan<byte> frame)
    {
        MarketEventKind kind = _parser.Parse(frame);
        MarketEvent ev = _parser.Event;
        switch (kind)
        {
            case MarketEventKind.DepthUpdate:
                OnDepthUpdate(_symbols[ev.SymbolId], ev);
                break;
            case MarketEventKind.PartialDepth:
            {
                SymbolFeed s = _symbols[ev.SymbolId];
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
                _symbols[ev.SymbolId].SetTicker(new BookTickerQuote(ev.FinalUpdateId, ev.BestBidPrice, ev.BestBidQuantity, ev.BestAskPrice, ev.BestAskQuantity));
                break;
            case MarketEventKind.Trade:
            case MarketEventKind.AggregateTrade:
            {
                var trade = new TradePrint(ev.TradeId, ev.Price, ev.Quantity, ev.TradeTime, ev.BuyerIsMaker);
                SymbolFeed s = _symbols[ev.SymbolId];
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
            }
            catch (OperationCanceledException)
            {
                return;
            }
            SyncChanged?.Invoke(new SyncStateChange(s.Symbol, s.SyncState, reason + "; fetching again"));
            try { await Task.Delay(backoff.NextDelay(), stop).ConfigureAwait(false); }
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
        await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
