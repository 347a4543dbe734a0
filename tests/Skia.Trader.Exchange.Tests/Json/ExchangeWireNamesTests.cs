using System.Text.Json;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Json;

/// <summary>The simulator's own wire names and event shapes, pinned to Binance's documentation literally (enums.md, user-data-stream.md).</summary>
public class ExchangeWireNamesTests
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
        Assert.Equal(wire, ExchangeWireNames.Name(type));
        Assert.True(ExchangeWireNames.TryParse(wire, out OrderType parsed));
        Assert.Equal(type, parsed);
    }

    [Theory]
    [InlineData("NEW", OrderStatus.New)]
    [InlineData("PARTIALLY_FILLED", OrderStatus.PartiallyFilled)]
    [InlineData("FILLED", OrderStatus.Filled)]
    [InlineData("CANCELED", OrderStatus.Canceled)]
    [InlineData("REJECTED", OrderStatus.Rejected)]
    [InlineData("EXPIRED", OrderStatus.Expired)]
    [InlineData("EXPIRED_IN_MATCH", OrderStatus.ExpiredInMatch)]
    public void Statuses(string wire, OrderStatus status)
    {
        Assert.Equal(wire, ExchangeWireNames.Name(status));
        Assert.True(ExchangeWireNames.TryParse(wire, out OrderStatus parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("BUY", OrderSide.Buy)]
    [InlineData("SELL", OrderSide.Sell)]
    public void Sides(string wire, OrderSide side)
    {
        Assert.Equal(wire, ExchangeWireNames.Name(side));
        Assert.True(ExchangeWireNames.TryParse(wire, out OrderSide parsed));
        Assert.Equal(side, parsed);
    }

    [Theory]
    [InlineData("GTC", TimeInForce.Gtc)]
    [InlineData("IOC", TimeInForce.Ioc)]
    [InlineData("FOK", TimeInForce.Fok)]
    public void Times_in_force(string wire, TimeInForce tif)
    {
        Assert.Equal(wire, ExchangeWireNames.Name(tif));
        Assert.True(ExchangeWireNames.TryParse(wire, out TimeInForce parsed));
        Assert.Equal(tif, parsed);
    }

    [Fact]
    public void The_exchange_never_names_the_clients_own_statuses_nor_reads_unknown_names()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeWireNames.Name(OrderStatus.PendingSend));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeWireNames.Name(OrderStatus.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeWireNames.Name((OrderType)42));
        Assert.False(ExchangeWireNames.TryParse("STOP_MARKET", out OrderType _));
        Assert.False(ExchangeWireNames.TryParse("limit", out OrderType _));
        Assert.False(ExchangeWireNames.TryParse("GTX", out TimeInForce _));
        Assert.False(ExchangeWireNames.TryParse((string?)null, out OrderSide _));
    }

    [Fact]
    public void An_execution_report_has_the_documented_fields_in_the_documented_order()
    {
        // user-data-stream.md, executionReport payload (W only once working; d/D only for trailing stops).
        string[] documented = ["e", "E", "s", "c", "S", "o", "f", "q", "p", "P", "F", "g", "C", "x", "X", "r", "i", "l", "z", "L", "n", "N", "T", "t", "v", "I",
            "w", "m", "M", "O", "Z", "Y", "Q", "d", "D", "W", "V"];
        var order = new OrderRecord(7, "c1", "k", "BTCUSDT", OrderSide.Sell, OrderType.StopLossLimit, TimeInForce.Gtc, Price.Parse("63900"),
            Quantity.Parse("0.1"), Quantity.Zero, Quantity.Zero, Quantity.Zero, OrderStatus.New, 1, 1, Price.Parse("64000"), 250, Quantity.Parse("0.02"),
            3, true, 5, 4);
        var report = new ExecutionReport(order, "NEW", null, Quantity.Zero, Price.Zero, Quantity.Zero, null, -1, false, true, 9, "NONE");
        using JsonDocument doc = JsonDocument.Parse(JsonDocumentWriter.Write(report, StreamJson.WriteExecutionReport));
        JsonElement e = doc.RootElement;
        Assert.Equal(documented, e.EnumerateObject().Select(p => p.Name));
        Assert.Equal("STOP_LOSS_LIMIT", e.GetProperty("o").GetString());
        Assert.Equal("64000.00000000", e.GetProperty("P").GetString());
        Assert.Equal("0.02000000", e.GetProperty("F").GetString());
        Assert.Equal(3, e.GetProperty("g").GetInt64());
        Assert.Equal(250, e.GetProperty("d").GetInt64());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("N").ValueKind);
    }
}
