namespace Skia.Trader.Exchange.Matching;

/// <summary>SelfTradePreventionMode is what happens when an order would trade with an order of the same account.</summary>
public enum SelfTradePreventionMode
{
    /// <summary>ExpireTaker: the incoming order expires (EXPIRED_IN_MATCH); the resting one stays. The default here.</summary>
    ExpireTaker,

    /// <summary>ExpireMaker: the resting order expires and matching goes on.</summary>
    ExpireMaker,

    /// <summary>ExpireBoth: both orders expire.</summary>
    ExpireBoth,

    /// <summary>None: the account trades with itself.</summary>
    None,
}
