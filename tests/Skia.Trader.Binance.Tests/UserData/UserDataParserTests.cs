using CsCheck;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.UserData;

public class UserDataParserTests
{
    private const string DocumentedExecutionReport =
        """{"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC","q":"1.00000000","p":"0.10264410","P":"0.00000000","F":"0.00000000","g":-1,"C":"","x":"NEW","X":"NEW","r":"NONE","i":4293153,"l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,"t":-1,"v":3,"I":8641984,"w":true,"m":false,"M":false,"O":1499405658657,"Z":"0.00000000","Y":"0.00000000","Q":"0.00000000","W":1499405658657,"V":"NONE"}""";

    [Fact]
    public void Reads_the_documented_execution_report_inside_the_subscription_wrapper()
    {
        UserDataEvent ev = UserDataParser.Parse(RecordedSession.Utf8("""{"subscriptionId":0,"event":""" + DocumentedExecutionReport + "}"));
        Assert.Equal(UserDataEventKind.ExecutionReport, ev.Kind);
        ExecutionReport r = ev.Execution!;
        Assert.Equal("ETHBTC", r.Symbol);
        Assert.Equal("mUvoqJxFIILMdfAW5iGSOW", r.ClientOrderId);
        Assert.Equal(OrderSide.Buy, r.Side);
        Assert.Equal(OrderType.Limit, r.Type);
        Assert.Equal(OrderStatus.New, r.Status);
        Assert.Equal(4293153, r.ExchangeOrderId);
        Assert.Equal(Price.Parse("0.1026441"), r.Price);
        Assert.Equal(Quantity.Parse("1"), r.Quantity);
        Assert.Null(r.CommissionAsset);
        Assert.Equal(-1, r.TradeId);
    }

    [Fact]
    public void A_cancel_report_is_matched_by_the_original_client_order_id()
    {
        string cancel = DocumentedExecutionReport.Replace("\"C\":\"\"", "\"C\":\"skt-original\"").Replace("\"x\":\"NEW\",\"X\":\"NEW\"", "\"x\":\"CANCELED\",\"X\":\"CANCELED\"");
        UserDataEvent ev = UserDataParser.Parse(RecordedSession.Utf8(cancel));
        Assert.Equal("skt-original", ev.Execution!.ClientOrderId);
        Assert.Equal(OrderStatus.Canceled, ev.Execution.Status);
    }

    [Fact]
    public void Reads_account_positions_answers_and_errors()
    {
        UserDataEvent position = UserDataParser.Parse(RecordedSession.Utf8(
            """{"subscriptionId":0,"event":{"e":"outboundAccountPosition","E":1564034571105,"u":1564034571073,"B":[{"a":"ETH","f":"10000.000000","l":"0.000000"}]}}"""));
        Assert.Equal(UserDataEventKind.AccountPosition, position.Kind);
        Assert.Equal(Quantity.Parse("10000"), Assert.Single(position.Balances!).Free);

        UserDataEvent ok = UserDataParser.Parse(RecordedSession.Utf8("""{"id":"sub-1","status":200,"result":{"subscriptionId":0}}"""));
        Assert.Equal(UserDataEventKind.Response, ok.Kind);
        Assert.Equal("sub-1", ok.RequestId);
        Assert.Equal(200, ok.Status);

        UserDataEvent refused = UserDataParser.Parse(RecordedSession.Utf8("""{"id":"sub-2","status":400,"error":{"code":-1022,"msg":"Signature for this request is not valid."}}"""));
        Assert.Equal(400, refused.Status);
        Assert.Equal(-1022, refused.ErrorCode);
        Assert.Equal("Signature for this request is not valid.", refused.ErrorMessage);

        Assert.Equal(UserDataEventKind.StreamTerminated, UserDataParser.Parse(RecordedSession.Utf8("""{"subscriptionId":0,"event":{"e":"eventStreamTerminated","E":1}}""")).Kind);
    }

    [Fact]
    public void A_fill_report_keeps_every_field_the_terminal_uses_and_unescapes_escaped_values()
    {
        string fill = DocumentedExecutionReport
            .Replace("\"c\":\"mUvoqJxFIILMdfAW5iGSOW\"", "\"c\":\"skt\\u002D42\"")
            .Replace("\"x\":\"NEW\",\"X\":\"NEW\"", "\"x\":\"TRADE\",\"X\":\"PARTIALLY_FILLED\"")
            .Replace("\"l\":\"0.00000000\",\"z\":\"0.00000000\",\"L\":\"0.00000000\",\"n\":\"0\",\"N\":null,\"T\":1499405658657,\"t\":-1",
                     "\"l\":\"0.25000000\",\"z\":\"0.75000000\",\"L\":\"0.10264000\",\"n\":\"0.00007500\",\"N\":\"BNB\",\"T\":1499405658700,\"t\":77")
            .Replace("\"Z\":\"0.00000000\"", "\"Z\":\"0.07698000\"");
        Assert.Contains("\"t\":77", fill);

        UserDataEvent ev = UserDataParser.Parse(RecordedSession.Utf8("""{"subscriptionId":0,"event":""" + fill + "}"));

        Assert.Equal(UserDataEventKind.ExecutionReport, ev.Kind);
        ExecutionReport r = ev.Execution!;
        Assert.Equal("skt-42", r.ClientOrderId);
        Assert.Equal("TRADE", r.ExecutionType);
        Assert.Equal(OrderStatus.PartiallyFilled, r.Status);
        Assert.Equal(TimeInForce.Gtc, r.TimeInForce);
        Assert.Equal("NONE", r.RejectReason);
        Assert.Equal(Quantity.Parse("0.25"), r.LastQuantity);
        Assert.Equal(Quantity.Parse("0.75"), r.CumulativeQuantity);
        Assert.Equal(Price.Parse("0.10264"), r.LastPrice);
        Assert.Equal(Quantity.Parse("0.000075"), r.Commission);
        Assert.Equal("BNB", r.CommissionAsset);
        Assert.Equal(1499405658700, r.TransactionTime);
        Assert.Equal(77, r.TradeId);
        Assert.Equal(Quantity.Parse("0.07698"), r.CumulativeQuote);
    }

    [Theory]
    [InlineData("\"i\":4293153", "\"i\":\"4293153\"")]
    [InlineData("\"q\":\"1.00000000\"", "\"q\":\"1e0\"")]
    [InlineData("\"p\":\"0.10264410\"", "\"p\":\"0.102644101\"")]
    [InlineData("\"z\":\"0.00000000\"", "\"z\":7")]
    public void A_report_with_a_malformed_number_is_rejected_not_misread(string field, string malformed)
    {
        Assert.Contains(field, DocumentedExecutionReport);
        UserDataEvent ev = UserDataParser.Parse(RecordedSession.Utf8("""{"subscriptionId":0,"event":""" + DocumentedExecutionReport.Replace(field, malformed) + "}"));
        Assert.Equal(UserDataEventKind.Rejected, ev.Kind);
        Assert.Null(ev.Execution);
    }

    [Fact]
    public void An_execution_report_allocates_only_the_report_and_the_strings_it_keeps()
    {
        byte[] frame = RecordedSession.Utf8("""{"subscriptionId":0,"event":""" + DocumentedExecutionReport + "}");
        for (int i = 0; i < 100; i++) UserDataParser.Parse(frame);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int reports = 0;
        for (int i = 0; i < 1000; i++)
        {
            if (UserDataParser.Parse(frame).Kind == UserDataEventKind.ExecutionReport) reports++;
        }
        double perReport = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;

        Assert.Equal(1000, reports);
        // The event (~64 B), the report record (~150 B), the symbol and the client id: nothing per field or per property name
        // (the two-pass parser it replaced made 1,944 B per report, FeedParsingBenchmarks.ExecutionReport).
        Assert.True(perReport <= 400, $"{perReport} B per report");
    }

    [Fact]
    public void Truncated_or_mutated_frames_never_throw()
    {
        byte[] frame = RecordedSession.Utf8("""{"subscriptionId":0,"event":""" + DocumentedExecutionReport + "}");
        for (int cut = 0; cut < frame.Length; cut++)
        {
            Assert.NotEqual(UserDataEventKind.ExecutionReport, UserDataParser.Parse(frame.AsSpan(0, cut)).Kind);
        }
        Gen.Select(Gen.Int[0, frame.Length - 1], Gen.Byte).Sample((at, value) =>
        {
            byte[] copy = (byte[])frame.Clone();
            copy[at] = value;
            UserDataParser.Parse(copy); // must not throw, whatever it makes of it
        }, iter: 5000);
    }
}
