using Microsoft.AspNetCore.Http;

namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// RouteCost is what one REST route charges, as its Binance documentation states: request weight (fixed, or a
/// function of the query such as depth's <c>limit</c>), how many orders it adds to the unfilled order count, and
/// whether a successful call is free (Binance's 2026-04-02 change for order placement and cancel routes: the
/// weight is charged only when the request fails).
/// </summary>
/// <param name="Weight">Weight is the fixed request weight, used when <paramref name="WeightOf"/> is null.</param>
/// <param name="WeightOf">WeightOf computes the weight from the query string for routes whose weight depends on it.</param>
/// <param name="Orders">Orders is the "Unfilled Order Count" the route adds on success (0 for non-placing routes).</param>
/// <param name="FreeWhenSuccessful">FreeWhenSuccessful refunds the weight of a request answered with HTTP 200.</param>
internal readonly record struct RouteCost(int Weight, Func<IQueryCollection, int>? WeightOf = null, int Orders = 0, bool FreeWhenSuccessful = false)
{
    /// <summary>WeightFor is this route's weight for a request with <paramref name="query"/>.</summary>
    public int WeightFor(IQueryCollection query) => WeightOf is { } f ? f(query) : Weight;
}
