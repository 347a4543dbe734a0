using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Rest.Wire;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Rest;

/// <summary>Order answers in the client's own reading: every documented name read, an unknown one refused (never read as another type).</summary>
public class OrderAnswerMappingTests
{
    private static OrderDto Answer(string type, string status = "NEW", string side = "SELL", string? tif = "GTC") => new()
    {
        Symbol = "LTCBTC",
        OrderId = 10,
        OrderListId = 1,
        ClientOrderId = "44nZvqpemY7sVYgPYbvPih",
        Price = "1.00000000",
        OrigQty = "5.00000000",
        ExecutedQty = "0.00000000",
        CummulativeQuoteQty = "0.00000000",
        Status = status,
        TimeInForce = tif,
        Type = type,
        Side = side,
        StopPrice = "1.00000000",
        IcebergQty = "1.00000000",
        TransactTime = 1710485608839,
    };

    [Fact]
    public void The_documented_oco_leg_answer_is_read_with_its_conditional_fields()
    {
        // rest-api.md, POST /api/v3/orderList/oco, first orderReports entry.
        OrderReport r = RestMapping.ToReport(Answer("STOP_LOSS_LIMIT"), null);
        Assert.Equal(OrderType.StopLossLimit, r.Type);
        Assert.Equal(Price.Parse("1"), r.StopPrice);
        Assert.Equal(Quantity.Parse("1"), r.IcebergQuantity);
        Assert.Equal(1, r.OrderListId);
    }

    [Theory]
    [InlineData("STOP_MARKET", "NEW", "SELL", "GTC")]
    [InlineData("LIMIT", "PENDING", "SELL", "GTC")]
    [InlineData("LIMIT", "NEW", "HOLD", "GTC")]
    [InlineData("LIMIT", "NEW", "SELL", "GTX")]
    public void An_answer_with_a_name_the_client_does_not_know_is_refused(string type, string status, string side, string tif)
    {
        var e = Assert.Throws<BinanceApiException>(() => RestMapping.ToReport(Answer(type, status, side, tif), null));
        Assert.Contains("does not know", e.Message);
        Assert.False(e.OutcomeUnknown);
    }
}
