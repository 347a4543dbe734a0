namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderWireNames maps the order enums to and from Binance's upper-case names ("BUY",
/// "PARTIALLY_FILLED", "GTC"...), as the client speaks them. Names only; the simulator keeps its own
/// table (Skia.Trader.Exchange), so that a misreading cannot hide by being made on both sides.
/// Writing a value this table does not know throws; reading a name it does not know returns false.
/// </summary>
public static class OrderWireNames
{
    /// <summary>ToWire returns the exchange's name of a side.</summary>
    public static string ToWire(OrderSide side) => side switch
    {
        OrderSide.Buy => "BUY",
        OrderSide.Sell => "SELL",
        _ => throw Unknown(side),
    };

    /// <summary>ToWire returns the exchange's name of an order type.</summary>
    public static string ToWire(OrderType type) => type switch
    {
        OrderType.Limit => "LIMIT",
        OrderType.Market => "MARKET",
        OrderType.LimitMaker => "LIMIT_MAKER",
        OrderType.StopLoss => "STOP_LOSS",
        OrderType.StopLossLimit => "STOP_LOSS_LIMIT",
        OrderType.TakeProfit => "TAKE_PROFIT",
        OrderType.TakeProfitLimit => "TAKE_PROFIT_LIMIT",
        _ => throw Unknown(type),
    };

    /// <summary>ToWire returns the exchange's name of a time in force.</summary>
    public static string ToWire(TimeInForce timeInForce) => timeInForce switch
    {
        TimeInForce.Gtc => "GTC",
        TimeInForce.Ioc => "IOC",
        TimeInForce.Fok => "FOK",
        _ => throw Unknown(timeInForce),
    };

    /// <summary>ToWire returns the exchange's name of a status (our own PENDING_SEND and UNKNOWN included).</summary>
    public static string ToWire(OrderStatus status) => status switch
    {
        OrderStatus.PendingSend => "PENDING_SEND",
        OrderStatus.New => "NEW",
        OrderStatus.PartiallyFilled => "PARTIALLY_FILLED",
        OrderStatus.Filled => "FILLED",
        OrderStatus.Canceled => "CANCELED",
        OrderStatus.Expired => "EXPIRED",
        OrderStatus.ExpiredInMatch => "EXPIRED_IN_MATCH",
        OrderStatus.Rejected => "REJECTED",
        OrderStatus.Unknown => "UNKNOWN",
        _ => throw Unknown(status),
    };

    /// <summary>TryParseSide reads "BUY" or "SELL" (UTF-8).</summary>
    public static bool TryParseSide(ReadOnlySpan<byte> utf8, out OrderSide side)
    {
        if (utf8.SequenceEqual("BUY"u8)) { side = OrderSide.Buy; return true; }
        if (utf8.SequenceEqual("SELL"u8)) { side = OrderSide.Sell; return true; }
        side = default;
        return false;
    }

    /// <summary>TryParseType reads one of Binance's seven order type names (UTF-8); false for any other text.</summary>
    public static bool TryParseType(ReadOnlySpan<byte> utf8, out OrderType type)
    {
        if (utf8.SequenceEqual("LIMIT"u8)) { type = OrderType.Limit; return true; }
        if (utf8.SequenceEqual("MARKET"u8)) { type = OrderType.Market; return true; }
        if (utf8.SequenceEqual("LIMIT_MAKER"u8)) { type = OrderType.LimitMaker; return true; }
        if (utf8.SequenceEqual("STOP_LOSS"u8)) { type = OrderType.StopLoss; return true; }
        if (utf8.SequenceEqual("STOP_LOSS_LIMIT"u8)) { type = OrderType.StopLossLimit; return true; }
        if (utf8.SequenceEqual("TAKE_PROFIT"u8)) { type = OrderType.TakeProfit; return true; }
        if (utf8.SequenceEqual("TAKE_PROFIT_LIMIT"u8)) { type = OrderType.TakeProfitLimit; return true; }
        type = default;
        return false;
    }

    /// <summary>TryParseTimeInForce reads "GTC", "IOC" or "FOK" (UTF-8).</summary>
    public static bool TryParseTimeInForce(ReadOnlySpan<byte> utf8, out TimeInForce timeInForce)
    {
        if (utf8.SequenceEqual("GTC"u8)) { timeInForce = TimeInForce.Gtc; return true; }
        if (utf8.SequenceEqual("IOC"u8)) { timeInForce = TimeInForce.Ioc; return true; }
        if (utf8.SequenceEqual("FOK"u8)) { timeInForce = TimeInForce.Fok; return true; }
        timeInForce = default;
        return false;
    }

    /// <summary>
    /// TryParseStatus reads an exchange status name such as "PARTIALLY_FILLED" (UTF-8). PENDING_CANCEL
    /// (documented as unused) and PENDING_NEW (an order-list leg waiting for its turn) read as NEW: working,
    /// nothing filled. Our own PENDING_SEND and UNKNOWN are never read from the exchange.
    /// </summary>
    public static bool TryParseStatus(ReadOnlySpan<byte> utf8, out OrderStatus status)
    {
        status = utf8 switch
        {
            _ when utf8.SequenceEqual("NEW"u8) => OrderStatus.New,
            _ when utf8.SequenceEqual("PARTIALLY_FILLED"u8) => OrderStatus.PartiallyFilled,
            _ when utf8.SequenceEqual("FILLED"u8) => OrderStatus.Filled,
            _ when utf8.SequenceEqual("CANCELED"u8) => OrderStatus.Canceled,
            _ when utf8.SequenceEqual("EXPIRED"u8) => OrderStatus.Expired,
            _ when utf8.SequenceEqual("EXPIRED_IN_MATCH"u8) => OrderStatus.ExpiredInMatch,
            _ when utf8.SequenceEqual("REJECTED"u8) => OrderStatus.Rejected,
            _ when utf8.SequenceEqual("PENDING_CANCEL"u8) => OrderStatus.New,
            _ when utf8.SequenceEqual("PENDING_NEW"u8) => OrderStatus.New,
            _ => OrderStatus.Unknown,
        };
        return status != OrderStatus.Unknown;
    }

    private static ArgumentOutOfRangeException Unknown<T>(T value) where T : struct, Enum =>
        new(typeof(T).Name, value, $"{typeof(T).Name} {value} has no exchange name.");
}
