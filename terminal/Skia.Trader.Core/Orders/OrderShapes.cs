namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderShapes is the one table of order shapes (Binance Spot, "New order": additional mandatory
/// parameters by type, and "Other info"): per type, which of timeInForce, quantity, quoteOrderQty,
/// price, stopPrice, trailingDelta and icebergQty it requires, allows or forbids, and the times in force
/// it takes. Everything that builds, validates or lists order types reads it.
/// </summary>
public static class OrderShapes
{
    private const ParameterRule F = ParameterRule.Forbidden, R = ParameterRule.Required, O = ParameterRule.Optional;
    private static readonly TimeInForce[] AllTimesInForce = [TimeInForce.Gtc, TimeInForce.Ioc, TimeInForce.Fok];
    private const OrderParameter StopOrTrailing = OrderParameter.StopPrice | OrderParameter.TrailingDelta;
    private const OrderParameter QuantityOrQuote = OrderParameter.Quantity | OrderParameter.QuoteOrderQuantity;

    // Columns: timeInForce, quantity, quoteOrderQty, price, stopPrice, trailingDelta, icebergQty.
    private static readonly OrderShape[] Table =
    [
        new(OrderType.Limit, [R, R, F, R, F, F, O], OrderParameter.None, OrderParameter.None, AllTimesInForce, false),
        new(OrderType.Market, [F, O, O, F, F, F, F], QuantityOrQuote, QuantityOrQuote, [], false),
        new(OrderType.StopLoss, [F, R, F, F, O, O, F], StopOrTrailing, OrderParameter.None, [], true),
        new(OrderType.StopLossLimit, [R, R, F, R, O, O, O], StopOrTrailing, OrderParameter.None, AllTimesInForce, true),
        new(OrderType.TakeProfit, [F, R, F, F, O, O, F], StopOrTrailing, OrderParameter.None, [], true),
        new(OrderType.TakeProfitLimit, [R, R, F, R, O, O, O], StopOrTrailing, OrderParameter.None, AllTimesInForce, true),
        new(OrderType.LimitMaker, [F, R, F, R, F, F, O], OrderParameter.None, OrderParameter.None, [], false),
    ];

    /// <summary>Parameters lists the single parameters in the order requests carry them and checks report them.</summary>
    public static IReadOnlyList<OrderParameter> Parameters { get; } =
    [
        OrderParameter.TimeInForce, OrderParameter.Quantity, OrderParameter.QuoteOrderQuantity, OrderParameter.Price,
        OrderParameter.StopPrice, OrderParameter.TrailingDelta, OrderParameter.IcebergQuantity,
    ];

    /// <summary>All lists every shape, one per order type, in Binance's documented order of types.</summary>
    public static IReadOnlyList<OrderShape> All => Table;

    /// <summary>Of returns the shape of an order type; throws for a value that is not a known type.</summary>
    public static OrderShape Of(OrderType type) => type switch
    {
        OrderType.Limit => Table[0],
        OrderType.Market => Table[1],
        OrderType.StopLoss => Table[2],
        OrderType.StopLossLimit => Table[3],
        OrderType.TakeProfit => Table[4],
        OrderType.TakeProfitLimit => Table[5],
        OrderType.LimitMaker => Table[6],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown order type."),
    };
}
