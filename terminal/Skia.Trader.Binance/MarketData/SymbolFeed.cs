using Skia.Trader.Core.Books;
using Skia.Trader.Core.Threading;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// SymbolFeed is one symbol's market data as a <see cref="MarketDataFeed"/> keeps it: the private full
/// book (feed thread only), its published top-N snapshots, the sync state, the latest book ticker and
/// trade. Readers on other threads use <see cref="Book"/>, <see cref="SyncState"/> and the Try methods.
/// </summary>
public sealed class SymbolFeed
{
    private readonly object _gate = new();
    private BookTickerQuote _ticker;
    private bool _hasTicker;
    private TradePrint _lastTrade;
    private TickerUpdate _ticker24h;
    private MiniTickerUpdate _miniTicker;
    private AveragePriceUpdate _averagePrice;
    private bool _hasTicker24h, _hasMiniTicker, _hasAveragePrice;
    private long _trades;
    private long _messages, _depthMessages, _tickerVersion;
    private int _syncState;

    internal SymbolFeed(string symbol)
    {
        Symbol = symbol;
        LocalBook = new OrderBook(symbol);
        Synchronizer = new DepthSynchronizer(LocalBook);
        MetricTags = Diagnostics.BinanceMetrics.SymbolTags(symbol);
    }

    /// <summary>Symbol is the upper-case symbol name.</summary>
    public string Symbol { get; }

    /// <summary>Book holds the newest published top-N snapshot of the book (null until the first sync).</summary>
    public SnapshotSlot<OrderBookSnapshot> Book { get; } = new();

    /// <summary>SyncState is where the book stands in the snapshot + diff procedure (Synced for partial depth once one arrived).</summary>
    public DepthSyncState SyncState => (DepthSyncState)Volatile.Read(ref _syncState);

    /// <summary>Resyncs counts how often the book had to be rebuilt from a new snapshot (gaps, reconnects).</summary>
    public long Resyncs { get; internal set; }

    /// <summary>Gaps counts sequence gaps detected in the diff stream.</summary>
    public long Gaps => Synchronizer.Gaps;

    /// <summary>MessagesReceived counts every stream message of this symbol the feed parsed (diffs, trades, tickers; duplicates of a renewal included).</summary>
    public long MessagesReceived => Interlocked.Read(ref _messages);

    /// <summary>DepthUpdatesReceived counts the diff-depth (or partial-depth) messages of this symbol the feed parsed.</summary>
    public long DepthUpdatesReceived => Interlocked.Read(ref _depthMessages);

    internal void CountMessage(bool depth)
    {
        Interlocked.Increment(ref _messages);
        if (depth) Interlocked.Increment(ref _depthMessages);
    }

    /// <summary>TickerVersion changes after every 24 h ticker stored (<see cref="TryGetTicker"/>): a poller compares it without taking the lock the feed thread writes under.</summary>
    public long TickerVersion => Interlocked.Read(ref _tickerVersion);

    /// <summary>TradeCount counts trades received.</summary>
    public long TradeCount => Interlocked.Read(ref _trades);

    /// <summary>TryGetBookTicker returns the latest book-ticker quote, false before the first one.</summary>
    public bool TryGetBookTicker(out BookTickerQuote quote)
    {
        lock (_gate)
        {
            quote = _ticker;
            return _hasTicker;
        }
    }

    /// <summary>TryGetLastTrade returns the latest trade, false before the first one.</summary>
    public bool TryGetLastTrade(out TradePrint trade)
    {
        lock (_gate)
        {
            trade = _lastTrade;
            return Interlocked.Read(ref _trades) > 0;
        }
    }

    /// <summary>TryGetTicker returns the latest <c>@ticker</c> statistics, false before the first one.</summary>
    public bool TryGetTicker(out TickerUpdate ticker)
    {
        lock (_gate)
        {
            ticker = _ticker24h;
            return _hasTicker24h;
        }
    }

    /// <summary>TryGetMiniTicker returns the latest mini ticker (from <c>@miniTicker</c> or <c>!miniTicker@arr</c>), false before the first one.</summary>
    public bool TryGetMiniTicker(out MiniTickerUpdate ticker)
    {
        lock (_gate)
        {
            ticker = _miniTicker;
            return _hasMiniTicker;
        }
    }

    /// <summary>TryGetAveragePrice returns the latest <c>@avgPrice</c> event, false before the first one.</summary>
    public bool TryGetAveragePrice(out AveragePriceUpdate average)
    {
        lock (_gate)
        {
            average = _averagePrice;
            return _hasAveragePrice;
        }
    }

    internal void SetTicker24h(in TickerUpdate ticker)
    {
        lock (_gate)
        {
            _ticker24h = ticker;
            _hasTicker24h = true;
        }
        Interlocked.Increment(ref _tickerVersion);
    }

    internal void SetMiniTicker(in MiniTickerUpdate ticker)
    {
        lock (_gate)
        {
            _miniTicker = ticker;
            _hasMiniTicker = true;
        }
    }

    internal void SetAveragePrice(in AveragePriceUpdate average)
    {
        lock (_gate)
        {
            _averagePrice = average;
            _hasAveragePrice = true;
        }
    }

    internal OrderBook LocalBook { get; }

    /// <summary>MetricTags is this symbol's tag for the client's meter, built once so recording allocates nothing.</summary>
    internal KeyValuePair<string, object?>[] MetricTags { get; }

    internal DepthSynchronizer Synchronizer { get; }

    /// <summary>BookGate serialises the feed thread and the snapshot fetch on the private book.</summary>
    internal object BookGate { get; } = new();

    internal bool SnapshotInFlight;

    internal bool Dirty;

    internal long LastPublishTimestamp;

    // The last sequence ids taken from the stream (feed thread, under the feed's frame gate): a connection renewal
    // compares them with its successor's first ids, and drops what the successor repeats.
    internal long LastDiffFinalId;
    internal long LastTradeId = -1;
    internal long LastAggregateTradeId = -1;
    internal long LastTickerUpdateId = -1;

    internal void SetSyncState(DepthSyncState state) => Volatile.Write(ref _syncState, (int)state);

    internal void SetTicker(in BookTickerQuote quote)
    {
        lock (_gate)
        {
            _ticker = quote;
            _hasTicker = true;
        }
    }

    internal void AddTrade(in TradePrint trade)
    {
        lock (_gate)
        {
            _lastTrade = trade;
            Interlocked.Increment(ref _trades);
        }
    }
}
