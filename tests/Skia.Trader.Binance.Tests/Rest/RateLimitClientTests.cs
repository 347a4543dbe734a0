using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Http.RateLimits;

namespace Skia.Trader.Binance.Tests.Rest;

/// <summary>
/// The client against the simulator's real rate limits: it reads the budget headers, holds every request after a
/// 429/418 until Retry-After (so it never earns a ban by itself), holds only new orders after -1015, and a refused
/// order is REJECTED, never UNKNOWN, never re-sent. Client and simulator share one shifted clock, so waiting out a
/// Retry-After is moving that clock, not sleeping.
/// </summary>
public class RateLimitClientTests
{
    private static readonly RateLimit Weight6000 = new(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 6000);

    private static async Task<(LoopbackExchange Exchange, BinanceRestClient Client, ShiftedClock Clock)> StartAsync(TimeSpan align, params RateLimit[] limits)
    {
        ShiftedClock clock = ShiftedClock.StartOfNext(align);
        LoopbackExchange exchange = await LoopbackExchange.StartAsync(o =>
        {
            o.SyntheticMarket = false;
            o.Time = clock;
            o.RateLimits = limits;
        });
        var rest = new BinanceRestClient(exchange.Endpoint,
            new ApiCredentials(LoopbackExchange.Trader.ApiKey, LoopbackExchange.Trader.Secret), time: clock);
        await rest.SyncClockAsync(); // weight 1
        return (exchange, rest, clock);
    }

    private static Order Resting() =>
        new(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Price.Parse("60000"), Quantity.Parse("0.01"));

    [Fact]
    public async Task The_budget_headers_are_read_into_RateLimits()
    {
        var (exchange, rest, _) = await StartAsync(TimeSpan.FromDays(1), Weight6000,
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Second, 10, 100), new RateLimit(RateLimitType.Orders, RateLimitInterval.Day, 1, 1000));
        await using (exchange)
        using (rest)
        {
            int changes = 0;
            rest.RateLimits.Changed += _ => Interlocked.Increment(ref changes);
            Assert.Equal(1, rest.RateLimits.UsedWeight1m);
            Assert.Equal(-1, rest.RateLimits.OrderCount10s);
            await rest.GetExchangeInfoAsync();
            Assert.Equal(21, rest.RateLimits.UsedWeight1m);
            await rest.GetDepthAsync("BTCUSDT", 500);
            Assert.Equal(46, rest.RateLimits.UsedWeight1m);

            await rest.PlaceOrderAsync(Resting());
            await rest.PlaceOrderAsync(Resting());
            Assert.Equal(2, rest.RateLimits.OrderCount10s);
            Assert.Equal(2, rest.RateLimits.OrderCount1d);
            Assert.Equal(46, rest.RateLimits.UsedWeight1m); // successful placements are free
            Assert.Equal(4, changes);
            Assert.Null(rest.RateLimits.RequestHold);
        }
    }

    [Fact]
    public async Task After_a_429_nothing_is_sent_until_Retry_After_has_passed_so_no_ban_follows()
    {
        var (exchange, rest, clock) = await StartAsync(TimeSpan.FromMinutes(1), new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 25));
        await using (exchange)
        using (rest)
        {
            await rest.GetExchangeInfoAsync(); // 21
            var limited = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetDepthAsync("BTCUSDT", 10)); // 26 > 25
            Assert.Equal(429, limited.HttpStatus);
            Assert.Equal(-1003, limited.Code);
            Assert.False(limited.OutcomeUnknown);
            Assert.False(limited.NotSent);
            RateLimitHold hold = Assert.IsType<RateLimitHold>(limited.Hold);
            Assert.Equal(RateLimitHoldKind.RequestWeight, hold.Kind);
            Assert.Equal(limited.RetryAfter!.Value.TotalSeconds, (hold.Until - clock.GetUtcNow()).TotalSeconds, tolerance: 1);
            Assert.Equal(hold, rest.RateLimits.RequestHold);
            Assert.Contains("request-weight limit", hold.Describe());
            Assert.Contains("current limit is 25 request weight per 1 MINUTE", hold.Describe());

            // Held: each call fails at once, unsent. Had one reached the exchange, it would have banned the IP (418).
            for (int i = 0; i < 5; i++)
            {
                var held = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetDepthAsync("BTCUSDT", 10));
                Assert.True(held.NotSent);
                Assert.True(held.IsRateLimited);
                Assert.Equal(hold, held.Hold);
                Assert.StartsWith("Holding requests", held.Message);
            }

            clock.Advance(hold.Until - clock.GetUtcNow() + TimeSpan.FromMilliseconds(1));
            Assert.Null(rest.RateLimits.RequestHold);
            DepthSnapshot depth = await rest.GetDepthAsync("BTCUSDT", 10); // 200, not 418: nothing was sent during the hold
            Assert.True(depth.LastUpdateId >= 0);
            Assert.Equal(5, rest.RateLimits.UsedWeight1m);
        }
    }

    [Fact]
    public async Task A_418_ban_holds_every_request_until_it_ends_and_says_so()
    {
        var (exchange, rest, clock) = await StartAsync(TimeSpan.FromMinutes(1), new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 21));
        await using (exchange)
        using (rest)
        using (var other = new HttpClient { BaseAddress = exchange.Simulator.BaseAddress })
        {
            // Another program on the same IP ignores its 429: the IP is banned for everyone on it.
            Assert.Equal(200, (int)(await other.GetAsync("/api/v3/exchangeInfo")).StatusCode);
            Assert.Equal(429, (int)(await other.GetAsync("/api/v3/ping")).StatusCode);
            Assert.Equal(418, (int)(await other.GetAsync("/api/v3/ping")).StatusCode);

            var banned = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetExchangeInfoAsync());
            Assert.Equal(418, banned.HttpStatus);
            Assert.StartsWith("Way too much request weight used; IP banned until ", banned.Message);
            RateLimitHold hold = Assert.IsType<RateLimitHold>(banned.Hold);
            Assert.Equal(RateLimitHoldKind.IpBan, hold.Kind);
            Assert.Equal(120, (hold.Until - clock.GetUtcNow()).TotalSeconds, tolerance: 2);
            Assert.Contains("banned this IP", hold.Describe());

            var order = new OrderEntry(rest, new OrderTracker());
            Order placed = await order.PlaceAsync(Resting());
            Assert.Equal(OrderStatus.Rejected, placed.Status); // never sent: nothing to resolve
            Assert.Empty(exchange.Simulator.Ledger.Orders());

            clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
            Assert.NotEmpty(await rest.GetExchangeInfoAsync());
        }
    }

    [Fact]
    public async Task A_1015_rejects_the_order_holds_only_new_orders_and_nothing_is_duplicated()
    {
        var (exchange, rest, clock) = await StartAsync(TimeSpan.FromDays(1), Weight6000, new RateLimit(RateLimitType.Orders, RateLimitInterval.Day, 1, 2));
        await using (exchange)
        using (rest)
        {
            var tracker = new OrderTracker();
            var entry = new OrderEntry(rest, tracker);
            Assert.Equal(OrderStatus.New, (await entry.PlaceAsync(Resting())).Status);
            Assert.Equal(OrderStatus.New, (await entry.PlaceAsync(Resting())).Status);

            Order third = await entry.PlaceAsync(Resting());
            Assert.Equal(OrderStatus.Rejected, third.Status);
            Assert.Equal("-1015: Too many new orders; current limit is 2 orders per DAY.", third.RejectReason);
            RateLimitHold hold = Assert.IsType<RateLimitHold>(rest.RateLimits.OrderHold);
            Assert.Equal(RateLimitHoldKind.OrderCount, hold.Kind);
            Assert.Null(rest.RateLimits.RequestHold);

            // New orders wait (unsent); market data and queries go on.
            var held = await Assert.ThrowsAsync<BinanceApiException>(() => rest.PlaceOrderAsync(Resting()));
            Assert.True(held.NotSent);
            Assert.Contains("New orders paused until", held.Message);
            Assert.NotNull(await rest.GetDepthAsync("BTCUSDT", 5));
            Assert.Equal(2, (await rest.GetOpenOrdersAsync("BTCUSDT")).Count);

            Assert.Equal(2, exchange.Simulator.Ledger.Orders().Count);
            Assert.DoesNotContain(exchange.Simulator.Ledger.Orders(), o => o.ClientOrderId == third.ClientOrderId);

            // The next day's window: orders go through again.
            clock.Advance(hold.Until - clock.GetUtcNow() + TimeSpan.FromMilliseconds(1));
            await rest.SyncClockAsync();
            Assert.Equal(OrderStatus.New, (await entry.PlaceAsync(Resting())).Status);
            Assert.Equal(1, rest.RateLimits.OrderCount1d);
        }
    }

    [Fact]
    public async Task An_order_answered_429_is_rejected_not_unknown_and_never_re_sent()
    {
        var (exchange, rest, _) = await StartAsync(TimeSpan.FromMinutes(1), new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 40));
        await using (exchange)
        using (rest)
        {
            await rest.GetExchangeInfoAsync(); // 21
            Assert.Equal(429, (await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetAccountAsync())).HttpStatus); // 41 > 40: now held
            var tracker = new OrderTracker();
            var seen = new List<OrderStatus>();
            tracker.OrderChanged += c => { lock (seen) seen.Add(c.Transition.To); };
            Order order = await new OrderEntry(rest, tracker).PlaceAsync(Resting());
            Assert.Equal(OrderStatus.Rejected, order.Status);
            lock (seen) Assert.DoesNotContain(OrderStatus.Unknown, seen);
            Assert.Empty(exchange.Simulator.Ledger.Orders());
        }
    }
}
