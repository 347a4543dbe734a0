using CsCheck;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Core.Tests.Symbols;

public class SymbolInfoTests
{
    // NKNUSDT as Binance listed it: tick 0.0001, step 0.1, min notional 5 USDT (values from exchangeInfo).
    private static SymbolInfo Nknusdt() => new(
        "NKNUSDT", "NKN", "USDT",
        new PriceFilter(Price.Parse("0.0001"), Price.Parse("1000"), Price.Parse("0.0001")),
        new LotSizeFilter(Quantity.Parse("0.1"), Quantity.Parse("9000000"), Quantity.Parse("0.1")),
        new NotionalFilter("NOTIONAL", Quantity.Parse("5"), Quantity.Parse("9000000"), true, false));

    [Fact]
    public void A_valid_limit_order_passes()
    {
        OrderCheck check = Nknusdt().CheckLimit(Price.Parse("0.3521"), Quantity.Parse("100"));
        Assert.True(check.IsValid);
        Assert.Null(check.ExchangeMessage);
    }

    [Theory]
    [InlineData("0.35215", "100", FilterRule.PriceOffTick, "0.3522", "100")]
    [InlineData("0.35214", "100", FilterRule.PriceOffTick, "0.3521", "100")]
    [InlineData("0.00001", "100", FilterRule.PriceBelowMin, "0.0001", "100")]
    [InlineData("0", "100", FilterRule.PriceBelowMin, "0.0001", "100")]
    [InlineData("2000", "100", FilterRule.PriceAboveMax, "1000", "100")]
    [InlineData("0.3521", "0.05", FilterRule.QuantityBelowMin, "0.3521", "0.1")]
    [InlineData("0.3521", "100.04", FilterRule.QuantityOffStep, "0.3521", "100")]
    [InlineData("0.3521", "100.05", FilterRule.QuantityOffStep, "0.3521", "100.1")]
    [InlineData("0.3521", "9000001", FilterRule.QuantityAboveMax, "0.3521", "9000000")]
    [InlineData("0.3521", "10", FilterRule.NotionalBelowMin, "0.3521", "14.3")]
    public void CheckLimit_names_the_rule_and_the_nearest_valid_values(string price, string qty, FilterRule rule, string nearPrice, string nearQty)
    {
        OrderCheck check = Nknusdt().CheckLimit(Price.Parse(price), Quantity.Parse(qty));
        Assert.Equal(rule, check.FailedRule);
        Assert.Equal(Price.Parse(nearPrice), check.NearestPrice);
        Assert.Equal(Quantity.Parse(nearQty), check.NearestQuantity);
    }

    [Theory]
    [InlineData("0.00001", "100", "Filter failure: PRICE_FILTER")]
    [InlineData("0.3521", "0.05", "Filter failure: LOT_SIZE")]
    [InlineData("0.3521", "1", "Filter failure: NOTIONAL")]
    public void ExchangeMessage_is_the_exchange_wording(string price, string qty, string message)
    {
        Assert.Equal(message, Nknusdt().CheckLimit(Price.Parse(price), Quantity.Parse(qty)).ExchangeMessage);
    }

    [Fact]
    public void Market_orders_use_the_reference_price_for_the_notional_minimum()
    {
        SymbolInfo s = Nknusdt();
        Assert.Equal(FilterRule.NotionalBelowMin, s.CheckMarket(Quantity.Parse("10"), Price.Parse("0.3521")).FailedRule);
        Assert.True(s.CheckMarket(Quantity.Parse("20"), Price.Parse("0.3521")).IsValid);
        Assert.Equal(FilterRule.NotionalBelowMin, s.CheckMarketQuote(Quantity.Parse("4.99")).FailedRule);
        Assert.True(s.CheckMarketQuote(Quantity.Parse("5")).IsValid);
    }

    [Fact]
    public void Decimals_follow_tick_and_step()
    {
        Assert.Equal(4, Nknusdt().PriceDecimals);
        Assert.Equal(1, Nknusdt().QuantityDecimals);
    }

    [Fact]
    public void The_nearest_valid_values_always_pass_their_own_filter()
    {
        SymbolInfo s = Nknusdt();
        Gen.Select(Gen.Long[-1_000, 200_000_000_000L], Gen.Long[-1_000, 1_000_000_000_000_000L]).Sample((p, q) =>
        {
            OrderCheck check = s.CheckLimit(Price.FromRaw(p), Quantity.FromRaw(q));
            if (check.IsValid)
                return;
            Assert.Equal(FilterRule.None, s.PriceFilter.Check(check.NearestPrice));
            if (check.FailedRule is FilterRule.QuantityBelowMin or FilterRule.QuantityAboveMax or FilterRule.QuantityOffStep
                or FilterRule.NotionalBelowMin or FilterRule.NotionalAboveMax)
                Assert.Equal(FilterRule.None, s.LotSize.Check(check.NearestQuantity));
            if (check.FailedRule == FilterRule.NotionalBelowMin && check.NearestQuantity <= s.LotSize.MaxQuantity)
                Assert.Equal(FilterRule.None, s.Notional.Check(check.NearestPrice, check.NearestQuantity, false));
        });
    }
}
