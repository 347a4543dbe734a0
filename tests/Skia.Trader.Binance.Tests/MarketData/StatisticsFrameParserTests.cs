using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>The 24 h ticker, mini ticker, all-market mini ticker and average-price events, read from the payloads of Binance's web-socket-streams.md.</summary>
public class StatisticsFrameParserTests
{
    // The documented payloads, comments removed.
    internal const string DocumentedTicker =
        """{"e":"24hrTicker","E":1672515782136,"s":"BNBBTC","p":"0.0015","P":"250.00","w":"0.0018","x":"0.0009","c":"0.0025","Q":"10","b":"0.0024","B":"10","a":"0.0026","A":"100","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000","q":"18","O":0,"C":86400000,"F":0,"L":18150,"n":18151}""";
    internal const string DocumentedMiniTicker =
        """{"e":"24hrMiniTicker","E":1672515782136,"s":"BNBBTC","c":"0.0025","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000","q":"18"}""";
    internal const string DocumentedAveragePrice =
        """{"e":"avgPrice","E":1693907033000,"s":"BTCUSDT","i":"5m","w":"25776.86000000","T":1693907032213}""";

    private static MarketFrameParser NewParser(params string[] symbols)
    {
        var table = new SymbolTable();
        foreach (string s in symbols) table.Add(s);
        return new MarketFrameParser(table);
    }

    [Fact]
    public void Reads_every_field_of_the_documented_24hr_ticker()
    {
        var parser = NewParser("BNBBTC");
        Assert.Equal(MarketEventKind.Ticker, parser.Parse(RecordedSession.Utf8(DocumentedTicker)));
        Assert.Equal(0, parser.Event.SymbolId);
        Assert.Equal(new TickerUpdate(1672515782136, Price.Parse("0.0015"), 250.00m, Price.Parse("0.0018"), Price.Parse("0.0009"), Price.Parse("0.0025"),
            Quantity.Parse("10"), Price.Parse("0.0024"), Quantity.Parse("10"), Price.Parse("0.0026"), Quantity.Parse("100"), Price.Parse("0.0010"),
            Price.Parse("0.0025"), Price.Parse("0.0010"), Quantity.Parse("10000"), Quantity.Parse("18"), 0, 86400000, 0, 18150, 18151), parser.Event.Ticker);
    }

    [Fact]
    public void Reads_a_falling_ticker_from_a_combined_stream_with_a_negative_change()
    {
        var parser = NewParser("BTCUSDT", "BNBBTC");
        string data = DocumentedTicker.Replace("\"p\":\"0.0015\"", "\"p\":\"-94.99999800\"").Replace("\"P\":\"250.00\"", "\"P\":\"-95.960\"");
        Assert.Equal(MarketEventKind.Ticker, parser.Parse(RecordedSession.Utf8("{\"stream\":\"bnbbtc@ticker\",\"data\":" + data + "}")));
        Assert.Equal(1, parser.Event.SymbolId);
        Assert.Equal(Price.Parse("-94.99999800"), parser.Event.Ticker.PriceChange);
        Assert.Equal(-95.960m, parser.Event.Ticker.PriceChangePercent);
    }

    [Fact]
    public void Reads_the_documented_mini_ticker_and_average_price()
    {
        var parser = NewParser("BNBBTC", "BTCUSDT");
        Assert.Equal(MarketEventKind.MiniTicker, parser.Parse(RecordedSession.Utf8(DocumentedMiniTicker)));
        Assert.Equal(new MiniTickerUpdate(1672515782136, Price.Parse("0.0025"), Price.Parse("0.0010"), Price.Parse("0.0025"), Price.Parse("0.0010"),
            Quantity.Parse("10000"), Quantity.Parse("18")), parser.Event.MiniTicker);

        Assert.Equal(MarketEventKind.AveragePrice, parser.Parse(RecordedSession.Utf8(DocumentedAveragePrice)));
        Assert.Equal(1, parser.Event.SymbolId);
        Assert.Equal(new AveragePriceUpdate(1693907033000, 5, Price.Parse("25776.86000000"), 1693907032213), parser.Event.AveragePrice);
    }

    [Fact]
    public void Reads_the_all_market_array_raw_and_combined_keeping_only_followed_symbols()
    {
        var parser = NewParser("LTCBTC", "BNBBTC");
        string other = DocumentedMiniTicker.Replace("BNBBTC", "ETHBTC").Replace("\"c\":\"0.0025\"", "\"c\":\"0.0700\"");
        string ltc = DocumentedMiniTicker.Replace("BNBBTC", "LTCBTC").Replace("\"v\":\"10000\"", "\"v\":\"11\"");
        string array = "[" + DocumentedMiniTicker + "," + other + "," + ltc + "]";

        Assert.Equal(MarketEventKind.MiniTickerArray, parser.Parse(RecordedSession.Utf8(array)));
        MiniTickerEntry[] entries = parser.Event.MiniTickers.ToArray();
        Assert.Equal([1, 0], entries.Select(e => e.SymbolId));
        Assert.Equal(Price.Parse("0.0025"), entries[0].Update.LastPrice);
        Assert.Equal(Quantity.Parse("11"), entries[1].Update.Volume);

        Assert.Equal(MarketEventKind.MiniTickerArray, parser.Parse(RecordedSession.Utf8("{\"stream\":\"!miniTicker@arr\",\"data\":" + array + "}")));
        Assert.Equal(2, parser.Event.MiniTickers.Length);
        Assert.Equal(MarketEventKind.MiniTickerArray, parser.Parse(RecordedSession.Utf8("{\"data\":" + array + ",\"stream\":\"!miniTicker@arr\"}")));
        Assert.Equal(2, parser.Event.MiniTickers.Length);
        Assert.Equal(MarketEventKind.MiniTickerArray, parser.Parse(RecordedSession.Utf8("[]")));
        Assert.Equal(0, parser.Event.MiniTickers.Length);
    }

    [Theory]
    [InlineData("""{"e":"24hrTicker","E":1,"s":"BNBBTC","p":"0.1","P":"1.0","w":"1","o":"1","h":"1","l":"1","v":"1","q":"1"}""", FrameRejection.MissingField)] // no "c"
    [InlineData("""{"e":"24hrTicker","E":1,"s":"BNBBTC","p":"0.1","P":"1.0","w":"1","c":"1e3","o":"1","h":"1","l":"1","v":"1","q":"1"}""", FrameRejection.BadNumber)]
    [InlineData("""{"e":"24hrMiniTicker","E":1,"s":"BNBBTC","c":"1","o":"1","h":"1","l":"1","v":"1","q":"1","n":"many"}""", FrameRejection.BadNumber)]
    [InlineData("""{"e":"avgPrice","E":1,"s":"BNBBTC","i":"5 minutes","w":"1","T":1}""", FrameRejection.BadNumber)]
    [InlineData("""{"e":"avgPrice","E":1,"s":"BNBBTC","T":1}""", FrameRejection.MissingField)]
    [InlineData("""{"e":"24hrMiniTicker","E":1,"s":"XRPBTC","c":"1","o":"1","h":"1","l":"1","v":"1","q":"1"}""", FrameRejection.UnknownSymbol)]
    [InlineData("""[{"e":"24hrMiniTicker","E":1,"s":"BNBBTC","c":"1","o":"1","h":"1","l":"1","v":"1"}]""", FrameRejection.MissingField)] // no "q"
    [InlineData("""[{"e":"24hrTicker","E":1,"s":"BNBBTC"}]""", FrameRejection.UnknownShape)]
    [InlineData("""[{"e":"24hrMiniTicker","E":1,"s":"BNBBTC","c":"1","o":"1","h":"1","l":"1","v":"1","q":"1"}""", FrameRejection.MalformedJson)]
    [InlineData("""[1,2]""", FrameRejection.UnknownShape)]
    public void Refuses_broken_statistics_frames_with_the_reason(string frame, FrameRejection reason)
    {
        var parser = NewParser("BNBBTC");
        Assert.Equal(MarketEventKind.Rejected, parser.Parse(RecordedSession.Utf8(frame)));
        Assert.Equal(reason, parser.Event.Rejection);
        Assert.Equal(1, parser.Counters.Rejected(reason));
    }

    [Fact]
    public void An_unknown_event_that_uses_ticker_letters_otherwise_is_ignored_not_rejected()
    {
        var parser = NewParser("BNBBTC");
        Assert.Equal(MarketEventKind.Ignored, parser.Parse(RecordedSession.Utf8("""{"e":"somethingNew","E":1,"s":"BNBBTC","x":"NEW","c":"abc","O":"later"}""")));
    }
}
