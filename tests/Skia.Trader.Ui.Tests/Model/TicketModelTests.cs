using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Model;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Model;

public class TicketModelTests
{
    private static readonly SymbolInfo Btc = new("BTCUSDT", "BTC", "USDT",
        new PriceFilter(P("0.01"), P("1000000"), P("0.01")),
        new LotSizeFilter(Q("0.00001"), Q("9000"), Q("0.00001")),
        new NotionalFilter("NOTIONAL", Q("5"), Q("9000000"), true, false));

    private static int _ids;

    private static TicketModel Ticket() => new(Btc, () => "t-" + Interlocked.Increment(ref _ids))
    {
        QuoteFree = Q("10000"),
        BaseFree = Q("0.5"),
        MakerCommission = Q("0.001"),
        TakerCommission = Q("0.002"),
        ReferencePrice = P("60000"),
    };

    [Fact]
    public void Price_snaps_to_the_nearest_tick_and_quantity_down_to_the_step()
    {
        TicketModel t = Ticket();
        t.SetPrice(P("60000.017"));
        t.SetQuantity(Q("0.123456"));
        Assert.Equal(P("60000.02"), t.Price);
        Assert.Equal(Q("0.12345"), t.Quantity);
    }

    [Fact]
    public void Presets_take_a_share_of_the_quote_balance_over_the_price_to_buy_and_of_the_base_balance_to_sell()
    {
        TicketModel t = Ticket();
        t.SetPrice(P("60000"));
        Assert.True(t.ApplyPreset(25));
        Assert.Equal(Q("0.04166"), t.Quantity); // 2500 / 60000 = 0.0416666.. down to the step
        Assert.True(t.ApplyPreset(100));
        Assert.Equal(Q("0.16666"), t.Quantity);
        Assert.True(t.Check().IsValid);

        t.Side = OrderSide.Sell;
        Assert.True(t.ApplyPreset(75));
        Assert.Equal(Q("0.375"), t.Quantity);

        TicketModel market = Ticket();
        market.Type = OrderType.Market;
        market.ApplyPreset(50);
        Assert.Equal(Q("0.08333"), market.Quantity); // valued at the reference price
        Assert.Throws<ArgumentOutOfRangeException>(() => market.ApplyPreset(30));
    }

    [Fact]
    public void Total_and_fee_use_the_maker_rate_for_a_resting_limit_and_the_taker_rate_when_it_crosses()
    {
        TicketModel t = Ticket();
        t.SetPrice(P("59000"));
        t.SetQuantity(Q("0.1"));
        Assert.Equal(Q("5900"), t.Total);
        Assert.False(t.IsTaker);
        Assert.Equal(Q("5.9"), t.EstimatedFee);

        t.SetPrice(P("60010")); // above the best ask: takes
        Assert.True(t.IsTaker);
        Assert.Equal(Q("12.002"), t.EstimatedFee);

        t.Type = OrderType.LimitMaker;
        Assert.False(t.IsTaker);
    }

    [Theory]
    [InlineData("60000", "0.000001", FilterRule.QuantityBelowMin, "LOT_SIZE", "60000", "0")]
    [InlineData("2000000", "0.001", FilterRule.PriceAboveMax, "PRICE_FILTER", "1000000", "0.001")]
    [InlineData("100", "0.01", FilterRule.NotionalBelowMin, "NOTIONAL", "100", "0.05")]
    public void Every_filter_is_checked_before_sending_with_the_failing_rule_and_the_nearest_valid_value(
        string price, string quantity, FilterRule rule, string filter, string nearestPrice, string nearestQuantity)
    {
        TicketModel t = Ticket();
        t.SetPrice(P(price));
        t.SetQuantity(Q(quantity));
        TicketCheck check = t.Check();
        Assert.Equal(TicketProblem.Filter, check.Problem);
        Assert.Equal(rule, check.FilterRule);
        Assert.Equal("Filter failure: " + filter, check.Message);
        if (nearestPrice != "0") Assert.Equal(P(nearestPrice), check.NearestPrice);
        if (nearestQuantity != "0") Assert.Equal(Q(nearestQuantity), check.NearestQuantity);
        Assert.Null(t.Submit(1).Order); // nothing is built, nothing sent
    }

    [Fact]
    public void Insufficient_balance_is_refused_with_the_quantity_the_balance_covers()
    {
        TicketModel t = Ticket();
        t.SetPrice(P("60000"));
        t.SetQuantity(Q("1"));
        TicketCheck check = t.Check();
        Assert.Equal(TicketProblem.InsufficientBalance, check.Problem);
        Assert.Equal(Q("0.16666"), check.NearestQuantity);
        Assert.Equal("Not enough USDT.", check.Message);

        t.Side = OrderSide.Sell;
        Assert.Equal(Q("0.5"), t.Check().NearestQuantity);
    }

    [Fact]
    public void The_order_type_decides_which_fields_apply()
    {
        TicketModel t = Ticket();
        t.Type = OrderType.Market;
        Assert.False(t.UsesPrice);
        Assert.False(t.UsesTimeInForce);
        t.Type = OrderType.StopLossLimit;
        Assert.True(t.UsesStopPrice);
        t.SetPrice(P("59000"));
        t.SetQuantity(Q("0.01"));
        Assert.Equal(TicketProblem.Shape, t.Check().Problem); // a stop-limit without a stop price
        t.SetStopPrice(P("59100"));
        Assert.True(t.Check().IsValid);
        Order order = t.Submit(1).Order!;
        Assert.Equal(P("59100"), order.StopPrice);
        Assert.Equal(OrderType.StopLossLimit, order.Type);

        t.Type = OrderType.LimitMaker;
        Assert.Throws<ArgumentOutOfRangeException>(() => t.TimeInForce = TimeInForce.Ioc);
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Type = OrderType.StopLoss);
    }

    [Fact]
    public void A_double_click_builds_exactly_one_order()
    {
        TicketModel t = Ticket();
        t.SetPrice(P("59000"));
        t.SetQuantity(Q("0.01"));

        TicketSubmission first = t.Submit(pressId: 7);
        TicketSubmission again = t.Submit(pressId: 7);   // the same press delivered twice
        TicketSubmission older = t.Submit(pressId: 6);   // a stale press

        Assert.True(first.IsNew);
        Assert.NotNull(first.Order);
        Assert.False(again.IsNew);
        Assert.Same(first.Order, again.Order);
        Assert.False(older.IsNew);
        Assert.Null(older.Order);

        TicketSubmission next = t.Submit(pressId: 8);    // a new press is a new order
        Assert.True(next.IsNew);
        Assert.NotEqual(first.Order!.ClientOrderId, next.Order!.ClientOrderId);
        Assert.Equal(OrderStatus.PendingSend, next.Order.Status);
        Assert.Equal(P("59000"), next.Order.Price);
        Assert.Equal(Q("0.01"), next.Order.Quantity);
    }
}
