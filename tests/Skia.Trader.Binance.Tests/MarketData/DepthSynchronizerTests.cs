using System.Globalization;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Tests.MarketData;

public class DepthSynchronizerTests
{
    private static BookLevel L(long price, long quantity) => new(Price.FromRaw(price), Quantity.FromRaw(quantity));

    private static long[] Bids(OrderBook book) => Enumerable.Range(0, book.BidCount).Select(i => book.GetLevel(BookSide.Bid, i).Price.Raw).ToArray();

    private static long[] Asks(OrderBook book) => Enumerable.Range(0, book.AskCount).Select(i => book.GetLevel(BookSide.Ask, i).Price.Raw).ToArray();

    [Fact]
    public void Recorded_session_syncs_every_book_with_no_gap_and_matches_an_independent_replay()
    {
        var table = new SymbolTable();
        foreach (string s in RecordedSession.Symbols) table.Add(s);
        var parser = new MarketFrameParser(table);
        var books = RecordedSession.Symbols.Select(s => new OrderBook(s)).ToArray();
        var syncs = books.Select(b => new DepthSynchronizer(b)).ToArray();

        // Deliver each snapshot at the point of the recording where it was taken.
        var snapshotTimes = File.ReadLines(Path.Combine(RecordedSession.Directory, "depth-snapshots.http.txt"))
            .Where(l => l.Length > 0)
            .Select(l => (Symbol: l[(l.IndexOf("symbol=", StringComparison.Ordinal) + 7)..l.IndexOf('&')],
                Time: double.Parse(l[(l.IndexOf(" -> ", StringComparison.Ordinal) + 4)..l.IndexOf(": ", StringComparison.Ordinal)], CultureInfo.InvariantCulture)))
            .OrderBy(x => x.Time).ToList();
        var snapshots = RecordedSession.Snapshots();
        var lines = File.ReadLines(Path.Combine(RecordedSession.Directory, "streams.ws.txt")).Skip(1).Where(l => l.Length > 0);
        int next = 0;
        foreach (string line in lines)
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            double time = double.Parse(line[..colon], CultureInfo.InvariantCulture);
            while (next < snapshotTimes.Count && snapshotTimes[next].Time <= time)
            {
                DeliverSnapshot(snapshotTimes[next++].Symbol);
            }
            if (parser.Parse(RecordedSession.Utf8(line[(colon + 2)..])) != MarketEventKind.DepthUpdate) continue;
            MarketEvent ev = parser.Event;
            DiffOutcome outcome = syncs[ev.SymbolId].OnDiff(ev.FirstUpdateId, ev.FinalUpdateId, ev.Bids, ev.Asks);
            Assert.NotEqual(DiffOutcome.Gap, outcome);
        }
        while (next < snapshotTimes.Count) DeliverSnapshot(snapshotTimes[next++].Symbol);

        for (int i = 0; i < books.Length; i++)
        {
            var expected = IndependentBookComputation.Compute(RecordedSession.Symbols[i]);
            Assert.Equal(DepthSyncState.Synced, syncs[i].State);
            Assert.Equal(0, syncs[i].Gaps);
            Assert.Equal(expected.LastUpdateId, syncs[i].LastUpdateId);
            Assert.True(expected.Applied > 0);
            Assert.Equal(expected.BestBid, books[i].GetLevel(BookSide.Bid, 0).Price.Raw / 100_000_000m);
            Assert.Equal(expected.BestAsk, books[i].GetLevel(BookSide.Ask, 0).Price.Raw / 100_000_000m);
            Assert.Equal(expected.BidLevels, books[i].BidCount);
            Assert.Equal(expected.AskLevels, books[i].AskCount);
            Assert.Equal(expected.LastUpdateId, books[i].LastUpdateId);
            Assert.False(books[i].IsCrossed);
        }

        void DeliverSnapshot(string symbol)
        {
            table.TryFind(RecordedSession.Utf8(symbol), out int id);
            Assert.Equal(MarketEventKind.PartialDepth, parser.Parse(RecordedSession.Utf8(snapshots[symbol]), id));
            SnapshotOutcome outcome = syncs[id].OnSnapshot(parser.Event.FinalUpdateId, parser.Event.Bids, parser.Event.Asks);
            Assert.True(outcome is SnapshotOutcome.Synced or SnapshotOutcome.Bridging, $"{symbol}: {outcome}");
        }
    }

    [Fact]
    public void A_snapshot_older_than_the_first_buffered_event_is_refused()
    {
        var sync = new DepthSynchronizer(new OrderBook("TEST"));
        Assert.Equal(DiffOutcome.Buffered, sync.OnDiff(100, 105, [L(10, 1)], []));
        Assert.Equal(SnapshotOutcome.TooOld, sync.OnSnapshot(98, [L(9, 1)], [L(11, 1)]));
        Assert.Equal(DepthSyncState.Buffering, sync.State);
        Assert.Equal(SnapshotOutcome.Synced, sync.OnSnapshot(101, [L(9, 1)], [L(11, 1)]));
        Assert.Equal(105, sync.LastUpdateId);
    }

    [Fact]
    public void Events_up_to_the_snapshot_are_dropped_and_the_first_kept_must_straddle()
    {
        var book = new OrderBook("TEST");
        var sync = new DepthSynchronizer(book);
        sync.OnDiff(100, 105, [L(10, 5)], []);   // u <= lastUpdateId: dropped
        sync.OnDiff(106, 110, [L(8, 7)], []);    // straddles 108
        sync.OnDiff(111, 111, [L(8, 0)], [L(12, 3)]);
        Assert.Equal(SnapshotOutcome.Synced, sync.OnSnapshot(107, [L(9, 1)], [L(11, 1)]));
        Assert.Equal(111, sync.LastUpdateId);
        Assert.Equal([9], Bids(book));              // 10 was in a dropped event, 8 set then removed
        Assert.Equal([11, 12], Asks(book));
        Assert.Equal(0, sync.BufferedCount);
    }

    [Fact]
    public void A_first_event_that_skips_past_the_snapshot_means_fetch_again()
    {
        var sync = new DepthSynchronizer(new OrderBook("TEST"));
        sync.OnDiff(100, 105, [], []);
        sync.OnDiff(110, 112, [], []); // 106..109 missing
        Assert.Equal(SnapshotOutcome.NoStraddle, sync.OnSnapshot(107, [], []));
        Assert.Equal(DepthSyncState.Buffering, sync.State);
        Assert.Equal(110, sync.FirstBufferedUpdateId);
        Assert.Equal(SnapshotOutcome.Synced, sync.OnSnapshot(111, [], []));
    }

    [Fact]
    public void A_snapshot_newer_than_every_buffered_event_waits_for_a_straddling_one()
    {
        var book = new OrderBook("TEST");
        var sync = new DepthSynchronizer(book);
        sync.OnDiff(100, 105, [L(1, 1)], []);
        Assert.Equal(SnapshotOutcome.Bridging, sync.OnSnapshot(107, [L(9, 1)], []));
        Assert.Equal(DiffOutcome.Stale, sync.OnDiff(106, 107, [L(2, 1)], []));
        Assert.Equal(DiffOutcome.Applied, sync.OnDiff(108, 109, [L(3, 1)], []));
        Assert.Equal(DepthSyncState.Synced, sync.State);
        Assert.Equal([9, 3], Bids(book));
    }

    [Fact]
    public void A_sequence_gap_discards_the_book_and_buffers_for_a_resync()
    {
        var book = new OrderBook("TEST");
        var sync = new DepthSynchronizer(book);
        sync.OnDiff(100, 101, [], []);
        sync.OnSnapshot(100, [L(9, 1)], [L(11, 1)]);
        Assert.Equal(DiffOutcome.Applied, sync.OnDiff(102, 103, [L(10, 1)], []));
        Assert.Equal(DiffOutcome.Gap, sync.OnDiff(105, 106, [L(8, 1)], []));
        Assert.Equal(DepthSyncState.Buffering, sync.State);
        Assert.Equal(0, book.BidCount);
        Assert.Equal(1, sync.Gaps);
        Assert.Equal(105, sync.FirstBufferedUpdateId);
        Assert.Equal(SnapshotOutcome.Synced, sync.OnSnapshot(105, [L(7, 1)], []));
        Assert.Equal([8, 7], Bids(book));
    }
}
