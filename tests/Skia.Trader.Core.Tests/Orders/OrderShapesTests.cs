using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Core.Tests.Orders;

public class OrderShapesTests
{
    // Binance Spot REST "New order": "Some additional mandatory parameters based on order type", verbatim rows
    // (rest-api.md), plus "Other info": icebergQty with LIMIT, LIMIT_MAKER, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT only.
    public static TheoryData<OrderType, string> DocumentedMandatory => new()
    {
        { OrderType.Limit, "timeInForce, quantity, price" },
        { OrderType.Market, "quantity or quoteOrderQty" },
        { OrderType.StopLoss, "quantity, stopPrice or trailingDelta" },
        { OrderType.StopLossLimit, "timeInForce, quantity, price, stopPrice or trailingDelta" },
        { OrderType.TakeProfit, "quantity, stopPrice or trailingDelta" },
        { OrderType.TakeProfitLimit, "timeInForce, quantity, price, stopPrice or trailingDelta" },
        { OrderType.LimitMaker, "quantity, price" },
    };

    [Theory]
    [MemberData(nameof(DocumentedMandatory))]
    public void Each_shape_requires_exactly_what_binance_documents_and_forbids_the_rest(OrderType type, string documented)
    {
        OrderShape shape = OrderShapes.Of(type);
        var mentioned = new HashSet<string>(documented.Replace(" or ", ", ").Split(", "));
        foreach (OrderParameter p in OrderShapes.Parameters)
        {
            string name = Name(p);
            ParameterRule expected = p == OrderParameter.IcebergQuantity
                ? (type is OrderType.Limit or OrderType.LimitMaker or OrderType.StopLossLimit or OrderType.TakeProfitLimit ? ParameterRule.Optional : ParameterRule.Forbidden)
                : !mentioned.Contains(name) ? ParameterRule.Forbidden
                : documented.Contains(name + " or ") || documented.Contains(" or " + name) ? ParameterRule.Optional
                : ParameterRule.Required;
            Assert.True(expected == shape.Rule(p), $"{type} {name}: expected {expected}, table says {shape.Rule(p)}");
        }
        Assert.Equal(mentioned.Contains("timeInForce") ? [TimeInForce.Gtc, TimeInForce.Ioc, TimeInForce.Fok] : [], shape.TimesInForce);
        Assert.Equal(type is OrderType.StopLoss or OrderType.StopLossLimit or OrderType.TakeProfit or OrderType.TakeProfitLimit, shape.IsContingent);
    }

    [Fact]
    public void Every_order_type_has_one_shape_and_an_unknown_type_throws()
    {
        OrderType[] types = Enum.GetValues<OrderType>();
        Assert.Equal(types.Length, OrderShapes.All.Count);
        foreach (OrderType t in types)
            Assert.Equal(t, OrderShapes.Of(t).Type);
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderShapes.Of((OrderType)99));
    }

    [Fact]
    public void Check_names_the_first_problem_as_binance_would()
    {
        OrderShape limitMaker = OrderShapes.Of(OrderType.LimitMaker);
        Assert.Equal(new ShapeViolation(ShapeViolationKind.NotAllowed, OrderParameter.TimeInForce, OrderParameter.None),
            limitMaker.Check(OrderParameter.TimeInForce | OrderParameter.Quantity | OrderParameter.Price, TimeInForce.Gtc));
        Assert.True(limitMaker.Check(OrderParameter.Quantity | OrderParameter.Price, null).IsValid);

        OrderShape market = OrderShapes.Of(OrderType.Market);
        Assert.Equal(ShapeViolationKind.MissingEither, market.Check(OrderParameter.None, null).Kind);
        Assert.Equal(ShapeViolationKind.BothSent, market.Check(OrderParameter.Quantity | OrderParameter.QuoteOrderQuantity, null).Kind);

        OrderShape stop = OrderShapes.Of(OrderType.StopLoss);
        Assert.Equal(new ShapeViolation(ShapeViolationKind.MissingEither, OrderParameter.StopPrice, OrderParameter.TrailingDelta),
            stop.Check(OrderParameter.Quantity, null));
        Assert.True(stop.Check(OrderParameter.Quantity | OrderParameter.TrailingDelta, null).IsValid);
        Assert.True(stop.Check(OrderParameter.Quantity | OrderParameter.TrailingDelta | OrderParameter.StopPrice, null).IsValid);

        OrderShape limit = OrderShapes.Of(OrderType.Limit);
        Assert.Equal(new ShapeViolation(ShapeViolationKind.Missing, OrderParameter.TimeInForce, OrderParameter.None),
            limit.Check(OrderParameter.Quantity | OrderParameter.Price, null));
        // "Any order with an icebergQty MUST have timeInForce set to GTC."
        const OrderParameter iceberg = OrderParameter.TimeInForce | OrderParameter.Quantity | OrderParameter.Price | OrderParameter.IcebergQuantity;
        Assert.Equal(ShapeViolationKind.UnsupportedCombination, limit.Check(iceberg, TimeInForce.Ioc).Kind);
        Assert.True(limit.Check(iceberg, TimeInForce.Gtc).IsValid);
    }

    [Fact]
    public void An_order_reports_the_parameters_its_shape_sends()
    {
        var maker = new Order("c1", "BTCUSDT", OrderSide.Sell, OrderType.LimitMaker, TimeInForce.Ioc, Price.Parse("70000"), Quantity.Parse("0.1"));
        Assert.Equal(OrderParameter.Quantity | OrderParameter.Price, maker.Shape.ParametersOf(maker)); // its TimeInForce is never sent
        var trailing = new Order("c2", "BTCUSDT", OrderSide.Sell, OrderType.StopLossLimit, TimeInForce.Gtc, Price.Parse("60000"), Quantity.Parse("0.1"))
        {
            TrailingDelta = 250,
        };
        Assert.Equal(OrderParameter.TimeInForce | OrderParameter.Quantity | OrderParameter.Price | OrderParameter.TrailingDelta, trailing.Shape.ParametersOf(trailing));
    }

    [Fact]
    public void Reducing_quantity_only_goes_down_and_never_below_what_executed()
    {
        var order = new Order("c", "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Price.Parse("1"), Quantity.Parse("5"));
        Assert.False(order.ReduceQuantity(Quantity.Parse("6")));
        Assert.True(order.ReduceQuantity(Quantity.Parse("4")));
        Assert.Equal(Quantity.Parse("4"), order.Quantity);
        order.Apply(new OrderUpdate(OrderStatus.PartiallyFilled, 1, Quantity.Parse("3"), Quantity.Parse("3"), 1));
        Assert.False(order.ReduceQuantity(Quantity.Parse("2")));
        // Filled at the amended quantity is legal.
        Assert.True(order.Apply(new OrderUpdate(OrderStatus.Filled, 1, Quantity.Parse("4"), Quantity.Parse("4"), 2)).WasApplied);
    }

    private static string Name(OrderParameter p) => p switch
    {
        OrderParameter.TimeInForce => "timeInForce",
        OrderParameter.Quantity => "quantity",
        OrderParameter.QuoteOrderQuantity => "quoteOrderQty",
        OrderParameter.Price => "price",
        OrderParameter.StopPrice => "stopPrice",
        OrderParameter.TrailingDelta => "trailingDelta",
        OrderParameter.IcebergQuantity => "icebergQty",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };
}
