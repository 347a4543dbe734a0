namespace Skia.Trader.Core.Orders;

/// <summary>OrderSide says whether an order buys or sells the base asset (wire: BUY, SELL).</summary>
public enum OrderSide
{
    /// <summary>Buy: pays the quote asset for the base asset.</summary>
    Buy,

    /// <summary>Sell: gives the base asset for the quote asset.</summary>
    Sell,
}
