using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;

namespace Skia.Trader.Binance.Tests.MarketData;

public class MarketFrameParserAllocationTests
{
    [Fact]
    public void Steady_state_depth_messages_allocate_nothing()
    {
        var table = new SymbolTable();
        foreach (string s in RecordedSession.Symbols) table.Add(s);
        var parser = new MarketFrameParser(table);
        byte[][] frames = RecordedSession.Frames().Select(RecordedSession.Utf8).ToArray();
        byte[] depth20 = RecordedSession.Utf8(
            """{"stream":"lrcbtc@depth20@100ms","data":{"lastUpdateId":160,"bids":[["0.0024","10"],["0.0023","1"],["0.0022","1"],["0.0021","1"],["0.0020","1"]],"asks":[["0.0026","100"],["0.0027","1"],["0.0028","1"]]}}""");
        // Warm-up: JIT and the level buffers' growth to the deepest frame.
        foreach (byte[] f in frames) parser.Parse(f);
        parser.Parse(depth20);

        long before = GC.GetAllocatedBytesForCurrentThread();
        long checksum = 0;
        for (int round = 0; round < 20; round++)
        {
            foreach (byte[] f in frames)
            {
                if (parser.Parse(f) == MarketEventKind.DepthUpdate) checksum += parser.Event.FinalUpdateId + parser.Event.Bids.Length;
            }
            parser.Parse(depth20);
            checksum += parser.Event.Asks.Length;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(checksum > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Steady_state_depth5_frames_in_either_key_order_allocate_nothing()
    {
        var table = new SymbolTable();
        table.Add("BTCUSDT");
        var parser = new MarketFrameParser(table);
        const string data = """{"lastUpdateId":160,"bids":[["29983.42000000","0.51200000"],["29983.41000000","1.00000000"],["29983.40000000","0.00230000"],["29983.00000000","12.50000000"],["29982.99000000","0.10000000"]],"asks":[["29983.43000000","0.25000000"],["29983.44000000","3.00000000"],["29983.50000000","0.00100000"],["29984.00000000","7.00000000"],["29984.01000000","0.99000000"]]}""";
        byte[] streamFirst = RecordedSession.Utf8("{\"stream\":\"btcusdt@depth5@100ms\",\"data\":" + data + "}");
        byte[] dataFirst = RecordedSession.Utf8("{\"data\":" + data + ",\"stream\":\"btcusdt@depth5@100ms\"}");
        for (int i = 0; i < 100; i++)
        {
            parser.Parse(streamFirst);
            parser.Parse(dataFirst);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        long levels = 0;
        for (int i = 0; i < 1000; i++)
        {
            if (parser.Parse(streamFirst) == MarketEventKind.PartialDepth) levels += parser.Event.Bids.Length + parser.Event.Asks.Length;
            if (parser.Parse(dataFirst) == MarketEventKind.PartialDepth) levels += parser.Event.Bids.Length + parser.Event.Asks.Length;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(20_000, levels);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Steady_state_diff_depth_parsed_synced_and_applied_to_the_book_allocates_nothing()
    {
        var table = new SymbolTable();
        table.Add("BTCUSDT");
        var parser = new MarketFrameParser(table);
        var book = new OrderBook("BTCUSDT");
        var sync = new DepthSynchronizer(book);
        int applied = 0;
        // Diffs that move quantities on a fixed set of levels and remove/re-add one, as a live book does.
        byte[][] frames = Enumerable.Range(1, 2000).Select(i => RecordedSession.Utf8(
            "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":" + (1000 + i) + ",\"s\":\"BTCUSDT\",\"U\":" + i + ",\"u\":" + i +
            ",\"b\":[[\"100." + (i % 20).ToString("D2") + "\",\"" + (i % 7) + ".5\"],[\"99.50\",\"" + (i % 2) * 3 + "\"]],\"a\":[[\"101." + (i % 20).ToString("D2") + "\",\"" + (i % 5 + 1) + "\"]]}}")).ToArray();
        parser.Parse(RecordedSession.Utf8("""{"lastUpdateId":0,"bids":[["100.00","1"]],"asks":[["101.00","1"]]}"""), 0);
        sync.OnSnapshot(0, parser.Event.Bids, parser.Event.Asks);
        for (int i = 0; i < 500; i++) Apply(frames[i]);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 500; i < frames.Length; i++) Apply(frames[i]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(DepthSyncState.Synced, sync.State);
        Assert.Equal(2000, book.LastUpdateId);
        Assert.Equal(0, allocated);

        Assert.Equal(frames.Length, applied);

        void Apply(byte[] frame)
        {
            // No Assert in here: xunit's comparers allocate, which would hide what this test measures.
            if (parser.Parse(frame) != MarketEventKind.DepthUpdate) return;
            MarketEvent ev = parser.Event;
            if (sync.OnDiff(ev.FirstUpdateId, ev.FinalUpdateId, ev.Bids, ev.Asks, ev.EventTime) == DiffOutcome.Applied) applied++;
        }
    }
}
