namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderShape is what one order type needs, allows and forbids (BINANCE.md "Orders (second round)",
/// from Binance's "additional mandatory parameters based on order type"): the rule for each parameter,
/// the pairs of which one must be sent, and the times in force the type takes. The client builds its
/// requests from it and the simulator validates them against it.
/// </summary>
public sealed class OrderShape
{
    private readonly ParameterRule[] _rules;

    internal OrderShape(OrderType type, ParameterRule[] rules, OrderParameter oneOf, OrderParameter exclusive, TimeInForce[] timesInForce, bool isContingent)
    {
        Type = type;
        _rules = rules;
        OneOf = oneOf;
        Exclusive = exclusive;
        TimesInForce = timesInForce;
        IsContingent = isContingent;
    }

    /// <summary>Type is the order type this shape describes.</summary>
    public OrderType Type { get; }

    /// <summary>OneOf is a pair of optional parameters of which at least one must be sent (MARKET: quantity or quoteOrderQty; stops: stopPrice or trailingDelta), else None.</summary>
    public OrderParameter OneOf { get; }

    /// <summary>Exclusive is a pair of parameters that must not both be sent (MARKET: quantity and quoteOrderQty), else None.</summary>
    public OrderParameter Exclusive { get; }

    /// <summary>TimesInForce are the times in force the type takes; empty when timeInForce is forbidden.</summary>
    public IReadOnlyList<TimeInForce> TimesInForce { get; }

    /// <summary>IsContingent says whether the order waits for a trigger (stopPrice or trailingDelta) before it works.</summary>
    public bool IsContingent { get; }

    /// <summary>IsPriced says whether the type carries a limit price.</summary>
    public bool IsPriced => Rule(OrderParameter.Price) == ParameterRule.Required;

    /// <summary>ExecutesAsMarket says whether the order trades as a MARKET order once working (MARKET, STOP_LOSS, TAKE_PROFIT).</summary>
    public bool ExecutesAsMarket => !IsPriced;

    /// <summary>Rule returns what the type does with one parameter (<paramref name="parameter"/> is a single flag).</summary>
    public ParameterRule Rule(OrderParameter parameter) => _rules[Index(parameter)];

    /// <summary>Allows says whether the parameter may be sent with this type.</summary>
    public bool Allows(OrderParameter parameter) => Rule(parameter) != ParameterRule.Forbidden;

    /// <summary>
    /// Check returns the first way <paramref name="sent"/> (with <paramref name="timeInForce"/> when
    /// timeInForce is among them) breaks the shape: missing required parameters first (in the documented
    /// order timeInForce, quantity, price), then a missing alternative, forbidden ones, an exclusive pair,
    /// and last a time in force the type does not take or an iceberg that is not GTC.
    /// </summary>
    public ShapeViolation Check(OrderParameter sent, TimeInForce? timeInForce)
    {
        foreach (OrderParameter p in OrderShapes.Parameters)
        {
            if (Rule(p) == ParameterRule.Required && (sent & p) == 0)
                return new ShapeViolation(ShapeViolationKind.Missing, p, OrderParameter.None);
        }
        if (OneOf != OrderParameter.None && (sent & OneOf) == 0)
        {
            (OrderParameter first, OrderParameter second) = Split(OneOf);
            return new ShapeViolation(ShapeViolationKind.MissingEither, first, second);
        }
        foreach (OrderParameter p in OrderShapes.Parameters)
        {
            if (Rule(p) == ParameterRule.Forbidden && (sent & p) != 0)
                return new ShapeViolation(ShapeViolationKind.NotAllowed, p, OrderParameter.None);
        }
        if (Exclusive != OrderParameter.None && (sent & Exclusive) == Exclusive)
        {
            (OrderParameter first, OrderParameter second) = Split(Exclusive);
            return new ShapeViolation(ShapeViolationKind.BothSent, first, second);
        }
        if ((sent & OrderParameter.TimeInForce) != 0 && (timeInForce is not { } tif || !TimesInForce.Contains(tif)))
            return new ShapeViolation(ShapeViolationKind.UnsupportedCombination, OrderParameter.TimeInForce, OrderParameter.None);
        if ((sent & OrderParameter.IcebergQuantity) != 0 && (sent & OrderParameter.TimeInForce) != 0 && timeInForce != Orders.TimeInForce.Gtc)
            return new ShapeViolation(ShapeViolationKind.UnsupportedCombination, OrderParameter.IcebergQuantity, OrderParameter.TimeInForce);
        return ShapeViolation.None;
    }

    /// <summary>ParametersOf returns the parameters an order carries as its shape would send them: the time in force when the type takes one, every other allowed parameter when it has a value.</summary>
    public OrderParameter ParametersOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Type != Type)
            throw new ArgumentException($"The order is {order.Type}, this shape is {Type}.", nameof(order));
        OrderParameter sent = OrderParameter.None;
        if (Allows(OrderParameter.TimeInForce)) sent |= OrderParameter.TimeInForce;
        if (!order.Quantity.IsZero) sent |= OrderParameter.Quantity;
        if (!order.QuoteOrderQuantity.IsZero) sent |= OrderParameter.QuoteOrderQuantity;
        if (!order.Price.IsZero) sent |= OrderParameter.Price;
        if (!order.StopPrice.IsZero) sent |= OrderParameter.StopPrice;
        if (order.TrailingDelta != 0) sent |= OrderParameter.TrailingDelta;
        if (!order.IcebergQuantity.IsZero) sent |= OrderParameter.IcebergQuantity;
        return sent;
    }

    internal static int Index(OrderParameter parameter) => parameter switch
    {
        OrderParameter.TimeInForce => 0,
        OrderParameter.Quantity => 1,
        OrderParameter.QuoteOrderQuantity => 2,
        OrderParameter.Price => 3,
        OrderParameter.StopPrice => 4,
        OrderParameter.TrailingDelta => 5,
        OrderParameter.IcebergQuantity => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a single order parameter."),
    };

    private static (OrderParameter, OrderParameter) Split(OrderParameter pair)
    {
        OrderParameter first = OrderParameter.None;
        foreach (OrderParameter p in OrderShapes.Parameters)
        {
            if ((pair & p) == 0) continue;
            if (first == OrderParameter.None) first = p;
            else return (first, p);
        }
        throw new InvalidOperationException($"{pair} is not a pair of parameters.");
    }
}
