using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http;

/// <summary>
/// ParameterSyntax checks the characters of the parameters Binance checks by pattern, before any
/// meaning is read from them: client order ids against <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>, decimals
/// against <c>^([0-9]{1,20})(\.[0-9]{1,20})?$</c> and order ids against <c>^[0-9]{1,20}$</c>, each
/// refused with -1100 quoting the pattern, as Binance words it. Only the characters: a decimal with
/// more places than the symbol allows matches the pattern and is refused later with -1111.
/// </summary>
internal static class ParameterSyntax
{
    /// <summary>ClientIdPattern is the legal range Binance quotes for client order ids.</summary>
    public const string ClientIdPattern = @"^[\.A-Z\:/a-z0-9_-]{1,36}$";

    /// <summary>DecimalPattern is the legal range Binance quotes for prices and quantities.</summary>
    public const string DecimalPattern = @"^([0-9]{1,20})(\.[0-9]{1,20})?$";

    /// <summary>IdPattern is the legal range Binance quotes for numeric ids.</summary>
    public const string IdPattern = "^[0-9]{1,20}$";

    private static readonly string[] ClientIdNames =
    [
        "newClientOrderId", "origClientOrderId", "cancelNewClientOrderId", "cancelOrigClientOrderId",
        "listClientOrderId", "limitClientOrderId", "stopClientOrderId", "aboveClientOrderId", "belowClientOrderId",
        "workingClientOrderId", "pendingClientOrderId", "pendingAboveClientOrderId", "pendingBelowClientOrderId",
        "newCancelClientOrderId",
    ];

    private static readonly string[] DecimalNames =
    [
        "price", "quantity", "quoteOrderQty", "stopPrice", "icebergQty", "newQty",
        "limitPrice", "limitIcebergQty", "stopLimitPrice", "stopIcebergQty",
        "abovePrice", "aboveStopPrice", "aboveIcebergQty", "belowPrice", "belowStopPrice", "belowIcebergQty",
    ];

    private static readonly string[] IdNames = ["orderId", "cancelOrderId", "orderListId", "fromId"];

    /// <summary>Check returns -1100 for the first parameter whose characters break its pattern, or null. <paramref name="lookup"/> gives a parameter's value (null when absent).</summary>
    public static ExchangeError? Check(Func<string, string?> lookup)
    {
        foreach (string name in ClientIdNames)
        {
            if (lookup(name) is { } value && !IsClientId(value))
                return Illegal(name, ClientIdPattern);
        }
        foreach (string name in DecimalNames)
        {
            if (lookup(name) is { } value && !IsDecimal(value))
                return Illegal(name, DecimalPattern);
        }
        foreach (string name in IdNames)
        {
            if (lookup(name) is { } value && !IsId(value))
                return Illegal(name, IdPattern);
        }
        return null;
    }

    /// <summary>IsClientId is true for 1..36 characters of <c>. A-Z : / a-z 0-9 _ -</c>.</summary>
    public static bool IsClientId(ReadOnlySpan<char> value)
    {
        if (value.Length is < 1 or > 36)
            return false;
        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or ':' or '/' or '_' or '-'))
                return false;
        }
        return true;
    }

    /// <summary>IsDecimal is true for 1..20 digits, optionally followed by '.' and 1..20 digits (no sign, no exponent, no bare point).</summary>
    public static bool IsDecimal(ReadOnlySpan<char> value)
    {
        int point = value.IndexOf('.');
        ReadOnlySpan<char> whole = point < 0 ? value : value[..point];
        if (!IsDigits(whole))
            return false;
        return point < 0 || IsDigits(value[(point + 1)..]);
    }

    private static bool IsId(ReadOnlySpan<char> value) => IsDigits(value);

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        if (value.Length is < 1 or > 20)
            return false;
        foreach (char c in value)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    private static ExchangeError Illegal(string name, string pattern) =>
        new(400, -1100, $"Illegal characters found in parameter '{name}'; legal range is '{pattern}'.");
}
