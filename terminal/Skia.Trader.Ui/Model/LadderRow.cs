using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Ui.Model;

/// <summary>LadderRow is one row of the price ladder: one price (or price group) and everything the DOM shows on it.</summary>
public struct LadderRow
{
    /// <summary>Price is the row's price: the tick, or with grouping the group's price (a multiple of tick x grouping).</summary>
    public Price Price;

    /// <summary>BidSize is the bid quantity resting at this price (the sum of the group's bid levels).</summary>
    public Quantity BidSize;

    /// <summary>AskSize is the ask quantity resting at this price (the sum of the group's ask levels).</summary>
    public Quantity AskSize;

    /// <summary>BidCumulative is the bid quantity at this price and every better (higher) bid; zero above the best bid.</summary>
    public Quantity BidCumulative;

    /// <summary>AskCumulative is the ask quantity at this price and every better (lower) ask; zero below the best ask.</summary>
    public Quantity AskCumulative;

    /// <summary>OwnBuyQuantity is the remaining quantity of our own resting buy orders on this row.</summary>
    public Quantity OwnBuyQuantity;

    /// <summary>OwnSellQuantity is the remaining quantity of our own resting sell orders on this row.</summary>
    public Quantity OwnSellQuantity;

    /// <summary>QueueAhead is the estimated size ahead of the front-most own order on this row; meaningful when <see cref="HasQueueAhead"/>.</summary>
    public Quantity QueueAhead;

    /// <summary>HasQueueAhead says an own order on this row has a queue-position estimate.</summary>
    public bool HasQueueAhead;

    /// <summary>IsLastTrade marks the row of the last traded price.</summary>
    public bool IsLastTrade;

    /// <summary>LastTradeSize is the size of the last trade when <see cref="IsLastTrade"/>.</summary>
    public Quantity LastTradeSize;

    /// <summary>IsBestBid marks the row holding the best bid.</summary>
    public bool IsBestBid;

    /// <summary>IsBestAsk marks the row holding the best ask.</summary>
    public bool IsBestAsk;

    /// <summary>BidChanged says the bid size on this row differs from the previous update (for a one-frame flash); false after the window moved.</summary>
    public bool BidChanged;

    /// <summary>AskChanged says the ask size on this row differs from the previous update; false after the window moved.</summary>
    public bool AskChanged;
}
