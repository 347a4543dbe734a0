namespace Skia.Trader.Exchange.Faults;

/// <summary>RestFaultKind is what an injected REST fault does to a request.</summary>
public enum RestFaultKind
{
    /// <summary>FailBefore: answer an HTTP error without doing the request.</summary>
    FailBefore,

    /// <summary>FailAfter: do the request (an order is placed), then answer an HTTP error anyway: the outcome is UNKNOWN to the client.</summary>
    FailAfter,

    /// <summary>Delay: wait, then do the request normally.</summary>
    Delay,

    /// <summary>RateLimit: answer 429 with Retry-After and code -1003.</summary>
    RateLimit,
}
