using CsCheck;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Binance.Tests.MarketData;

public class MarketFrameParserFuzzTests
{
    private static MarketFrameParser NewParser()
    {
        var table = new SymbolTable();
        foreach (string s in RecordedSession.Symbols) table.Add(s);
        return new MarketFrameParser(table);
    }

    private static readonly byte[][] Recorded = RecordedSession.Frames().Select(RecordedSession.Utf8).ToArray();

    [Fact]
    public void Truncated_recorded_frames_are_rejected_as_malformed_never_thrown()
    {
        var parser = NewParser();
        long truncations = 0;
        foreach (byte[] frame in Recorded.Take(40))
        {
            for (int cut = 0; cut < frame.Length; cut++)
            {
                Assert.Equal(MarketEventKind.Rejected, parser.Parse(frame.AsSpan(0, cut)));
                truncations++;
            }
        }
        Assert.Equal(truncations, parser.Counters.RejectedTotal);
        Assert.Equal(truncations - parser.Counters.Rejected(FrameRejection.UnknownShape), parser.Counters.Rejected(FrameRejection.MalformedJson));
    }

    [Fact]
    public void Mutated_recorded_frames_never_throw_and_every_frame_is_counted_once()
    {
        var gen = Gen.Select(Gen.Int[0, Recorded.Length - 1], Gen.Int[0, 4000], Gen.Byte, Gen.Int[0, 2]);
        gen.Sample((index, position, value, mode) =>
        {
            var parser = NewParser();
            byte[] frame = (byte[])Recorded[index].Clone();
            int at = position % frame.Length;
            if (mode == 0) frame[at] = value;
            else if (mode == 1) frame = [.. frame.AsSpan(0, at), .. frame.AsSpan(at + 1)];
            else frame = [.. frame.AsSpan(0, at), value, .. frame.AsSpan(at)];
            MarketEventKind kind = parser.Parse(frame);
            FrameCounters c = parser.Counters;
            Assert.Equal(1, c.Accepted + c.Ignored + c.RejectedTotal);
            Assert.Equal(kind == MarketEventKind.Rejected, c.RejectedTotal == 1);
        }, iter: 20_000);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var parser = NewParser();
            parser.Parse(bytes);
            Assert.Equal(1, parser.Counters.Accepted + parser.Counters.Ignored + parser.Counters.RejectedTotal);
        }, iter: 20_000);
    }
}
