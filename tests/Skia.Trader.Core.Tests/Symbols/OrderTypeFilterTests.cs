using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Core.Tests.Symbols;

/// <summary>The filters that depend on the order type: PERCENT_PRICE_BY_SIDE, MARKET_LOT_SIZE, ICEBERG_PARTS, TRAILING_DELTA (filters.md).</summary>
public class OrderTypeFilterTests
{
    // BTCUSDT-like: tick 0.01, step 0.00001; the band and the other filters as filters.md shows them.
    private static SymbolInfo Symbol() => new(
        "BTCUSDT", "BTC", "USDT",
        new PriceFilter(Price.Parse("0.01"), Price.Parse("1000000"), Price.Parse("0.01")),
        new LotSizeFilter(Quantity.Parse("0.00001"), Quantity.Parse("9000"), Quantity.Parse("0.00001")),
        new NotionalFilter("NOTIONAL", Quantity.Parse("5"), Quantity.Parse("9000000"), true, false))
    {
        PercentPriceBySide = new PercentPriceBySideFilter(Price.Parse("1.2"), Price.Parse("0.2"), Price.Parse("5"), Price.Parse("0.8"), 1),
        MarketLotSize = new LotSizeFilter(Quantity.Parse("0.001"), Quantity.Parse("100"), Quantity.Parse("0.001")),
        IcebergParts = 10,
        TrailingDelta = new TrailingDeltaFilter(10, 2000, 10, 2000),
    };

    private static readonly Price Average = Price.Parse("60000");

    [Theory]
    [InlineData(OrderSide.Buy, "72000", true)]     // 1.2 x average: on the edge, passes
    [InlineData(OrderSide.Buy, "72000.01", false)]
    [InlineData(OrderSide.Buy, "12000", true)]     // 0.2 x
    [InlineData(OrderSide.Buy, "11999.99", false)]
    [InlineData(OrderSide.Sell, "300000", true)]   // 5 x
    [InlineData(OrderSide.Sell, "47999.99", false)] // under 0.8 x
    public void Percent_price_by_side_bounds_each_side_by_its_own_multipliers(OrderSide side, string price, bool passes)
    {
        OrderCheck check = Symbol().Check(side, OrderType.Limit, Price.Parse(price), Quantity.Parse("0.001"), Quantity.Zero, Average);
        Assert.Equal(passes, check.IsValid);
        if (!passes)
        {
            Assert.Equal(FilterRule.PriceOutsideBand, check.FailedRule);
            Assert.Equal("Filter failure: PERCENT_PRICE_BY_SIDE", check.ExchangeMessage);
        }
    }

    [Fact]
    public void Market_lot_size_applies_to_orders_that_execute_at_market_only()
    {
        SymbolInfo s = Symbol();
        Quantity small = Quantity.Parse("0.0005"); // passes LOT_SIZE, fails MARKET_LOT_SIZE minQty
        Assert.Equal("Filter failure: MARKET_LOT_SIZE", s.Check(OrderSide.Buy, OrderType.Market, Price.Zero, small, Quantity.Zero, Average).ExchangeMessage);
        Assert.Equal(FilterRule.MarketQuantityBelowMin, s.Check(OrderSide.Sell, OrderType.StopLoss, Price.Zero, small, Quantity.Zero, Average, Price.Parse("50000")).FailedRule);
        Assert.Equal(FilterRule.MarketQuantityOffStep, s.Check(OrderSide.Sell, OrderType.TakeProfit, Price.Zero, Quantity.Parse("0.10005"), Quantity.Zero, Average, Price.Parse("70000")).FailedRule);
        // A limit order of the same size is judged by LOT_SIZE and NOTIONAL only (0.0005 x 60000 = 30 USDT).
        Assert.True(s.Check(OrderSide.Buy, OrderType.Limit, Average, small, Quantity.Zero, Average).IsValid);
    }

    [Fact]
    public void Iceberg_parts_and_trailing_delta_are_checked_with_their_filter_names()
    {
        SymbolInfo s = Symbol();
        // ceil(0.011 / 0.001) = 11 parts > 10.
        Assert.Equal("Filter failure: ICEBERG_PARTS",
            s.Check(OrderSide.Buy, OrderType.Limit, Average, Quantity.Parse("0.011"), Quantity.Zero, Average, icebergQuantity: Quantity.Parse("0.001")).ExchangeMessage);
        Assert.True(s.Check(OrderSide.Buy, OrderType.Limit, Average, Quantity.Parse("0.010"), Quantity.Zero, Average, icebergQuantity: Quantity.Parse("0.001")).IsValid);
        Assert.Equal("Filter failure: TRAILING_DELTA",
            s.Check(OrderSide.Sell, OrderType.StopLoss, Price.Zero, Quantity.Parse("0.01"), Quantity.Zero, Average, trailingDelta: 5).ExchangeMessage);
        Assert.True(s.Check(OrderSide.Sell, OrderType.StopLoss, Price.Zero, Quantity.Parse("0.01"), Quantity.Zero, Average, trailingDelta: 10).IsValid);
        // The stop price is held to PRICE_FILTER like a price.
        Assert.Equal("Filter failure: PRICE_FILTER",
            s.Check(OrderSide.Sell, OrderType.StopLoss, Price.Zero, Quantity.Parse("0.01"), Quantity.Zero, Average, Price.Parse("50000.005")).ExchangeMessage);
    }

    [Theory]
    [InlineData(OrderSide.Buy, OrderType.StopLoss, true)]
    [InlineData(OrderSide.Buy, OrderType.StopLossLimit, true)]
    [InlineData(OrderSide.Sell, OrderType.TakeProfit, true)]
    [InlineData(OrderSide.Sell, OrderType.TakeProfitLimit, true)]
    [InlineData(OrderSide.Sell, OrderType.StopLoss, false)]
    [InlineData(OrderSide.Buy, OrderType.TakeProfit, false)]
    public void Stops_trigger_above_or_below_the_market_as_documented(OrderSide side, OrderType type, bool above) =>
        Assert.Equal(above, SymbolInfo.TriggersAbove(side, type));
}
