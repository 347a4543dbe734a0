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
