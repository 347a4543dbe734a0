using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// RestRateLimiter enforces exchangeInfo's <c>rateLimits</c> on the REST API as Binance documents them
/// (rest-api.md "LIMITS", errors.md -1003/-1015, faqs/order_count_decrement.md; summary in BINANCE.md
/// "Rate limits and connection renewal"):
/// request weight per IP (<see cref="RequestWeights"/>), over the limit HTTP 429 -1003 with <c>Retry-After</c> until the
/// window ends; a request sent before that Retry-After has passed earns an IP ban, HTTP 418 -1003 with
/// <c>Retry-After</c> until the ban ends (first ban <see cref="FirstBan"/>, doubling for repeat offenders up to 3 days).
/// Unfilled orders per account: a placement that would exceed an ORDERS row is refused with HTTP 429 -1015 and
/// <c>Retry-After</c>; a failed placement gives its count back; an order's first fill takes one off.
/// Every answer carries <c>X-MBX-USED-WEIGHT-(n)(letter)</c>, every successful placement <c>X-MBX-ORDER-COUNT-(n)(letter)</c>.
/// </summary>
internal sealed class RestRateLimiter
{
    // Binance: "IP bans are tracked and scale in duration for repeat offenders, from 2 minutes to 3 days."
    private static readonly long MaxBanMilliseconds = (long)TimeSpan.FromDays(3).TotalMilliseconds;

    private readonly RateLimit[] _weightRules;
    private readonly RateLimit[] _orderRules;
    private readonly ConcurrentDictionary<IPAddress, IpBudget> _ips = new();
    // Only configured keys can place orders, so the set is fixed at start: no growth from unknown keys.
    private readonly Dictionary<string, WindowCounters> _accounts = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public RestRateLimiter(IEnumerable<RateLimit> limits, IEnumerable<string> apiKeys, TimeSpan firstBan, TimeProvider time)
    {
        Limits = limits.ToArray();
        foreach (RateLimit l in Limits)
            l.Validate();
        if (firstBan <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(firstBan), firstBan, "The first IP ban must last longer than zero.");
        _weightRules = Limits.Where(l => l.Type == RateLimitType.RequestWeight).ToArray();
        _orderRules = Limits.Where(l => l.Type == RateLimitType.Orders).ToArray();
        foreach (string key in apiKeys)
            _accounts[key] = new WindowCounters(_orderRules);
        FirstBan = firstBan;
        _time = time;
    }

    /// <summary>Limits are the enforced rows, in exchangeInfo's order.</summary>
    public IReadOnlyList<RateLimit> Limits { get; }

    /// <summary>FirstBan is how long a first IP ban lasts.</summary>
    public TimeSpan FirstBan { get; }

    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Admit charges a request's weight to its IP, or refuses it (ticket's Refusal) with 418 while banned or after an ignored 429, 429 over the limit.</summary>
    public RateLimitTicket Admit(IPAddress? ip, string method, string path, IQueryCollection query)
    {
        RouteCost cost = RequestWeights.Of(method, path);
        return Admit(ip, cost, cost.WeightFor(query));
    }

    /// <summary>Admit charges <paramref name="weight"/> for a request that costs <paramref name="cost"/> (the WebSocket API weighs its own methods).</summary>
    public RateLimitTicket Admit(IPAddress? ip, RouteCost cost, int weight)
    {
        IpBudget budget = _ips.GetOrAdd(ip ?? IPAddress.None, static (_, rules) => new IpBudget(rules), _weightRules);
        long now = Now;
        lock (budget)
        {
            if (budget.BackOffUntil > now)
            {
                // Sent while told to wait: Binance's automated ban, longer for each repeat.
                long length = Math.Min(MaxBanMilliseconds, (long)FirstBan.TotalMilliseconds << Math.Min(budget.Bans, 20));
                budget.Bans++;
                budget.BannedUntil = now + length;
                budget.BackOffUntil = 0;
            }
            if (budget.BannedUntil > now)
            {
                var banned = new ExchangeError(418, -1003,
                    $"Way too much request weight used; IP banned until {budget.BannedUntil.ToString(CultureInfo.InvariantCulture)}. Please use WebSocket Streams for live updates to avoid bans.");
                return new RateLimitTicket(budget, cost, 0, now, banned, SecondsUntil(budget.BannedUntil, now));
            }
            if (budget.Weight.Add(now, weight) is { } exceeded)
            {
                long until = WindowCounters.WindowEnd(exceeded, now);
                budget.BackOffUntil = until;
                var tooMuch = new ExchangeError(429, -1003,
                    $"Too much request weight used; current limit is {exceeded.Limit.ToString(CultureInfo.InvariantCulture)} request weight per {exceeded.IntervalNum.ToString(CultureInfo.InvariantCulture)} {exceeded.IntervalName}. Please use WebSocket Streams for live updates to avoid polling the API.");
                return new RateLimitTicket(budget, cost, weight, now, tooMuch, SecondsUntil(until, now));
            }
        }
        return new RateLimitTicket(budget, cost, weight, now);
    }

    /// <summary>
    /// ReserveOrders takes the route's unfilled-order count from the account of <paramref name="apiKey"/> before the order is
    /// placed (so parallel orders cannot overshoot), or refuses with -1015. Routes that place nothing and unknown keys pass untouched.
    /// </summary>
    public RateLimitTicket ReserveOrders(RateLimitTicket ticket, string apiKey)
    {
        if (ticket.Refusal is not null || ticket.Cost.Orders == 0 || !_accounts.TryGetValue(apiKey, out WindowCounters? orders))
            return ticket;
        long now = Now;
        RateLimit? exceeded;
        lock (orders)
            exceeded = orders.TryReserve(now, ticket.Cost.Orders);
        if (exceeded is null)
            return ticket with { Orders = orders, OrdersReserved = ticket.Cost.Orders, OrdersReservedAt = now };
        var tooMany = new ExchangeError(429, -1015,
            $"Too many new orders; current limit is {exceeded.Limit.ToString(CultureInfo.InvariantCulture)} orders per {Per(exceeded)}.");
        return ticket with { Refusal = tooMany, RetryAfterSeconds = SecondsUntil(WindowCounters.WindowEnd(exceeded, now), now) };
    }

    /// <summary>
    /// Complete settles a request once answered with <paramref name="status"/>: a failed placement returns its orders, a successful
    /// free route (placement, cancel) its weight; then it writes the weight, order-count and Retry-After headers.
    /// </summary>
    public void Complete(RateLimitTicket ticket, int status, IHeaderDictionary headers)
    {
        bool success = status == 200;
        Settle(ticket, success);
        foreach (var (rule, count) in Usage(ticket, success))
            headers[rule.HeaderName] = count.ToString(CultureInfo.InvariantCulture);
        if (ticket.Refusal is not null)
            headers.RetryAfter = ticket.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Settle gives back what an answered request should not keep: a failed placement's orders, a successful free route's weight.</summary>
    public void Settle(RateLimitTicket ticket, bool success)
    {
        long now = Now;
        if (success && ticket.Cost.FreeWhenSuccessful && ticket.Weight > 0)
        {
            lock (ticket.Ip)
                ticket.Ip.Weight.Refund(ticket.ChargedAt, now, ticket.Weight);
        }
        if (!success && ticket.Orders is { } returned)
        {
            lock (returned)
                returned.Refund(ticket.OrdersReservedAt, now, ticket.OrdersReserved);
        }
    }

    /// <summary>
    /// Usage is each limit's count after the request: the IP's weight always, the account's orders after a successful placement
    /// (what the headers carry, and what the WebSocket API's <c>rateLimits</c> array lists).
    /// </summary>
    public List<(RateLimit Rule, long Count)> Usage(RateLimitTicket ticket, bool success)
    {
        long now = Now;
        var usage = new List<(RateLimit, long)>(Limits.Count);
        lock (ticket.Ip)
        {
            for (int i = 0; i < _weightRules.Length; i++)
                usage.Add((_weightRules[i], ticket.Ip.Weight.Count(i, now)));
        }
        if (success && ticket.Orders is { } orders)
        {
            lock (orders)
            {
                for (int i = 0; i < _orderRules.Length; i++)
                    usage.Add((_orderRules[i], orders.Count(i, now)));
            }
        }
        return usage;
    }

    /// <summary>OnExecutionReport lowers the account's unfilled order count by one at an order's first fill (maker or taker).</summary>
    public void OnExecutionReport(Account account, ExecutionReport report)
    {
        if (report.ExecutionType != "TRADE" || report.Order.Executed != report.LastQuantity || !_accounts.TryGetValue(account.Name, out WindowCounters? orders))
            return;
        long now = Now;
        lock (orders)
            orders.Decrease(now, 1);
    }

    // Binance's examples: "100 orders per 10 SECOND", "10 orders per SECOND", "1200 orders per MINUTE" (the 1 is left out).
    private static string Per(RateLimit rule) =>
        rule.IntervalNum == 1 ? rule.IntervalName : rule.IntervalNum.ToString(CultureInfo.InvariantCulture) + " " + rule.IntervalName;

    // Retry-After is whole seconds; round up so a client that waits exactly that long is past the window.
    private static long SecondsUntil(long until, long now) => Math.Max(1, (until - now + 999) / 1000);
}
