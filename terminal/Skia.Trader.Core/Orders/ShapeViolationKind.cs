namespace Skia.Trader.Core.Orders;

/// <summary>ShapeViolationKind is how a set of order parameters breaks its type's <see cref="OrderShape"/>.</summary>
public enum ShapeViolationKind
{
    /// <summary>None: the parameters fit the shape.</summary>
    None,

    /// <summary>Missing: a required parameter was not sent (Binance -1102 "Mandatory parameter '%s' was not sent, was empty/null, or malformed.").</summary>
    Missing,

    /// <summary>MissingEither: neither of two alternatives was sent (Binance -1102 "Param '%s' or '%s' must be sent, but both were empty/null!").</summary>
    MissingEither,

    /// <summary>NotAllowed: a forbidden parameter was sent (Binance -1106 "Parameter '%s' sent when not required.").</summary>
    NotAllowed,

    /// <summary>BothSent: both of two exclusive alternatives were sent (Binance -1128 "Combination of optional parameters invalid.").</summary>
    BothSent,

    /// <summary>UnsupportedCombination: the time in force is not one the type takes, or an iceberg order is not GTC (Binance -2010/-1013 "Unsupported order combination").</summary>
    UnsupportedCombination,
}
