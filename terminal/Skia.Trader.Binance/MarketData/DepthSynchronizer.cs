using Skia.Trader.Core.Books;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// DepthSynchronizer keeps one symbol's local book in step with the diff-depth stream by the
/// procedure BINANCE.md documents: buffer events, load a REST snapshot that is not older than the
/// first buffered U, drop events with u &lt;= lastUpdateId, require the first kept event to straddle
/// (U &lt;= lastUpdateId + 1 &lt;= u), then require each U to be the previous u + 1, else start over.
/// It does no I/O: the caller fetches snapshots when an outcome asks for one.
/// </summary>
internal sealed class DepthSynchronizer
{
    private readonly OrderBook _book;
    private readonly List<BufferedDiff> _buffer = new();
    private readonly Stack<BufferedDiff> _spare = new();
    private long _lastUpdateId;

    /// <summary>Creates a synchronizer that writes into <paramref name="book"/>, the feed's private full book.</summary>
    public DepthSynchronizer(OrderBook book) => _book = book;

    /// <summary>Book is the local book this synchronizer maintains (valid to read when <see cref="State"/> is Synced).</summary>
    public OrderBook Book => _book;

    /// <summary>State is where the procedure stands.</summary>
    public DepthSyncState State { get; private set; } = DepthSyncState.Buffering;

    /// <summary>LastUpdateId is the final update id (u) of the last event applied, or the snapshot's lastUpdateId.</summary>
    public long LastUpdateId => _lastUpdateId;

    /// <summary>FirstBufferedUpdateId is the U of the oldest buffered event, or 0 when none is buffered.</summary>
    public long FirstBufferedUpdateId => _buffer.Count > 0 ? _buffer[0].FirstUpdateId : 0;

    /// <summary>BufferedCount is the number of events waiting for a snapshot.</summary>
    public int BufferedCount => _buffer.Count;

    /// <summary>Gaps counts how often a missing update forced a resync.</summary>
    public long Gaps { get; private set; }

    /// <summary>OnDiff takes one diff-depth event (<c>U</c>, <c>u</c> and its levels) in arrival order.</summary>
    public DiffOutcome OnDiff(long firstUpdateId, long finalUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks, long eventTime = 0)
    {
        switch (State)
        {
            case DepthSyncState.Synced:
                if (firstUpdateId != _lastUpdateId + 1)
                {
                    if (finalUpdateId <= _lastUpdateId) return DiffOutcome.Stale; // a duplicate already applied
                    return StartOver(firstUpdateId, finalUpdateId, bids, asks, eventTime);
                }
                Apply(finalUpdateId, bids, asks, eventTime);
                return DiffOutcome.Applied;
            case DepthSyncState.Bridging:
                if (finalUpdateId <= _lastUpdateId) return DiffOutcome.Stale;
                if (firstUpdateId > _lastUpdateId + 1) return StartOver(firstUpdateId, finalUpdateId, bids, asks, eventTime);
                Apply(finalUpdateId, bids, asks, eventTime);
                State = DepthSyncState.Synced;
                return DiffOutcome.Applied;
            default:
                Buffer(firstUpdateId, finalUpdateId, bids, asks, eventTime);
                return DiffOutcome.Buffered;
        }
    }

    /// <summary>OnSnapshot takes a REST snapshot (<c>lastUpdateId</c>, bids, asks) fetched after buffering began.</summary>
    public SnapshotOutcome OnSnapshot(long lastUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks)
    {
        if (_buffer.Count > 0 && lastUpdateId < _buffer[0].FirstUpdateId) return SnapshotOutcome.TooOld;
        int first = 0;
        while (first < _buffer.Count && _buffer[first].FinalUpdateId <= lastUpdateId) first++;
        if (first < _buffer.Count && _buffer[first].FirstUpdateId > lastUpdateId + 1)
        {
            // Events between the snapshot and the first kept one are missing; only a newer snapshot helps.
            Recycle(0, first);
            return SnapshotOutcome.NoStraddle;
        }
        _book.ApplySnapshot(lastUpdateId, bids, asks);
        _lastUpdateId = lastUpdateId;
        State = DepthSyncState.Bridging;
        for (int i = first; i < _buffer.Count; i++)
        {
            BufferedDiff diff = _buffer[i];
            if (State == DepthSyncState.Synced && diff.FirstUpdateId != _lastUpdateId + 1)
            {
                // A gap inside the buffer: keep the events after it and ask for a newer snapshot.
                Gaps++;
                _book.Clear();
                State = DepthSyncState.Buffering;
                Recycle(0, i);
                return SnapshotOutcome.NoStraddle;
            }
            Apply(diff.FinalUpdateId, diff.Bids, diff.Asks, diff.EventTime);
            State = DepthSyncState.Synced;
        }
        Recycle(0, _buffer.Count);
        return State == DepthSyncState.Synced ? SnapshotOutcome.Synced : SnapshotOutcome.Bridging;
    }

    /// <summary>Reset discards the book and every buffered event (a new connection starts from step 1).</summary>
    public void Reset()
    {
        _book.Clear();
        Recycle(0, _buffer.Count);
        _lastUpdateId = 0;
        State = DepthSyncState.Buffering;
    }

    private DiffOutcome StartOver(long firstUpdateId, long finalUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks, long eventTime)
    {
        Gaps++;
        Reset();
        Buffer(firstUpdateId, finalUpdateId, bids, asks, eventTime);
        return DiffOutcome.Gap;
    }

    private void Apply(long finalUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks, long eventTime)
    {
        _book.ApplyDiff(finalUpdateId, bids, asks, eventTime);
        _lastUpdateId = finalUpdateId;
    }

    private void Buffer(long firstUpdateId, long finalUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks, long eventTime)
    {
        BufferedDiff diff = _spare.Count > 0 ? _spare.Pop() : new BufferedDiff();
        diff.Fill(firstUpdateId, finalUpdateId, bids, asks, eventTime);
        _buffer.Add(diff);
    }

    private void Recycle(int start, int count)
    {
        for (int i = start; i < start + count; i++) _spare.Push(_buffer[i]);
        _buffer.RemoveRange(start, count);
    }

    /// <summary>BufferedDiff is a copy of one event held until its snapshot arrives; instances are reused.</summary>
    private sealed class BufferedDiff
    {
        private BookLevel[] _bids = new BookLevel[16];
        private BookLevel[] _asks = new BookLevel[16];
        private int _bidCount;
        private int _askCount;

        public long FirstUpdateId { get; private set; }

        public long FinalUpdateId { get; private set; }

        public ReadOnlySpan<BookLevel> Bids => _bids.AsSpan(0, _bidCount);

        public ReadOnlySpan<BookLevel> Asks => _asks.AsSpan(0, _askCount);

        public long EventTime { get; private set; }

        public void Fill(long firstUpdateId, long finalUpdateId, ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks, long eventTime)
        {
            EventTime = eventTime;
            FirstUpdateId = firstUpdateId;
            FinalUpdateId = finalUpdateId;
            if (_bids.Length < bids.Length) _bids = new BookLevel[bids.Length];
            if (_asks.Length < asks.Length) _asks = new BookLevel[asks.Length];
            bids.CopyTo(_bids);
            asks.CopyTo(_asks);
            _bidCount = bids.Length;
            _askCount = asks.Length;
        }
    }
}
