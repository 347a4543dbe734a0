using System.Text;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Core.Tests.Orders;

/// <summary>The client's wire names, pinned to Binance's enums.md literally, in both directions.</summary>
public class OrderWireNamesTests
{
    [Theory]
    [InlineData("LIMIT", OrderType.Limit)]
    [InlineData("MARKET", OrderType.Market)]
    [InlineData("STOP_LOSS", OrderType.StopLoss)]
    [InlineData("STOP_LOSS_LIMIT", OrderType.StopLossLimit)]
    [InlineData("TAKE_PROFIT", OrderType.TakeProfit)]
    [InlineData("TAKE_PROFIT_LIMIT", OrderType.TakeProfitLimit)]
    [InlineData("LIMIT_MAKER", OrderType.LimitMaker)]
    public void Order_types(string wire, OrderType type)
    {
        Assert.Equal(wire, OrderWireNames.ToWire(type));
        Assert.True(OrderWireNames.TryParseType(Encoding.UTF8.GetBytes(wire), out OrderType parsed));
        Assert.Equal(type, parsed);
    }

    [Theory]
    [InlineData("BUY", OrderSide.Buy)]
    [InlineData("SELL", OrderSide.Sell)]
    public void Sides(string wire, OrderSide side)
    {
        Assert.Equal(wire, OrderWireNames.ToWire(side));
        Assert.True(OrderWireNames.TryParseSide(Encoding.UTF8.GetBytes(wire), out OrderSide parsed));
        Assert.Equal(side, parsed);
    }

    [Theory]
    [InlineData("GTC", TimeInForce.Gtc)]
    [InlineData("IOC", TimeInForce.Ioc)]
    [InlineData("FOK", TimeInForce.Fok)]
    public void Times_in_force(string wire, TimeInForce tif)
    {
        Assert.Equal(wire, OrderWireNames.ToWire(tif));
        Assert.True(OrderWireNames.TryParseTimeInForce(Encoding.UTF8.GetBytes(wire), out TimeInForce parsed));
        Assert.Equal(tif, parsed);
    }

    // enums.md "Order status": every documented status is read; PENDING_NEW and PENDING_CANCEL count as working (NEW).
    [Theory]
    [InlineData("NEW", OrderStatus.New)]
    [InlineData("PENDING_NEW", OrderStatus.New)]
    [InlineData("PARTIALLY_FILLED", OrderStatus.PartiallyFilled)]
    [InlineData("FILLED", OrderStatus.Filled)]
    [InlineData("CANCELED", OrderStatus.Canceled)]
    [InlineData("PENDING_CANCEL", OrderStatus.New)]
    [InlineData("REJECTED", OrderStatus.Rejected)]
    [InlineData("EXPIRED", OrderStatus.Expired)]
    [InlineData("EXPIRED_IN_MATCH", OrderStatus.ExpiredInMatch)]
    public void Statuses(string wire, OrderStatus status)
    {
        Assert.True(OrderWireNames.TryParseStatus(Encoding.UTF8.GetBytes(wire), out OrderStatus parsed));
        Assert.Equal(status, parsed);
        if (!wire.StartsWith("PENDING_", StringComparison.Ordinal)) Assert.Equal(wire, OrderWireNames.ToWire(status));
    }

    [Fact]
    public void Every_enum_value_has_a_name_and_no_two_share_one()
    {
        Assert.Equal(Enum.GetValues<OrderType>().Length, Enum.GetValues<OrderType>().Select(OrderWireNames.ToWire).Distinct().Count());
        Assert.Equal(Enum.GetValues<OrderStatus>().Length, Enum.GetValues<OrderStatus>().Select(OrderWireNames.ToWire).Distinct().Count());
    }

    [Fact]
    public void A_value_or_name_the_table_does_not_know_is_never_guessed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderWireNames.ToWire((OrderType)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderWireNames.ToWire((OrderSide)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderWireNames.ToWire((TimeInForce)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderWireNames.ToWire((OrderStatus)42));
        Assert.False(OrderWireNames.TryParseType("STOP_MARKET"u8, out _));
        Assert.False(OrderWireNames.TryParseType("limit_maker"u8, out _));
        Assert.False(OrderWireNames.TryParseSide("HOLD"u8, out _));
        Assert.False(OrderWireNames.TryParseTimeInForce("GTX"u8, out _));
        Assert.False(OrderWireNames.TryParseStatus("PENDING"u8, out _));
    }
}
