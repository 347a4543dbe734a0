using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Tests.MarketData;

public class MarketFrameParserTests
{
    private static MarketFrameParser NewParser(params string[] symbols)
    {
        var table = new SymbolTable();
        foreach (string s in symbols) table.Add(s);
        return new MarketFrameParser(table);
    }

    [Fact]
    public void Reads_the_documented_diff_depth_event()
    {
        var parser = NewParser("BNBBTC");
        var kind = parser.Parse(RecordedSession.Utf8(
            """{"e":"depthUpdate","E":1672515782136,"s":"BNBBTC","U":157,"u":160,"b":[["0.0024","10"]],"a":[["0.0026","100"]]}"""));
        Assert.Equal(MarketEventKind.DepthUpdate, kind);
        MarketEvent ev = parser.Event;
        Assert.Equal(0, ev.SymbolId);
        Assert.Equal(1672515782136, ev.EventTime);
        Assert.Equal(157, ev.FirstUpdateId);
        Assert.Equal(160, ev.FinalUpdateId);
        Assert.Equal([new BookLevel(Price.Parse("0.0024"), Quantity.Parse("10"))], ev.Bids.ToArray());
        Assert.Equal([new BookLevel(Price.Parse("0.0026"), Quantity.Parse("100"))], ev.Asks.ToArray());
    }

    [Fact]
    public void Reads_partial_depth_from_a_combined_stream_taking_the_symbol_from_the_stream_name()
    {
        var parser = NewParser("BTCUSDT", "BNBBTC");
        var kind = parser.Parse(RecordedSession.Utf8(
            """{"stream":"bnbbtc@depth5@100ms","data":{"lastUpdateId":160,"bids":[["0.0024","10"],["0.0023","5"]],"asks":[["0.0026","100"]]}}"""));
        Assert.Equal(MarketEventKind.PartialDepth, kind);
        Assert.Equal(1, parser.Event.SymbolId);
        Assert.Equal(160, parser.Event.FinalUpdateId);
        Assert.Equal(2, parser.Event.Bids.Length);
        Assert.Equal(Price.Parse("0.0023"), parser.Event.Bids[1].Price);
    }

    [Theory]
    [InlineData("bnbbtc@depth5@100ms", """{"lastUpdateId":160,"bids":[["0.0024","10"],["0.0023","5"]],"asks":[["0.0026","100"]]}""")]
    [InlineData("bnbbtc@depth@100ms", """{"e":"depthUpdate","E":1672515782136,"s":"BNBBTC","U":157,"u":160,"b":[["0.0024","10"],["0.0023","5"]],"a":[["0.0026","100"]]}""")]
    public void A_combined_frame_reads_the_same_whether_data_comes_before_or_after_the_stream_name(string stream, string data)
    {
        var first = NewParser("BTCUSDT", "BNBBTC");
        var second = NewParser("BTCUSDT", "BNBBTC");
        MarketEventKind streamFirst = first.Parse(RecordedSession.Utf8("{\"stream\":\"" + stream + "\",\"data\":" + data + "}"));
        MarketEventKind dataFirst = second.Parse(RecordedSession.Utf8("{\"data\":" + data + ",\"stream\":\"" + stream + "\"}"));
        Assert.NotEqual(MarketEventKind.Rejected, dataFirst);
        Assert.Equal(streamFirst, dataFirst);
        Assert.Equal(1, second.Event.SymbolId);
        Assert.Equal(160, second.Event.FinalUpdateId);
        Assert.Equal(first.Event.Bids.ToArray(), second.Event.Bids.ToArray());
        Assert.Equal(first.Event.Asks.ToArray(), second.Event.Asks.ToArray());
        Assert.Equal([new BookLevel(Price.Parse("0.0024"), Quantity.Parse("10")), new BookLevel(Price.Parse("0.0023"), Quantity.Parse("5"))], second.Event.Bids.ToArray());
    }

    [Theory]
    [InlineData("""{"data":{"lastUpdateId":1,"bids":[],"asks":[]},"stream":"ethbtc@depth5"}""", FrameRejection.UnknownSymbol)]
    [InlineData("""{"data":{"lastUpdateId":1,"bids":[],"asks":[]}}""", FrameRejection.UnknownShape)]
    [InlineData("""{"stream":"bnbbtc@depth5","data":{"lastUpdateId":1,"bids":[],"asks":[]},"data":{"lastUpdateId":2,"bids":[],"asks":[]}}""", FrameRejection.UnknownShape)]
    [InlineData("""{"data":{"lastUpdateId":1,"bids":[],"asks":[]},"stream":"bnbbtc@depth5","bids":[["1","1"]]}""", FrameRejection.UnknownShape)]
    [InlineData("""{"stream":"bnbbtc@depth5","data":{"lastUpdateId":1,"bids":[],"asks":[]}""", FrameRejection.MalformedJson)]
    [InlineData("""{"data":{"lastUpdateId":1,"bids":[["1","1"]],"asks":[]},"stream":"bnbbtc@depth5"}x""", FrameRejection.MalformedJson)]
    public void A_combined_wrapper_that_is_not_exactly_stream_and_one_data_object_is_rejected(string frame, FrameRejection reason)
    {
        var parser = NewParser("BNBBTC");
        Assert.Equal(MarketEventKind.Rejected, parser.Parse(RecordedSession.Utf8(frame)));
        Assert.Equal(reason, parser.Event.Rejection);
    }

    [Fact]
    public void Partial_depth_on_a_raw_stream_uses_the_connection_symbol_and_without_one_is_rejected()
    {
        var parser = NewParser("BNBBTC");
        byte[] frame = RecordedSession.Utf8("""{"lastUpdateId":160,"bids":[["0.0024","10"]],"asks":[["0.0026","100"]]}""");
        Assert.Equal(MarketEventKind.PartialDepth, parser.Parse(frame, streamSymbolId: 0));
        Assert.Equal(MarketEventKind.Rejected, parser.Parse(frame));
        Assert.Equal(FrameRejection.MissingField, parser.Event.Rejection);
    }

    [Fact]
    public void Reads_trade_aggregate_trade_book_ticker_and_kline()
    {
        var parser = NewParser("BNBBTC", "BNBUSDT");
        Assert.Equal(MarketEventKind.Trade, parser.Parse(RecordedSession.Utf8(
            """{"e":"trade","E":1672515782136,"s":"BNBBTC","t":12345,"p":"0.001","q":"100","T":1672515782136,"m":true,"M":true}""")));
        Assert.Equal(12345, parser.Event.TradeId);
        Assert.Equal(Price.Parse("0.001"), parser.Event.Price);
        Assert.True(parser.Event.BuyerIsMaker);

        Assert.Equal(MarketEventKind.AggregateTrade, parser.Parse(RecordedSession.Utf8(
            """{"e":"aggTrade","E":1672515782136,"s":"BNBBTC","a":26129,"p":"0.01633102","q":"4.70443515","f":27781,"l":27781,"T":1672515782136,"m":false,"M":true}""")));
        Assert.Equal(26129, parser.Event.TradeId);
        Assert.Equal(27781, parser.Event.FirstTradeId);
        Assert.Equal(Quantity.Parse("4.70443515"), parser.Event.Quantity);

        Assert.Equal(MarketEventKind.BookTicker, parser.Parse(RecordedSession.Utf8(
            """{"u":400900217,"s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"}""")));
        Assert.Equal(1, parser.Event.SymbolId);
        Assert.Equal(400900217, parser.Event.FinalUpdateId);
        Assert.Equal(Price.Parse("25.3519"), parser.Event.BestBidPrice);
        Assert.Equal(Quantity.Parse("40.66"), parser.Event.BestAskQuantity);

        Assert.Equal(MarketEventKind.Kline, parser.Parse(RecordedSession.Utf8(
            """{"e":"kline","E":1,"s":"BNBBTC","k":{"t":1000,"T":2000,"s":"BNBBTC","i":"1m","f":100,"L":200,"o":"0.0010","c":"0.0020","h":"0.0025","l":"0.0015","v":"1000","n":100,"x":false,"q":"1.0000","V":"500","Q":"0.500","B":"123456"}}""")));
        Assert.Equal(KlineInterval.OneMinute, parser.Event.Interval);
        Assert.Equal(Price.Parse("0.0025"), parser.Event.High);
        Assert.Equal(Price.Parse("0.0015"), parser.Event.Low);
        Assert.Equal(100, parser.Event.KlineTradeCount);
        Assert.False(parser.Event.KlineClosed);
    }

    [Fact]
    public void Recognises_server_shutdown_command_answers_and_ignores_unknown_events()
    {
        var parser = NewParser("BNBBTC");
        Assert.Equal(MarketEventKind.ServerShutdown, parser.Parse(RecordedSession.Utf8("""{"e":"serverShutdown","E":1}""")));
        Assert.Equal(MarketEventKind.CommandResult, parser.Parse(RecordedSession.Utf8("""{"result":null,"id":1}""")));
        Assert.Equal(0, parser.Event.CommandErrorCode);
        Assert.Equal(MarketEventKind.CommandResult, parser.Parse(RecordedSession.Utf8("""{"error":{"code":2,"msg":"Invalid request"},"id":7}""")));
        Assert.Equal(2, parser.Event.CommandErrorCode);
        // 24hrTicker is read now (StatisticsFrameParserTests); the rolling-window ticker is still a kind this client does not use.
        Assert.Equal(MarketEventKind.Ignored, parser.Parse(RecordedSession.Utf8("""{"e":"1hTicker","E":1,"s":"BNBBTC","p":"0.1"}""")));
        Assert.Equal(1, parser.Counters.Ignored);
    }

    [Fact]
    public void Every_recorded_frame_is_accepted_and_each_symbol_is_found()
    {
        var parser = NewParser(RecordedSession.Symbols);
        var kinds = new Dictionary<MarketEventKind, int>();
        var symbolsSeen = new HashSet<int>();
        foreach (string frame in RecordedSession.Frames())
        {
            MarketEventKind kind = parser.Parse(RecordedSession.Utf8(frame));
            Assert.True(kind != MarketEventKind.Rejected, $"{parser.Event.Rejection}: {frame}");
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            symbolsSeen.Add(parser.Event.SymbolId);
        }
        Assert.Equal(265, parser.Counters.Accepted);
        Assert.Equal(0, parser.Counters.RejectedTotal);
        Assert.Equal([0, 1, 2, 3], symbolsSeen.Order());
        Assert.True(kinds[MarketEventKind.DepthUpdate] > 0 && kinds[MarketEventKind.BookTicker] > 0
            && kinds[MarketEventKind.AggregateTrade] > 0 && kinds[MarketEventKind.Kline] > 0, string.Join(",", kinds));
    }

    [Theory]
    [InlineData("""{"e":"depthUpdate","E":1,"s":"BNBBTC","U":157,"u":160,"b":[["0.0024","10"]],"a":[["0.0026","10""", FrameRejection.MalformedJson)]
    [InlineData("""not json""", FrameRejection.MalformedJson)]
    [InlineData("""[1,2]""", FrameRejection.UnknownShape)]
    [InlineData("""{"e":"depthUpdate","E":1,"s":"BNBBTC","u":160,"b":[],"a":[]}""", FrameRejection.MissingField)]
    [InlineData("""{"e":"depthUpdate","E":1,"s":"BNBBTC","U":157,"u":160,"b":[["0.0024","1e3"]],"a":[]}""", FrameRejection.BadNumber)]
    [InlineData("""{"e":"depthUpdate","E":1,"s":"BNBBTC","U":161,"u":160,"b":[],"a":[]}""", FrameRejection.BadNumber)]
    [InlineData("""{"e":"depthUpdate","E":1,"s":"ETHBTC","U":157,"u":160,"b":[],"a":[]}""", FrameRejection.UnknownSymbol)]
    [InlineData("""{"e":"trade","E":1,"s":"BNBBTC","t":"x","p":"0.1","q":"1"}""", FrameRejection.BadNumber)]
    [InlineData("""{"e":"depthUpdate","E":1,"s":"BNBBTC","U":157,"u":160,"b":[],"a":[]} {}""", FrameRejection.MalformedJson)]
    public void Rejects_bad_frames_with_the_reason_counted(string frame, FrameRejection reason)
    {
        var parser = NewParser("BNBBTC");
        Assert.Equal(MarketEventKind.Rejected, parser.Parse(RecordedSession.Utf8(frame)));
        Assert.Equal(reason, parser.Event.Rejection);
        Assert.Equal(1, parser.Counters.Rejected(reason));
        Assert.Equal(0, parser.Counters.Accepted);
    }
}
