using System.Globalization;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Json;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// OrderParameters reads order parameters from any name -> text lookup (REST query/form, or the
/// WebSocket API's params), so that both front ends reach the engine with the same parsed request and
/// the same Binance errors: -1102 missing, -1100 not a number of the documented pattern, -1111 more
/// decimals than the asset's eight, -1108 too large, -1115/-1116/-1117 unknown enum names.
/// </summary>
internal static class OrderParameters
{
    /// <summary>ParseNewOrder reads POST /api/v3/order's parameters; the error is the first problem found, in Binance's words.</summary>
    public static ExchangeError? ParseNewOrder(Func<string, string?> get, out NewOrderRequest? request, string prefix = "")
    {
        request = null;
        // OCO legs carry their parameters as abovePrice, belowStopPrice, ...: the leg prefix, then the name capitalised.
        string Name(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
        if (get("symbol") is not { } symbol)
            return ExchangeError.Mandatory("symbol");
        if (get("side") is not { } sideText)
            return ExchangeError.Mandatory("side");
        if (get(Name("type")) is not { } typeText)
            return ExchangeError.Mandatory(Name("type"));
        if (!ExchangeWireNames.TryParse(sideText, out OrderSide side))
            return ExchangeError.InvalidSide;
        if (!ExchangeWireNames.TryParse(typeText, out OrderType type))
            return ExchangeError.InvalidOrderType;
        TimeInForce? tif = null;
        if (get(Name("timeInForce")) is { } tifText)
        {
            if (!ExchangeWireNames.TryParse(tifText, out TimeInForce parsed))
                return ExchangeError.InvalidTimeInForce;
            tif = parsed;
        }
        ExchangeError? error;
        if ((error = Decimal(get, Name("price"), out long? price)) is not null
            || (error = Decimal(get, "quantity", out long? quantity)) is not null
            || (error = Decimal(get, "quoteOrderQty", out long? quote)) is not null
            || (error = Decimal(get, Name("stopPrice"), out long? stop)) is not null
            || (error = Decimal(get, Name("icebergQty"), out long? iceberg)) is not null
            || (error = Integer(get, Name("trailingDelta"), out long? trailing)) is not null)
            return error;
        if ((error = SelfTradePrevention(get, out SelfTradePreventionMode stp)) is not null)
            return error;
        request = new NewOrderRequest(symbol, side, type, tif, AsPrice(price), AsQuantity(quantity), AsQuantity(quote),
            get(prefix.Length == 0 ? "newClientOrderId" : Name("clientOrderId")), stp, AsPrice(stop), trailing, AsQuantity(iceberg));
        return null;
    }

    /// <summary>SelfTradePrevention reads selfTradePreventionMode (default EXPIRE_TAKER).</summary>
    public static ExchangeError? SelfTradePrevention(Func<string, string?> get, out SelfTradePreventionMode mode)
    {
        mode = (get("selfTradePreventionMode") ?? "EXPIRE_TAKER") switch
        {
            "EXPIRE_TAKER" => SelfTradePreventionMode.ExpireTaker,
            "EXPIRE_MAKER" => SelfTradePreventionMode.ExpireMaker,
            "EXPIRE_BOTH" => SelfTradePreventionMode.ExpireBoth,
            "NONE" => SelfTradePreventionMode.None,
            _ => (SelfTradePreventionMode)(-1),
        };
        return (int)mode < 0 ? ExchangeError.IllegalValue("selfTradePreventionMode") : null;
    }

    /// <summary>
    /// Decimal reads a DECIMAL parameter: the text must match <c>^([0-9]{1,20})(\.[0-9]{1,20})?$</c> (-1100);
    /// a value that does but has a non-zero digit past the eighth decimal is -1111 (assets here have 8 decimals);
    /// one too large for 64-bit 10^-8 units is -1108.
    /// </summary>
    public static ExchangeError? Decimal(Func<string, string?> get, string name, out long? raw)
    {
        raw = null;
        if (get(name) is not { } text)
            return null;
        int dot = text.IndexOf('.');
        string whole = dot < 0 ? text : text[..dot];
        string fraction = dot < 0 ? "" : text[(dot + 1)..];
        if (whole.Length is < 1 or > 20 || (dot >= 0 && fraction.Length is < 1 or > 20) || !AllDigits(whole) || !AllDigits(fraction))
            return ExchangeError.IllegalValue(name);
        for (int i = 8; i < fraction.Length; i++)
        {
            if (fraction[i] != '0')
                return ExchangeError.TooMuchPrecision(name);
        }
        if (!Price.TryParse(text.AsSpan(), out Price parsed))
            return ExchangeError.Overflowed(name);
        raw = parsed.Raw;
        return null;
    }

    /// <summary>Integer reads a LONG parameter (digits only).</summary>
    public static ExchangeError? Integer(Func<string, string?> get, string name, out long? value)
    {
        value = null;
        if (get(name) is not { } text)
            return null;
        if (text.Length is < 1 or > 20 || !AllDigits(text))
            return ExchangeError.IllegalInteger(name);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long v))
            return ExchangeError.Overflowed(name);
        value = v;
        return null;
    }

    /// <summary>OrderRef reads orderId / origClientOrderId; -1102 when neither is sent.</summary>
    public static ExchangeError? OrderRef(Func<string, string?> get, out long? orderId, out string? clientId,
        string idName = "orderId", string clientIdName = "origClientOrderId")
    {
        clientId = get(clientIdName);
        ExchangeError? error = Integer(get, idName, out orderId);
        if (error is not null)
            return error;
        if (orderId is null && clientId is null)
            return new ExchangeError(400, -1102, $"Param '{clientIdName}' or '{idName}' must be sent, but both were empty/null!");
        return null;
    }

    private static bool AllDigits(string s)
    {
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
                return false;
        }
        return true;
    }

    private static Price? AsPrice(long? raw) => raw is { } r ? Price.FromRaw(r) : null;

    private static Quantity? AsQuantity(long? raw) => raw is { } r ? Quantity.FromRaw(r) : null;
}
