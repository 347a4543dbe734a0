namespace Skia.Trader.Ui.Panels;

/// <summary>LadderColumn is a column of the price ladder, left to right (Trading Technologies' MD Trader order, own orders outside).</summary>
public enum LadderColumn
{
    /// <summary>Orders shows the remaining quantity of our own resting orders on the row (buys in the bid colour, sells in the ask colour).</summary>
    Orders,

    /// <summary>Ahead shows the estimated size ahead of our front-most order on the row.</summary>
    Ahead,

    /// <summary>Bid shows the bid size, over a depth bar of the cumulative bid size; a click there buys in one-click mode.</summary>
    Bid,

    /// <summary>Price is the fixed price column.</summary>
    Price,

    /// <summary>Ask shows the ask size, over a depth bar of the cumulative ask size; a click there sells in one-click mode.</summary>
    Ask,

    /// <summary>Last shows the size of the last trade on its price row, fading over three seconds.</summary>
    Last,
}
