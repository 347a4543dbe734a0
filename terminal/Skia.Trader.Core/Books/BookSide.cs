namespace Skia.Trader.Core.Books;

/// <summary>BookSide is one side of an order book: bids (buyers, best is highest) or asks (sellers, best is lowest).</summary>
public enum BookSide
{
    /// <summary>Bid: resting buy orders; the best bid is the highest price.</summary>
    Bid,

    /// <summary>Ask: resting sell orders; the best ask is the lowest price.</summary>
    Ask,
}
