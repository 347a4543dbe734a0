using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Skia.Trader.Exchange.Http.RateLimits;

/// <summary>
/// RequestWeights is the table of REST route costs, keyed by "METHOD /path", with the weights and unfilled order
/// counts of Binance's rest-api.md (binance-spot-api-docs, 2026-07) — including routes the simulator does not serve
/// yet, so a new route is charged correctly the day it is added. A route missing from the table costs
/// <see cref="DefaultWeight"/>. BINANCE.md "Rate limits and connection renewal" lists the same table.
/// </summary>
internal static class RequestWeights
{
    /// <summary>DefaultWeight is charged for a route the table does not list (Binance: "The default weight is 1 unless stated on the endpoint").</summary>
    public const int DefaultWeight = 1;

    // Written as "METHOD /path" for reading; looked up by (method, path) so a request allocates no key.
    private static readonly Dictionary<(string Method, string Path), RouteCost> Routes = new Dictionary<string, RouteCost>(StringComparer.Ordinal)
    {
        // General
        ["GET /api/v3/ping"] = new(1),
        ["GET /api/v3/time"] = new(1),
        ["GET /api/v3/exchangeInfo"] = new(20),
        ["GET /api/v3/executionRules"] = new(0, static q => PerSymbol(q, each: 2, cap: 40, all: 40)),
        // Market data
        ["GET /api/v3/depth"] = new(0, DepthWeight),
        ["GET /api/v3/trades"] = new(25),
        ["GET /api/v3/historicalTrades"] = new(25),
        ["GET /api/v3/historicalBlockTrades"] = new(25),
        ["GET /api/v3/aggTrades"] = new(4),
        ["GET /api/v3/klines"] = new(2),
        ["GET /api/v3/uiKlines"] = new(2),
        ["GET /api/v3/avgPrice"] = new(2),
        ["GET /api/v3/ticker/24hr"] = new(0, Ticker24hrWeight),
        ["GET /api/v3/ticker/tradingDay"] = new(0, static q => PerSymbol(q, each: 4, cap: 200, all: 4)),
        ["GET /api/v3/ticker/price"] = new(0, static q => q.ContainsKey("symbol") ? 2 : 4),
        ["GET /api/v3/ticker/bookTicker"] = new(0, static q => q.ContainsKey("symbol") ? 2 : 4),
        ["GET /api/v3/ticker"] = new(0, static q => PerSymbol(q, each: 4, cap: 200, all: 4)),
        ["GET /api/v3/referencePrice"] = new(2),
        ["GET /api/v3/referencePrice/calculation"] = new(2),
        // Trading: placement and cancels are free when they succeed (CHANGELOG 2026-03-27, in force 2026-04-02).
        ["POST /api/v3/order"] = new(1, Orders: 1, FreeWhenSuccessful: true),
        ["POST /api/v3/order/test"] = new(0, static q => IsTrue(q, "computeCommissionRates") ? 20 : 1),
        ["DELETE /api/v3/order"] = new(1, FreeWhenSuccessful: true),
        ["DELETE /api/v3/openOrders"] = new(1, FreeWhenSuccessful: true),
        ["POST /api/v3/order/cancelReplace"] = new(1, Orders: 1, FreeWhenSuccessful: true),
        // keepPriority is free only when the amendment expires the order (2026-04-02 clarification): charged here.
        ["PUT /api/v3/order/amend/keepPriority"] = new(4),
        ["POST /api/v3/order/oco"] = new(1, Orders: 2, FreeWhenSuccessful: true),
        ["POST /api/v3/orderList/oco"] = new(1, Orders: 2, FreeWhenSuccessful: true),
        ["POST /api/v3/orderList/oto"] = new(1, Orders: 2, FreeWhenSuccessful: true),
        ["POST /api/v3/orderList/otoco"] = new(1, Orders: 3, FreeWhenSuccessful: true),
        ["POST /api/v3/orderList/opo"] = new(1, Orders: 2, FreeWhenSuccessful: true),
        ["POST /api/v3/orderList/opoco"] = new(1, Orders: 3, FreeWhenSuccessful: true),
        ["DELETE /api/v3/orderList"] = new(1, FreeWhenSuccessful: true),
        ["POST /api/v3/sor/order"] = new(1, Orders: 1, FreeWhenSuccessful: true),
        ["POST /api/v3/sor/order/test"] = new(0, static q => IsTrue(q, "computeCommissionRates") ? 20 : 1),
        // Account
        ["GET /api/v3/account"] = new(20),
        ["GET /api/v3/order"] = new(4),
        ["GET /api/v3/openOrders"] = new(0, static q => q.ContainsKey("symbol") ? 6 : 80),
        ["GET /api/v3/allOrders"] = new(20),
        ["GET /api/v3/orderList"] = new(4),
        ["GET /api/v3/allOrderList"] = new(20),
        ["GET /api/v3/openOrderList"] = new(6),
        ["GET /api/v3/myTrades"] = new(0, static q => q.ContainsKey("orderId") ? 5 : 20),
        ["GET /api/v3/rateLimit/order"] = new(40),
        ["GET /api/v3/myPreventedMatches"] = new(0, static q => q.ContainsKey("orderId") ? 20 : 2),
        ["GET /api/v3/myAllocations"] = new(20),
        ["GET /api/v3/account/commission"] = new(20),
        ["GET /api/v3/order/amendments"] = new(4),
        ["GET /api/v3/myFilters"] = new(40),
    }.ToDictionary(kv => (kv.Key[..kv.Key.IndexOf(' ')], kv.Key[(kv.Key.IndexOf(' ') + 1)..]), kv => kv.Value);

    /// <summary>Of returns the cost of a route; an unlisted one costs <see cref="DefaultWeight"/> and places no order.</summary>
    public static RouteCost Of(string method, string path) =>
        Routes.TryGetValue((method, path), out RouteCost cost) ? cost : new RouteCost(DefaultWeight);

    // Depth: 1-100 -> 5, 101-500 -> 25, 501-1000 -> 50, 1001-5000 -> 250 (default limit 100; larger limits are served as 5000).
    private static int DepthWeight(IQueryCollection q)
    {
        int limit = int.TryParse(q["limit"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int l) && l > 0 ? l : 100;
        return limit switch
        {
            <= 100 => 5,
            <= 500 => 25,
            <= 1000 => 50,
            _ => 250,
        };
    }

    // ticker/24hr: symbol -> 2; symbols 1-20 -> 2, 21-100 -> 40, 101 or more -> 80; neither (all symbols) -> 80.
    private static int Ticker24hrWeight(IQueryCollection q)
    {
        if (q.ContainsKey("symbol"))
            return 2;
        if (!q.ContainsKey("symbols"))
            return 80;
        return CountSymbols(q) switch
        {
            <= 20 => 2,
            <= 100 => 40,
            _ => 80,
        };
    }

    // Routes charged per symbol in `symbols` up to a cap; one `symbol` costs one unit, none costs `all`.
    private static int PerSymbol(IQueryCollection q, int each, int cap, int all)
    {
        if (q.ContainsKey("symbol"))
            return each;
        if (!q.ContainsKey("symbols"))
            return all;
        return Math.Min(cap, each * Math.Max(1, CountSymbols(q)));
    }

    // symbols=["A","B"] (or its URL-encoded form, already decoded by the query parser): count the names.
    private static int CountSymbols(IQueryCollection q)
    {
        ReadOnlySpan<char> list = q["symbols"].ToString().AsSpan().Trim();
        if (list.IsEmpty || list.SequenceEqual("[]"))
            return 0;
        return list.Count(',') + 1;
    }

    private static bool IsTrue(IQueryCollection q, string name) => string.Equals(q[name].ToString(), "true", StringComparison.OrdinalIgnoreCase);
}
