namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderWireNames maps the order enums to and from the exchange's upper-case names ("BUY",
/// "PARTIALLY_FILLED", "GTC"...). Names only: each side of the wire keeps its own JSON code.
/// </summary>
public static class OrderWireNames
{
    /// <summary>ToWire returns the exchange's name of a side.</summary>
    public static string ToWire(OrderSide side) => side == OrderSide.Buy ? "BUY" : "SELL";

    /// <summary>ToWire returns the exchange's name of an order type.</summary>
    public static string ToWire(OrderType type) => type switch
    {
        OrderType.Limit => "LIMIT",
        OrderType.Market => "MARKET",
        _ => "LIMIT_MAKER",
    };

    /// <summary>ToWire returns the exchange's name of a time in force.</summary>
    public static string ToWire(TimeInForce timeInForce) => timeInForce switch
    {
        TimeInForce.Gtc => "GTC",
        TimeInForce.Ioc => "IOC",
        _ => "FOK",
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
        _ => "UNKNOWN",
    };

    /// <summary>TryParseSide reads "BUY" or "SELL" (UTF-8).</summary>
    public static bool TryParseSide(ReadOnlySpan<byte> utf8, out OrderSide side)
    {
        side = OrderSide.Buy;
        if (utf8.SequenceEqual("BUY"u8))
            return true;
        side = OrderSide.Sell;
        return utf8.SequenceEqual("SELL"u8);
    }

    /// <summary>TryParseType reads "LIMIT", "MARKET" or "LIMIT_MAKER" (UTF-8).</summary>
    public static bool TryParseType(ReadOnlySpan<byte> utf8, out OrderType type)
    {
        if (utf8.SequenceEqual("LIMIT"u8)) { type = OrderType.Limit; return true; }
        if (utf8.SequenceEqual("MARKET"u8)) { type = OrderType.Market; return true; }
        type = OrderType.LimitMaker;
        return utf8.SequenceEqual("LIMIT_MAKER"u8);
    }

    /// <summary>TryParseTimeInForce reads "GTC", "IOC" or "FOK" (UTF-8).</summary>
    public static bool TryParseTimeInForce(ReadOnlySpan<byte> utf8, out TimeInForce timeInForce)
    {
        if (utf8.SequenceEqual("GTC"u8)) { timeInForce = TimeInForce.Gtc; return true; }
        if (utf8.SequenceEqual("IOC"u8)) { timeInForce = TimeInForce.Ioc; return true; }
        timeInForce = TimeInForce.Fok;
        return utf8.SequenceEqual("FOK"u8);
    }

    /// <summary>TryParseStatus reads an exchange status name such as "PARTIALLY_FILLED" (UTF-8); PENDING_CANCEL reads as NEW (still working).</summary>
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
            _ => OrderStatus.Unknown,
        };
        return status != OrderStatus.Unknown;
    }
}
