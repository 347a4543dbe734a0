using Skia.Trader.Core.Orders;

namespace Skia.Trader.Exchange.Json;

/// <summary>
/// ExchangeWireNames is the simulator's own table of Binance's enum names (sides, order types, times in
/// force, order statuses), kept apart from the client's <c>OrderWireNames</c> on purpose: each side of the
/// wire is pinned to the documentation by its own tests, so a misreading cannot hide by being shared.
/// Writing a value the table does not know throws; reading an unknown name returns false.
/// </summary>
internal static class ExchangeWireNames
{
    private static readonly (string Name, OrderSide Value)[] Sides = [("BUY", OrderSide.Buy), ("SELL", OrderSide.Sell)];

    private static readonly (string Name, OrderType Value)[] Types =
    [
        ("LIMIT", OrderType.Limit), ("MARKET", OrderType.Market), ("STOP_LOSS", OrderType.StopLoss),
        ("STOP_LOSS_LIMIT", OrderType.StopLossLimit), ("TAKE_PROFIT", OrderType.TakeProfit),
        ("TAKE_PROFIT_LIMIT", OrderType.TakeProfitLimit), ("LIMIT_MAKER", OrderType.LimitMaker),
    ];

    private static readonly (string Name, TimeInForce Value)[] TimesInForce =
        [("GTC", TimeInForce.Gtc), ("IOC", TimeInForce.Ioc), ("FOK", TimeInForce.Fok)];

    // The exchange never reports our client-side PENDING_SEND or UNKNOWN.
    private static readonly (string Name, OrderStatus Value)[] Statuses =
    [
        ("NEW", OrderStatus.New), ("PARTIALLY_FILLED", OrderStatus.PartiallyFilled), ("FILLED", OrderStatus.Filled),
        ("CANCELED", OrderStatus.Canceled), ("REJECTED", OrderStatus.Rejected), ("EXPIRED", OrderStatus.Expired),
        ("EXPIRED_IN_MATCH", OrderStatus.ExpiredInMatch),
    ];

    /// <summary>TypeNames lists the order type names in Binance's documented order (enums.md).</summary>
    public static IEnumerable<string> TypeNames => Types.Select(t => t.Name);

    public static string Name(OrderSide side) => Find(Sides, side);

    public static string Name(OrderType type) => Find(Types, type);

    public static string Name(TimeInForce timeInForce) => Find(TimesInForce, timeInForce);

    public static string Name(OrderStatus status) => Find(Statuses, status);

    public static bool TryParse(string? text, out OrderSide side) => TryFind(Sides, text, out side);

    public static bool TryParse(string? text, out OrderType type) => TryFind(Types, text, out type);

    public static bool TryParse(string? text, out TimeInForce timeInForce) => TryFind(TimesInForce, text, out timeInForce);

    public static bool TryParse(string? text, out OrderStatus status) => TryFind(Statuses, text, out status);

    /// <summary>ParameterName is the REST/WebSocket API name of an order parameter, as error messages quote it.</summary>
    public static string ParameterName(OrderParameter parameter) => parameter switch
    {
        OrderParameter.TimeInForce => "timeInForce",
        OrderParameter.Quantity => "quantity",
        OrderParameter.QuoteOrderQuantity => "quoteOrderQty",
        OrderParameter.Price => "price",
        OrderParameter.StopPrice => "stopPrice",
        OrderParameter.TrailingDelta => "trailingDelta",
        OrderParameter.IcebergQuantity => "icebergQty",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a single order parameter."),
    };

    private static string Find<T>((string Name, T Value)[] table, T value) where T : struct, Enum
    {
        foreach (var (name, v) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
                return name;
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no wire name.");
    }

    private static bool TryFind<T>((string Name, T Value)[] table, string? text, out T value) where T : struct, Enum
    {
        foreach (var (name, v) in table)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }
}
