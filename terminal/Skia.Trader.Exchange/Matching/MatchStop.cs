namespace Skia.Trader.Exchange.Matching;

/// <summary>MatchStop says why an incoming order stopped matching.</summary>
internal enum MatchStop
{
    /// <summary>Filled: nothing left to fill (or, by quote amount, less than one lot of it left).</summary>
    Filled,

    /// <summary>NoLiquidity: the other side ran out.</summary>
    NoLiquidity,

    /// <summary>PriceLimit: the best resting price is beyond the order's limit.</summary>
    PriceLimit,

    /// <summary>SelfTrade: self-trade prevention expired the incoming order.</summary>
    SelfTrade,
}
