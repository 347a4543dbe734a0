namespace Skia.Trader.Core.Orders;

/// <summary>TimeInForce is how long a limit order may live (wire: GTC, IOC, FOK).</summary>
public enum TimeInForce
{
    /// <summary>Gtc: good till cancelled; the unfilled rest stays on the book.</summary>
    Gtc,

    /// <summary>Ioc: immediate or cancel; fills what it can now, the rest expires.</summary>
    Ioc,

    /// <summary>Fok: fill or kill; fills entirely now or expires without any fill.</summary>
    Fok,
}
