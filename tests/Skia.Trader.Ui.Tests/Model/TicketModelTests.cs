using Skia.Trader.Core.Numerics;
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
        // As typed, the check says what is wrong and what the nearest valid value is; nothing can be sent.
        TicketCheck offTick = t.Check();
        Assert.Equal(FilterRule.PriceOffTick, offTick.FilterRule);
        Assert.Equal(TicketField.Price, offTick.Field);
        Assert.Equal(P("60000.02"), offTick.NearestPrice);
        Assert.Equal("PRICE_FILTER: price not on the tick 0.01. Nearest valid price 60000.02.", offTick.Message);
        Assert.Null(t.Submit(1).Order);

        Assert.True(t.SnapPrice());
        TicketCheck offStep = t.Check();
        Assert.Equal(FilterRule.QuantityOffStep, offStep.FilterRule);
        Assert.Equal("LOT_SIZE: quantity not on the step 0.00001. Nearest valid quantity 0.12346.", offStep.Message);

        Assert.True(t.SnapQuantity());
        Assert.Equal(P("60000.02"), t.Price);
        Assert.Equal(Q("0.12346"), t.Quantity); // the nearest valid value the check showed
        Assert.False(t.SnapPrice());
        Assert.True(t.Check().IsValid);
    }

    [Fact]
    public void An_empty_ticket_is_incomplete_not_an_error_and_says_which_field_is_missing()
    {
        TicketModel t = Ticket();
        TicketCheck empty = t.Check();
        Assert.Equal(TicketProblem.Incomplete, empty.Problem);
        Assert.False(empty.IsError); // the form shows nothing until the user tries to send
        Assert.Equal(TicketField.Price, empty.Field);
        Assert.Equal("Enter a price.", empty.Message);
        t.SetPrice(P("59000"));
        Assert.Equal(TicketField.Quantity, t.Check().Field);
        t.Type = OrderType.TakeProfitLimit;
        Assert.Equal(TicketField.StopPrice, t.Check().Field);
        t.Type = OrderType.Market;
        t.ClearPrice();
        Assert.Equal("Enter a quantity.", t.Check().Message); // MARKET needs no price
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

    [Fact]
    public void Without_the_account_s_rates_the_fee_uses_binance_s_default_of_0_1_percent_and_says_so()
    {
        var t = new TicketModel(Btc, () => "x") { QuoteFree = Q("10000") };
        Assert.False(t.CommissionFromAccount);
        Assert.Equal(Q("0.001"), t.MakerCommission);
        Assert.Equal(Q("0.001"), t.TakerCommission);
        t.SetPrice(P("50000"));
        t.SetQuantity(Q("0.1"));
        Assert.Equal(Q("5"), t.EstimatedFee); // 5000 USDT x 0.1 %
    }

    [Fact]
    public void The_book_sets_the_reference_price_for_the_side_and_a_market_order_is_built_at_the_preset_size()
    {
        TicketModel t = Ticket();
        Assert.True(t.SetBook(P("59990"), P("60010")));
        Assert.Equal(P("60010"), t.ReferencePrice); // buying is valued at the best ask
        t.Side = OrderSide.Sell;
        Assert.Equal(P("59990"), t.ReferencePrice);
        t.Side = OrderSide.Buy;

        TicketSubmission buy = t.BuildMarketOrder(OrderSide.Buy, 50);
        Assert.True(buy.IsNew);
        Assert.Equal(OrderType.Market, buy.Order!.Type);
        Assert.Equal(Q("0.08331"), buy.Order.Quantity); // 5000 / 60010 = 0.083319.. down to the step
        Assert.Equal(Price.Zero, buy.Order.Price);
        TicketSubmission sell = t.BuildMarketOrder(OrderSide.Sell, 100);
        Assert.Equal(Q("0.5"), sell.Order!.Quantity);
        Assert.Equal(OrderSide.Sell, sell.Order.Side);
        Assert.False(t.HasQuantity); // the form's own fields are untouched

        var noBook = new TicketModel(Btc, () => "y") { QuoteFree = Q("100") };
        TicketSubmission none = noBook.BuildMarketOrder(OrderSide.Buy, 25);
        Assert.Null(none.Order);
        Assert.Equal(TicketProblem.NoReferencePrice, none.Check.Problem);
    }

    [Theory]
    [InlineData("60000", "0.000001", FilterRule.QuantityBelowMin, "LOT_SIZE", "60000", "0.00001",
        "LOT_SIZE: quantity below the minimum 0.00001. Nearest valid quantity 0.00001.")]
    [InlineData("60000", "0.000016", FilterRule.QuantityOffStep, "LOT_SIZE", "60000", "0.00002",
        "LOT_SIZE: quantity not on the step 0.00001. Nearest valid quantity 0.00002.")]
    [InlineData("2000000", "0.001", FilterRule.PriceAboveMax, "PRICE_FILTER", "1000000", "0.001",
        "PRICE_FILTER: price above the maximum 1000000.00. Nearest valid price 1000000.00.")]
    [InlineData("0", "0.001", FilterRule.PriceBelowMin, "PRICE_FILTER", "0.01", "0.001",
        "PRICE_FILTER: price below the minimum 0.01. Nearest valid price 0.01.")]
    [InlineData("60000.006", "0.001", FilterRule.PriceOffTick, "PRICE_FILTER", "60000.01", "0.001",
        "PRICE_FILTER: price not on the tick 0.01. Nearest valid price 60000.01.")]
    [InlineData("100", "0.01", FilterRule.NotionalBelowMin, "NOTIONAL", "100", "0.05",
        "NOTIONAL: order value below the minimum 5 USDT. Nearest valid quantity 0.05000.")]
    public void Every_filter_is_checked_before_sending_with_the_failing_rule_and_the_nearest_valid_value(
        string price, string quantity, FilterRule rule, string filter, string nearestPrice, string nearestQuantity, string message)
    {
        TicketModel t = Ticket();
        t.SetPrice(P(price));
        t.SetQuantity(Q(quantity));
        TicketCheck check = t.Check();
        Assert.Equal(TicketProblem.Filter, check.Problem);
        Assert.True(check.IsError);
        Assert.Equal(rule, check.FilterRule);
        Assert.Equal(filter, check.ExchangeFilter);
        Assert.Equal(message, check.Message);
        Assert.Equal(P(nearestPrice), check.NearestPrice);
        Assert.Equal(Q(nearestQuantity), check.NearestQuantity);
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
        Assert.Equal(TicketField.Quantity, check.Field);
        Assert.Equal("Not enough USDT: available 10000. Nearest valid quantity 0.16666.", check.Message);

        t.Side = OrderSide.Sell;
        Assert.Equal(Q("0.5"), t.Check().NearestQuantity);
        Assert.Equal("Not enough BTC: available 0.5. Nearest valid quantity 0.50000.", t.Check().Message);
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
        Assert.Equal(TicketProblem.Incomplete, t.Check().Problem); // a stop-limit without a stop price
        Assert.Equal(TicketField.StopPrice, t.Check().Field);
        t.SetStopPrice(P("59100.006"));
        TicketCheck stop = t.Check();
        Assert.Equal(TicketField.StopPrice, stop.Field); // the limit price is fine: the stop price is off the tick
        Assert.Equal("PRICE_FILTER: stop price not on the tick 0.01. Nearest valid stop price 59100.01.", stop.Message);
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
