using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http.RateLimits;

namespace Skia.Trader.Exchange.Tests.Http.RateLimits;

/// <summary>Request weight, IP bans and unfilled order counts over real loopback HTTP, with Binance's codes, messages and headers.</summary>
public class RestRateLimitTests
{
    private const string Resting = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000";

    private static async Task<(ExchangeSimulator Sim, HttpClient Http, RawExchangeClient Signed, ShiftedClock Clock)> StartAsync(
        TimeSpan align, params RateLimit[] limits)
    {
        ShiftedClock clock = ShiftedClock.StartOfNext(align);
        var options = new ExchangeOptions { SyntheticMarket = false, Time = clock, IpBanDuration = TimeSpan.FromMinutes(2) };
        if (limits.Length > 0)
            options.RateLimits = limits;
        var sim = new ExchangeSimulator(options);
        Uri url = await sim.StartAsync();
        return (sim, new HttpClient { BaseAddress = url }, new RawExchangeClient(url) { ClockSkewMs = clock.OffsetMs }, clock);
    }

    private static async Task<(int Status, long Weight, HttpResponseMessage Response, JsonElement Body)> GetAsync(HttpClient http, string path)
    {
        HttpResponseMessage response = await http.GetAsync(path);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Headers.TryGetValues("X-MBX-USED-WEIGHT-1M", out IEnumerable<string>? values), $"no weight header on {path}");
        return ((int)response.StatusCode, long.Parse(values.Single(), CultureInfo.InvariantCulture), response, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static long Header(HttpResponseMessage response, string name) =>
        long.Parse(response.Headers.GetValues(name).Single(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Every_route_is_charged_its_documented_weight()
    {
        var (sim, http, signed, _) = await StartAsync(TimeSpan.FromMinutes(1));
        await using (sim)
        using (http)
        using (signed)
        {
            long used = 0;
            async Task Charged(string path, int weight)
            {
                var (_, now, _, _) = await GetAsync(http, path);
                Assert.True(now - used == weight, $"{path}: charged {now - used}, documented {weight}");
                used = now;
            }
            await Charged("/api/v3/ping", 1);
            await Charged("/api/v3/time", 1);
            await Charged("/api/v3/exchangeInfo", 20);
            await Charged("/api/v3/depth?symbol=BTCUSDT", 5);
            await Charged("/api/v3/depth?symbol=BTCUSDT&limit=100", 5);
            await Charged("/api/v3/depth?symbol=BTCUSDT&limit=101", 25);
            await Charged("/api/v3/depth?symbol=BTCUSDT&limit=1000", 50);
            await Charged("/api/v3/depth?symbol=BTCUSDT&limit=5000", 250);
            await Charged("/api/v3/klines?symbol=BTCUSDT&interval=1m", 2);
            await Charged("/api/v3/no/such/route", RequestWeights.DefaultWeight);
            await Charged("/api/v3/depth?symbol=NOPE", 5); // refused requests are charged too

            var (_, _, account) = await signed.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
            Assert.Equal(used + 20, Header(account, "X-MBX-USED-WEIGHT-1M"));
            var (_, _, open) = await signed.SignedAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=BTCUSDT");
            Assert.Equal(used + 26, Header(open, "X-MBX-USED-WEIGHT-1M"));
            var (_, _, allOpen) = await signed.SignedAsync(HttpMethod.Get, "/api/v3/openOrders", "");
            Assert.Equal(used + 106, Header(allOpen, "X-MBX-USED-WEIGHT-1M"));
        }
    }

    [Fact]
    public void The_weight_table_follows_the_documented_parameter_rules()
    {
        static int Weigh(string method, string path, params (string Key, string Value)[] query) =>
            RequestWeights.Of(method, path).WeightFor(new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Value))));

        Assert.Equal(2, Weigh("GET", "/api/v3/ticker/24hr", ("symbol", "BTCUSDT")));
        Assert.Equal(80, Weigh("GET", "/api/v3/ticker/24hr"));
        Assert.Equal(2, Weigh("GET", "/api/v3/ticker/24hr", ("symbols", "[\"A\",\"B\"]")));
        Assert.Equal(40, Weigh("GET", "/api/v3/ticker/24hr", ("symbols", "[" + string.Join(",", Enumerable.Range(0, 21).Select(i => $"\"S{i}\"")) + "]")));
        Assert.Equal(80, Weigh("GET", "/api/v3/ticker/24hr", ("symbols", "[" + string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"S{i}\"")) + "]")));
        Assert.Equal(2, Weigh("GET", "/api/v3/ticker/bookTicker", ("symbol", "BTCUSDT")));
        Assert.Equal(4, Weigh("GET", "/api/v3/ticker/bookTicker"));
        Assert.Equal(8, Weigh("GET", "/api/v3/ticker", ("symbols", "[\"A\",\"B\"]")));
        Assert.Equal(200, Weigh("GET", "/api/v3/ticker", ("symbols", "[" + string.Join(",", Enumerable.Range(0, 60).Select(i => $"\"S{i}\"")) + "]")));
        Assert.Equal(25, Weigh("GET", "/api/v3/trades", ("symbol", "BTCUSDT")));
        Assert.Equal(4, Weigh("GET", "/api/v3/aggTrades", ("symbol", "BTCUSDT")));
        Assert.Equal(20, Weigh("GET", "/api/v3/myTrades", ("symbol", "BTCUSDT")));
        Assert.Equal(5, Weigh("GET", "/api/v3/myTrades", ("symbol", "BTCUSDT"), ("orderId", "1")));
        Assert.Equal(20, Weigh("GET", "/api/v3/allOrders", ("symbol", "BTCUSDT")));
        Assert.Equal(20, Weigh("POST", "/api/v3/order/test", ("computeCommissionRates", "true")));
        Assert.Equal(4, Weigh("PUT", "/api/v3/order/amend/keepPriority"));
        Assert.Equal(1, RequestWeights.Of("POST", "/api/v3/order").Orders);
        Assert.Equal(2, RequestWeights.Of("POST", "/api/v3/orderList/oco").Orders);
        Assert.Equal(3, RequestWeights.Of("POST", "/api/v3/orderList/otoco").Orders);
        Assert.Equal(0, RequestWeights.Of("POST", "/api/v3/order/test").Orders);
        Assert.Equal(0, RequestWeights.Of("PUT", "/api/v3/order/amend/keepPriority").Orders);
    }

    [Fact]
    public async Task ExchangeInfo_lists_the_limits_that_are_enforced()
    {
        var (sim, http, signed, _) = await StartAsync(TimeSpan.FromHours(1),
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Hour, 1, 777),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Second, 10, 3),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Day, 1, 9));
        await using (sim)
        using (http)
        using (signed)
        {
            HttpResponseMessage response = await http.GetAsync("/api/v3/exchangeInfo");
            JsonElement limits = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("rateLimits");
            Assert.Equal(
                """[{"rateLimitType":"REQUEST_WEIGHT","interval":"HOUR","intervalNum":1,"limit":777},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":3},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":9}]""",
                limits.GetRawText());
            Assert.Equal("20", response.Headers.GetValues("X-MBX-USED-WEIGHT-1H").Single());
        }
    }

    [Fact]
    public async Task Default_limits_are_binances()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { SyntheticMarket = false });
        using var http = new HttpClient { BaseAddress = await sim.StartAsync() };
        JsonElement limits = JsonDocument.Parse(await http.GetStringAsync("/api/v3/exchangeInfo")).RootElement.GetProperty("rateLimits");
        Assert.Equal(
            """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":100},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":200000}]""",
            limits.GetRawText());
    }

    [Fact]
    public async Task Over_the_weight_limit_answers_429_then_a_client_that_keeps_sending_is_banned_with_418()
    {
        var (sim, http, signed, clock) = await StartAsync(TimeSpan.FromMinutes(1),
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 50));
        await using (sim)
        using (http)
        using (signed)
        {
            for (int i = 0; i < 2; i++)
                Assert.Equal(200, (await GetAsync(http, "/api/v3/exchangeInfo")).Status); // 40
            Assert.Equal(200, (await GetAsync(http, "/api/v3/depth?symbol=BTCUSDT")).Status); // 45
            var (status, weight, response, body) = await GetAsync(http, "/api/v3/depth?symbol=BTCUSDT&limit=101"); // 70 > 50
            Assert.Equal(429, status);
            Assert.Equal(70, weight);
            Assert.Equal(-1003, body.GetProperty("code").GetInt32());
            Assert.Equal("Too much request weight used; current limit is 50 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
                body.GetProperty("msg").GetString());
            // The window opened 1 ms before the test: the wait is (almost) the whole minute, rounded up to whole seconds.
            TimeSpan retry = response.Headers.RetryAfter!.Delta!.Value;
            Assert.InRange(retry.TotalSeconds, 1, 60);
            long windowEnd = (clock.NowMs / 60_000 + 1) * 60_000;
            Assert.Equal((windowEnd - clock.NowMs + 999) / 1000, (long)retry.TotalSeconds, tolerance: 1);

            // Ignoring Retry-After: banned, with the documented message and the ban's end in milliseconds.
            long before = clock.NowMs;
            (status, _, response, body) = await GetAsync(http, "/api/v3/ping");
            Assert.Equal(418, status);
            Assert.Equal(-1003, body.GetProperty("code").GetInt32());
            string message = body.GetProperty("msg").GetString()!;
            const string prefix = "Way too much request weight used; IP banned until ";
            const string suffix = ". Please use WebSocket Streams for live updates to avoid bans.";
            Assert.StartsWith(prefix, message);
            Assert.EndsWith(suffix, message);
            long bannedUntil = long.Parse(message[prefix.Length..^suffix.Length], CultureInfo.InvariantCulture);
            Assert.InRange(bannedUntil, before + 120_000, clock.NowMs + 120_000);
            Assert.Equal(120, response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, tolerance: 1);

            // Still banned after the weight window has reset; free again once the ban is over.
            clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(418, (await GetAsync(http, "/api/v3/ping")).Status);
            clock.Advance(TimeSpan.FromSeconds(60));
            Assert.Equal(200, (await GetAsync(http, "/api/v3/ping")).Status);
        }
    }

    [Fact]
    public async Task A_client_that_waits_out_Retry_After_is_not_banned_and_repeat_bans_grow()
    {
        var (sim, http, signed, clock) = await StartAsync(TimeSpan.FromMinutes(1),
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 20));
        await using (sim)
        using (http)
        using (signed)
        {
            Assert.Equal(200, (await GetAsync(http, "/api/v3/exchangeInfo")).Status);
            var limited = await GetAsync(http, "/api/v3/ping");
            Assert.Equal(429, limited.Status);
            clock.Advance(limited.Response.Headers.RetryAfter!.Delta!.Value);
            var after = await GetAsync(http, "/api/v3/ping");
            Assert.Equal(200, after.Status);
            Assert.Equal(1, after.Weight); // a new window

            // First ban 2 minutes, the next one 4.
            Assert.Equal(429, (await GetAsync(http, "/api/v3/exchangeInfo")).Status); // 21
            var banned = await GetAsync(http, "/api/v3/ping");
            Assert.Equal(418, banned.Status);
            Assert.Equal(120, banned.Response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, tolerance: 1);
            clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
            Assert.Equal(200, (await GetAsync(http, "/api/v3/exchangeInfo")).Status);
            Assert.Equal(429, (await GetAsync(http, "/api/v3/ping")).Status);
            banned = await GetAsync(http, "/api/v3/ping");
            Assert.Equal(418, banned.Status);
            Assert.Equal(240, banned.Response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, tolerance: 1);
        }
    }

    [Fact]
    public async Task Too_many_unfilled_orders_are_refused_with_1015_and_nothing_is_placed()
    {
        var (sim, http, signed, clock) = await StartAsync(TimeSpan.FromDays(1),
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 6000),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Second, 10, 3),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Day, 1, 5));
        await using (sim)
        using (http)
        using (signed)
        {
            for (int i = 1; i <= 3; i++)
            {
                var (status, body, response) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting + $"&newClientOrderId=ok{i}");
                Assert.True(status == 200, body.ToString());
                Assert.Equal(i, Header(response, "X-MBX-ORDER-COUNT-10S"));
                Assert.Equal(i, Header(response, "X-MBX-ORDER-COUNT-1D"));
                Assert.Equal(0, Header(response, "X-MBX-USED-WEIGHT-1M")); // a successful placement is free
            }
            var (refused, error, refusal) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting + "&newClientOrderId=over");
            Assert.Equal(429, refused);
            Assert.Equal(-1015, error.GetProperty("code").GetInt32());
            Assert.Equal("Too many new orders; current limit is 3 orders per 10 SECOND.", error.GetProperty("msg").GetString());
            Assert.InRange(refusal.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 10);
            Assert.Equal(1, Header(refusal, "X-MBX-USED-WEIGHT-1M")); // a failed placement is charged
            Assert.DoesNotContain(sim.Ledger.OrdersOf("skia-sim-key"), o => o.ClientOrderId == "over");

            // An -1015 is not an ignored 429 of the IP: other requests still work, and no ban follows.
            Assert.Equal(200, (await GetAsync(http, "/api/v3/ping")).Status);

            // Next 10 s window: two more fit the day's 5, the sixth breaks the daily row.
            clock.Advance(TimeSpan.FromSeconds(10));
            signed.ClockSkewMs = clock.OffsetMs;
            for (int i = 4; i <= 5; i++)
                Assert.Equal(200, (await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting + $"&newClientOrderId=ok{i}")).Status);
            var (_, daily, _) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting + "&newClientOrderId=day");
            Assert.Equal("Too many new orders; current limit is 5 orders per DAY.", daily.GetProperty("msg").GetString());
            Assert.Equal(5, sim.Ledger.OrdersOf("skia-sim-key").Count);
        }
    }

    [Fact]
    public async Task Refused_orders_do_not_count_and_first_fills_take_one_off()
    {
        var (sim, http, signed, _) = await StartAsync(TimeSpan.FromDays(1),
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 6000),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Day, 1, 100));
        await using (sim)
        using (http)
        using (signed)
        {
            // A filter failure is no order: the count does not move (the next success shows 1).
            var (bad, _, _) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000001&price=60000");
            Assert.Equal(400, bad);
            var (_, _, first) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000");
            Assert.Equal(1, Header(first, "X-MBX-ORDER-COUNT-1D"));
            Assert.Equal(2, Header((await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting)).Response, "X-MBX-ORDER-COUNT-1D"));

            // A market buy that trades at once: +1 for the new order, -1 for its first fill (as taker).
            var (status, body, taker) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.004&selfTradePreventionMode=NONE");
            Assert.True(status == 200, body.ToString());
            Assert.Equal("FILLED", body.GetProperty("status").GetString());
            // The resting sell also had its first fill (as maker): -1 more.
            Assert.Equal(1, Header(taker, "X-MBX-ORDER-COUNT-1D"));
            // Its second fill does not take another off.
            var (_, _, again) = await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.004&selfTradePreventionMode=NONE");
            Assert.Equal(1, Header(again, "X-MBX-ORDER-COUNT-1D"));
            Assert.Equal(2, Header((await signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting)).Response, "X-MBX-ORDER-COUNT-1D"));
        }
    }

    [Fact]
    public async Task Parallel_orders_never_overshoot_the_limit()
    {
        var (sim, http, signed, _) = await StartAsync(TimeSpan.FromDays(1),
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 6000),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Day, 1, 7));
        await using (sim)
        using (http)
        using (signed)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
                signed.SignedAsync(HttpMethod.Post, "/api/v3/order", Resting + $"&newClientOrderId=p{i}")));
            Assert.Equal(7, results.Count(r => r.Status == 200));
            Assert.Equal(33, results.Count(r => r.Status == 429 && r.Body.GetProperty("code").GetInt32() == -1015));
            Assert.Equal(7, sim.Ledger.OrdersOf("skia-sim-key").Count);

            // Weight counted under the same burst: 40 parallel pings add exactly 40.
            long before = (await GetAsync(http, "/api/v3/ping")).Weight;
            await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => http.GetAsync("/api/v3/ping")));
            Assert.Equal(before + 41, (await GetAsync(http, "/api/v3/ping")).Weight);
        }
    }
}
