namespace Skia.Trader.Binance.Rest;

/// <summary>
/// BinanceApiException is a refused or failed REST call: the HTTP status, Binance's error code and
/// message as the exchange sent them, and whether the outcome of the call is unknown (HTTP 5xx,
/// code -1007, a timeout or a broken connection), in which case an order must be queried, never
/// assumed failed.
/// </summary>
public sealed class BinanceApiException : Exception
{
    /// <summary>Creates the exception for one failed call.</summary>
    public BinanceApiException(int httpStatus, int code, string message, bool outcomeUnknown, TimeSpan? retryAfter = null, Exception? inner = null,
        RateLimitHold? hold = null, bool notSent = false)
        : base(message, inner)
    {
        HttpStatus = httpStatus;
        Code = code;
        OutcomeUnknown = outcomeUnknown;
        RetryAfter = retryAfter;
        Hold = hold;
        NotSent = notSent;
    }

    /// <summary>HttpStatus is the response status, 0 when no response arrived.</summary>
    public int HttpStatus { get; }

    /// <summary>Code is Binance's error code (e.g. -1013 filter failure, -2010 rejected, -2011 cancel rejected), 0 when none was sent.</summary>
    public int Code { get; }

    /// <summary>OutcomeUnknown is true when the exchange may or may not have acted on the request.</summary>
    public bool OutcomeUnknown { get; }

    /// <summary>RetryAfter is the wait the exchange asked for with HTTP 429 or 418.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>IsRateLimited is true for 429 (too many requests or -1015 too many orders) and 418 (IP banned for ignoring 429), answered or held locally.</summary>
    public bool IsRateLimited => HttpStatus is 429 or 418 || Hold is not null;

    /// <summary>Hold is the back-off this refusal started or is waiting out: why, until when; null for other errors.</summary>
    public RateLimitHold? Hold { get; }

    /// <summary>NotSent is true when the client held the request back (a back-off was in force), so the exchange never saw it.</summary>
    public bool NotSent { get; }

    /// <summary>OrderDoesNotExist is true for -2013, the answer to a query for an order the exchange never accepted.</summary>
    public bool OrderDoesNotExist => Code == -2013;
}
