using System.Globalization;

namespace Skia.Trader.Binance.Rest;

/// <summary>
/// RateLimitHold is one back-off the exchange asked for: why (<see cref="Kind"/>), until when, and the exchange's own
/// status, code and message. A UI shows <see cref="Describe"/> while it lasts.
/// </summary>
/// <param name="Kind">Kind is which limit was hit and so which requests wait.</param>
/// <param name="Until">Until is when requests may be sent again (local clock: now + Retry-After at the answer).</param>
/// <param name="HttpStatus">HttpStatus is 429 or 418.</param>
/// <param name="Code">Code is Binance's error code (-1003 or -1015), 0 when the answer carried none.</param>
/// <param name="ExchangeMessage">ExchangeMessage is the exchange's message, as sent.</param>
public sealed record RateLimitHold(RateLimitHoldKind Kind, DateTimeOffset Until, int HttpStatus, int Code, string ExchangeMessage)
{
    /// <summary>Describe is one line for a person: what is held, why, and until when (UTC).</summary>
    public string Describe() => Kind switch
    {
        RateLimitHoldKind.RequestWeight => $"Requests paused until {Stamp} UTC: the exchange's request-weight limit was reached ({ExchangeMessage}).",
        RateLimitHoldKind.IpBan => $"Requests paused until {Stamp} UTC: the exchange banned this IP for sending during a back-off ({ExchangeMessage}).",
        RateLimitHoldKind.OrderCount => $"New orders paused until {Stamp} UTC: the exchange's unfilled-order limit was reached ({ExchangeMessage}).",
        _ => throw new InvalidOperationException($"Unknown hold kind {Kind}."),
    };

    private string Stamp => Until.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
