namespace Skia.Trader.Core.Orders;

/// <summary>ParameterRule says what an order shape does with one parameter.</summary>
public enum ParameterRule
{
    /// <summary>Forbidden: sending it is an error (Binance: -1106 "Parameter '%s' sent when not required.").</summary>
    Forbidden,

    /// <summary>Required: leaving it out is an error (Binance: -1102).</summary>
    Required,

    /// <summary>Optional: may be sent (some optional pairs need one of the two: see <see cref="OrderShape.OneOf"/>).</summary>
    Optional,
}
