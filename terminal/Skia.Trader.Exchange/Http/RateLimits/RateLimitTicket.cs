using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// RateLimitTicket is what <see cref="RestRateLimiter"/> charged for one request (so a failed order can give its
/// reservation back and a successful free route its weight), and its refusal if it was refused.
/// </summary>
internal readonly record struct RateLimitTicket(
    IpBudget Ip, RouteCost Cost, int Weight, long ChargedAt,
    ExchangeError? Refusal = null, long RetryAfterSeconds = 0,
    WindowCounters? Orders = null, int OrdersReserved = 0, long OrdersReservedAt = 0);
