using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;

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
}
