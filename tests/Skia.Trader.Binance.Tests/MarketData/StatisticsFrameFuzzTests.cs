using CsCheck;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>Hostile input on the statistics paths (objects and the all-market array): never a throw, every frame counted once.</summary>
public class StatisticsFrameFuzzTests
{
    private static readonly string Array = "[" + StatisticsFrameParserTests.DocumentedMiniTicker + "," +
        StatisticsFrameParserTests.DocumentedMiniTicker.Replace("BNBBTC", "ETHBTC") + "]";

    private static readonly byte[][] Frames =
    [
        RecordedSession.Utf8(StatisticsFrameParserTests.DocumentedTicker),
        RecordedSession.Utf8("{\"stream\":\"bnbbtc@ticker\",\"data\":" + StatisticsFrameParserTests.DocumentedTicker + "}"),
        RecordedSession.Utf8(StatisticsFrameParserTests.DocumentedMiniTicker),
        RecordedSession.Utf8("{\"stream\":\"btcusdt@avgPrice\",\"data\":" + StatisticsFrameParserTests.DocumentedAveragePrice + "}"),
        RecordedSession.Utf8(Array),
        RecordedSession.Utf8("{\"stream\":\"!miniTicker@arr\",\"data\":" + Array + "}"),
        RecordedSession.Utf8("{\"data\":" + Array + ",\"stream\":\"!miniTicker@arr\"}"),
    ];

    private static MarketFrameParser NewParser()
    {
        var table = new SymbolTable();
        table.Add("BNBBTC");
        table.Add("BTCUSDT");
        return new MarketFrameParser(table);
    }

    [Fact]
    public void Every_truncation_of_a_statistics_frame_is_rejected_never_thrown()
    {
        var parser = NewParser();
        long truncations = 0;
        foreach (byte[] frame in Frames)
        {
            Assert.NotEqual(MarketEventKind.Rejected, parser.Parse(frame));
            for (int cut = 0; cut < frame.Length; cut++)
            {
                Assert.Equal(MarketEventKind.Rejected, parser.Parse(frame.AsSpan(0, cut)));
                truncations++;
            }
        }
        Assert.Equal(truncations, parser.Counters.RejectedTotal);
        Assert.Equal(Frames.Length, parser.Counters.Accepted);
    }

    [Fact]
    public void Mutated_statistics_frames_never_throw_and_are_counted_once()
    {
        var gen = Gen.Select(Gen.Int[0, Frames.Length - 1], Gen.Int[0, 4000], Gen.Byte, Gen.Int[0, 2]);
        gen.Sample((index, position, value, mode) =>
        {
            var parser = NewParser();
            byte[] frame = (byte[])Frames[index].Clone();
            int at = position % frame.Length;
            if (mode == 0) frame[at] = value;
            else if (mode == 1) frame = [.. frame.AsSpan(0, at), .. frame.AsSpan(at + 1)];
            else frame = [.. frame.AsSpan(0, at), value, .. frame.AsSpan(at)];
            MarketEventKind kind = parser.Parse(frame);
            FrameCounters c = parser.Counters;
            Assert.Equal(1, c.Accepted + c.Ignored + c.RejectedTotal);
            Assert.Equal(kind == MarketEventKind.Rejected, c.RejectedTotal == 1);
            // Whatever got through names only followed symbols.
            foreach (MiniTickerEntry e in parser.Event.MiniTickers) Assert.InRange(e.SymbolId, 0, 1);
        }, iter: 20_000);
    }
}
