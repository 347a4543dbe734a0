using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;

namespace Skia.Trader.Binance.Tests.MarketData;

public class StatisticsFrameAllocationTests
{
    [Fact]
    public void Steady_state_ticker_mini_ticker_all_market_and_average_price_frames_allocate_nothing()
    {
        var table = new SymbolTable();
        table.Add("BNBBTC");
        table.Add("BTCUSDT");
        table.Add("LTCBTC");
        var parser = new MarketFrameParser(table);
        string many = string.Join(",", Enumerable.Range(0, 40).Select(i =>
            StatisticsFrameParserTests.DocumentedMiniTicker.Replace("BNBBTC", i % 4 == 0 ? "LTCBTC" : i % 4 == 1 ? "BNBBTC" : "SYM" + i + "BTC")));
        byte[][] frames =
        [
            RecordedSession.Utf8(StatisticsFrameParserTests.DocumentedTicker),
            RecordedSession.Utf8("{\"stream\":\"bnbbtc@ticker\",\"data\":" + StatisticsFrameParserTests.DocumentedTicker + "}"),
            RecordedSession.Utf8("{\"stream\":\"bnbbtc@miniTicker\",\"data\":" + StatisticsFrameParserTests.DocumentedMiniTicker + "}"),
            RecordedSession.Utf8("{\"stream\":\"btcusdt@avgPrice\",\"data\":" + StatisticsFrameParserTests.DocumentedAveragePrice + "}"),
            RecordedSession.Utf8("[" + many + "]"),
            RecordedSession.Utf8("{\"stream\":\"!miniTicker@arr\",\"data\":[" + many + "]}"),
        ];
        // Warm-up: JIT, and the all-market buffer's growth to the widest array.
        for (int i = 0; i < 50; i++)
        {
            foreach (byte[] f in frames) parser.Parse(f);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        long checksum = 0;
        for (int round = 0; round < 1000; round++)
        {
            foreach (byte[] f in frames)
            {
                // No Assert in here: xunit's comparers allocate, which would hide what this test measures.
                switch (parser.Parse(f))
                {
                    case MarketEventKind.Ticker: checksum += parser.Event.Ticker.TradeCount; break;
                    case MarketEventKind.MiniTicker: checksum += parser.Event.MiniTicker.Volume.Raw > 0 ? 1 : 0; break;
                    case MarketEventKind.AveragePrice: checksum += parser.Event.AveragePrice.Minutes; break;
                    case MarketEventKind.MiniTickerArray: checksum += parser.Event.MiniTickers.Length; break;
                }
            }
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1000L * (18151 * 2 + 1 + 5 + 20 * 2), checksum);
        Assert.Equal(0, allocated);
    }
}
