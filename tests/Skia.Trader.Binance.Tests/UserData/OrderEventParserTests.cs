using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.UserData;

/// <summary>Second-round user-data fields, read from the documented payloads (user-data-stream.md).</summary>
public class OrderEventParserTests
{
    private const string DocumentedListStatus =
        """{"subscriptionId":0,"event":{"e":"listStatus","E":1564035303637,"s":"ETHBTC","g":2,"c":"OCO","l":"EXEC_STARTED","L":"EXECUTING","r":"NONE","C":"F4QN4G8DlFATFlIUQ0cjdD","T":1564035303625,"O":[{"s":"ETHBTC","i":17,"c":"AJYsMjErWJesZvqlJCTUgL"},{"s":"ETHBTC","i":18,"c":"bfYPSQdLoqAJeNrOr9adzq"}]}}""";

    private const string StopLimitReport =
        """{"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"leg","S":"SELL","o":"STOP_LOSS_LIMIT","f":"GTC","q":"1.00000000","p":"0.09000000","P":"0.09500000","F":"0.20000000","g":2,"C":"","x":"NEW","X":"NEW","r":"NONE","i":17,"l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,"t":-1,"I":8641984,"w":false,"m":false,"M":false,"O":1499405658657,"Z":"0.00000000","Y":"0.00000000","Q":"0.00000000","d":250,"D":1668680518494,"V":"NONE"}""";

    [Fact]
    public void Reads_the_documented_list_status()
    {
        UserDataEvent ev = UserDataParser.Parse(RecordedSession.Utf8(DocumentedListStatus));
        Assert.Equal(UserDataEventKind.ListStatus, ev.Kind);
        OrderListStatus list = ev.ListStatus!;
        Assert.Equal(("ETHBTC", 2L, "OCO", "EXEC_STARTED", "EXECUTING", "F4QN4G8DlFATFlIUQ0cjdD", 1564035303625L),
            (list.Symbol, list.OrderListId, list.ContingencyType, list.ListStatusType, list.ListOrderStatus, list.ListClientOrderId, list.TransactionTime));
        Assert.Equal([new OrderListLeg("ETHBTC", 17, "AJYsMjErWJesZvqlJCTUgL"), new OrderListLeg("ETHBTC", 18, "bfYPSQdLoqAJeNrOr9adzq")], list.Orders);
    }

    [Fact]
    public void A_stop_limit_report_carries_stop_price_iceberg_list_id_and_trailing_delta()
    {
        ExecutionReport r = UserDataParser.Parse(RecordedSession.Utf8(StopLimitReport)).Execution!;
        Assert.Equal(OrderType.StopLossLimit, r.Type);
        Assert.Equal(Price.Parse("0.095"), r.StopPrice);
        Assert.Equal(Quantity.Parse("0.2"), r.IcebergQuantity);
        Assert.Equal(2, r.OrderListId);
        Assert.Equal(250, r.TrailingDelta);
    }

    [Theory]
    [InlineData("\"o\":\"STOP_LOSS_LIMIT\"", "\"o\":\"STOP_MARKET\"")]
    [InlineData("\"S\":\"SELL\"", "\"S\":\"HOLD\"")]
    [InlineData("\"f\":\"GTC\"", "\"f\":\"GTX\"")]
    [InlineData("\"X\":\"NEW\"", "\"X\":\"PENDING\"")]
    public void A_report_with_a_name_the_client_does_not_know_is_rejected_never_guessed(string field, string unknown)
    {
        Assert.Contains(field, StopLimitReport);
        UserDataEvent ev = UserDataParser.Parse(RecordedSession.Utf8(StopLimitReport.Replace(field, unknown)));
        Assert.Equal(UserDataEventKind.Rejected, ev.Kind);
        Assert.Null(ev.Execution);
    }
}
