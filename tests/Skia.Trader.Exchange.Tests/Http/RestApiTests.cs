using System.Net;
using System.Text.Json;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Exchange.Tests.Http;

public class RestApiTests
{
    internal static ExchangeSimulator Quiet() => new(new ExchangeOptions { SyntheticMarket = false });

    [Fact]
    public void Signature_matches_the_documented_test_vector()
    {
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        const string payload = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", RequestAuthenticator.Sign(secret, payload));
    }

    [Fact]
    public async Task Public_routes_answer_in_binance_shapes()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 7 });
        using var client = new RawExchangeClient(await sim.StartAsync());

        var (status, time) = await client.GetAsync("/api/v3/time");
        Assert.Equal(200, status);
        Assert.InRange(time.GetProperty("serverTime").GetInt64(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 5000, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 5000);

        var (_, info) = await client.GetAsync("/api/v3/exchangeInfo?symbol=BTCUSDT");
        JsonElement symbol = info.GetProperty("symbols")[0];
        Assert.Equal("BTC", symbol.GetProperty("baseAsset").GetString());
        JsonElement[] filters = symbol.GetProperty("filters").EnumerateArray().ToArray();
        Assert.Equal("0.01000000", filters.Single(f => f.GetProperty("filterType").GetString() == "PRICE_FILTER").GetProperty("tickSize").GetString());
        Assert.Equal("0.00001000", filters.Single(f => f.GetProperty("filterType").GetString() == "LOT_SIZE").GetProperty("stepSize").GetString());

        var (_, depth) = await client.GetAsync("/api/v3/depth?symbol=BTCUSDT&limit=5");
        Assert.True(depth.GetProperty("lastUpdateId").GetInt64() > 0);
        JsonElement[] bids = depth.GetProperty("bids").EnumerateArray().ToArray();
        JsonElement[] asks = depth.GetProperty("asks").EnumerateArray().ToArray();
        Assert.Equal(5, bids.Length);
        Assert.True(Price.Parse(bids[0][0].GetString()!) < Price.Parse(asks[0][0].GetString()!));

        var (bad, error) = await client.GetAsync("/api/v3/depth?symbol=NOPE");
        Assert.Equal(400, bad);
        Assert.Equal(-1121, error.GetProperty("code").GetInt32());
        Assert.Equal("Invalid symbol.", error.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task A_signed_limit_order_rests_is_listed_queried_and_cancelled()
    {
        await using ExchangeSimulator sim = Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        JsonElement placed = await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000&newClientOrderId=t1");
        Assert.Equal("NEW", placed.GetProperty("status").GetString());
        Assert.Equal("t1", placed.GetProperty("clientOrderId").GetString());
        Assert.Equal("0.01000000", placed.GetProperty("origQty").GetString());
        Assert.Empty(placed.GetProperty("fills").EnumerateArray());

        var (_, open, _) = await client.SignedAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=BTCUSDT");
        Assert.Equal("t1", Assert.Single(open.EnumerateArray()).GetProperty("clientOrderId").GetString());

        var (_, account, _) = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        JsonElement usdt = account.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT");
        Assert.Equal("600.00000000", usdt.GetProperty("locked").GetString());

        var (cancelStatus, canceled, _) = await client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=t1");
        Assert.Equal(200, cancelStatus);
        Assert.Equal("CANCELED", canceled.GetProperty("status").GetString());
        var (_, queried, _) = await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&orderId=" + placed.GetProperty("orderId").GetInt64());
        Assert.Equal("CANCELED", queried.GetProperty("status").GetString());
        Assert.Equal(Quantity.Zero, sim.Ledger.Balance("skia-sim-key", "USDT").Locked);

        var (again, unknown, _) = await client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=t1");
        Assert.Equal(400, again);
        Assert.Equal(-2011, unknown.GetProperty("code").GetInt32());
        Assert.Equal("Unknown order sent.", unknown.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Market_order_fills_against_the_synthetic_book_with_full_response()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 3 });
        using var client = new RawExchangeClient(await sim.StartAsync());
        JsonElement r = await client.PlaceAsync("symbol=ETHUSDT&side=BUY&type=MARKET&quoteOrderQty=100");
        Assert.Equal("FILLED", r.GetProperty("status").GetString());
        JsonElement[] fills = r.GetProperty("fills").EnumerateArray().ToArray();
        Assert.NotEmpty(fills);
        Assert.Equal("ETH", fills[0].GetProperty("commissionAsset").GetString());
        Assert.True(Quantity.Parse(r.GetProperty("cummulativeQuoteQty").GetString()!) <= Quantity.Parse("100"));
        Assert.Contains(sim.Ledger.OrdersOf("skia-sim-key"), o => o.OrderId == r.GetProperty("orderId").GetInt64() && o.Status == Core.Orders.OrderStatus.Filled);
    }

    [Theory]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000.001", -1013, "Filter failure: PRICE_FILTER")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000001&price=60000", -1013, "Filter failure: LOT_SIZE")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00001&price=60000", -1013, "Filter failure: NOTIONAL")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=10&price=60000", -2010, "Account has insufficient balance for requested action.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.01&price=60000", -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.")]
    [InlineData("symbol=BTCUSDT&side=UP&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000", -1117, "Invalid side.")]
    [InlineData("symbol=XYZ&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000", -1121, "Invalid symbol.")]
    public async Task Refused_orders_get_the_exchange_code_and_message(string parameters, int code, string message)
    {
        await using ExchangeSimulator sim = Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        var (status, body, _) = await client.SignedAsync(HttpMethod.Post, "/api/v3/order", parameters);
        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal(message, body.GetProperty("msg").GetString());
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
    }

    [Fact]
    public async Task Bad_keys_signatures_and_clocks_are_refused()
    {
        await using ExchangeSimulator sim = Quiet();
        Uri url = await sim.StartAsync();
        using var good = new RawExchangeClient(url);
        var (status, body, _) = await good.SignedAsync(HttpMethod.Get, "/api/v3/account", "", signatureOverride: new string('0', 64));
        Assert.Equal((400, -1022), (status, body.GetProperty("code").GetInt32()));

        using var wrongSecret = new RawExchangeClient(url, secret: "not-the-secret");
        (status, body, _) = await wrongSecret.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        Assert.Equal("Signature for this request is not valid.", body.GetProperty("msg").GetString());

        using var unknownKey = new RawExchangeClient(url, apiKey: "someone-else");
        (status, body, _) = await unknownKey.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        Assert.Equal((401, -2015), (status, body.GetProperty("code").GetInt32()));

        using var late = new RawExchangeClient(url) { ClockSkewMs = -10_000 };
        (status, body, _) = await late.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        Assert.Equal((400, -1021), (status, body.GetProperty("code").GetInt32()));

        (status, _, _) = await late.SignedAsync(HttpMethod.Get, "/api/v3/account", "recvWindow=60000");
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Klines_have_the_documented_row_shape()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 5, DepthUpdatesPerSecond = 200 });
        using var client = new RawExchangeClient(await sim.StartAsync());
        await Task.Delay(1500);
        var (status, rows) = await client.GetAsync("/api/v3/klines?symbol=BTCUSDT&interval=1s&limit=3");
        Assert.Equal(200, status);
        JsonElement row = rows.EnumerateArray().Last();
        Assert.Equal(12, row.GetArrayLength());
        Assert.Equal(row[0].GetInt64() + 999, row[6].GetInt64());
        Assert.True(Price.Parse(row[2].GetString()!) >= Price.Parse(row[3].GetString()!)); // high >= low
        var (bad, error) = await client.GetAsync("/api/v3/klines?symbol=BTCUSDT&interval=7m");
        Assert.Equal((400, -1120), (bad, error.GetProperty("code").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)status);
    }

    [Fact]
    public async Task Synthetic_symbols_have_a_continuous_kline_history_from_the_start()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 9, KlineHistoryMinutes = 600 });
        using var client = new RawExchangeClient(await sim.StartAsync());
        var (status, rows) = await client.GetAsync("/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=500");
        Assert.Equal(200, status);
        JsonElement[] candles = rows.EnumerateArray().ToArray();
        Assert.Equal(500, candles.Length);
        for (int i = 1; i < candles.Length; i++)
            Assert.Equal(candles[i - 1][0].GetInt64() + 60_000, candles[i][0].GetInt64());
        Assert.All(candles, c => Assert.True(Price.Parse(c[2].GetString()!) >= Price.Parse(c[3].GetString()!)));
        var (_, hours) = await client.GetAsync("/api/v3/klines?symbol=BTCUSDT&interval=1h");
        Assert.InRange(hours.GetArrayLength(), 10, 12); // 600 minutes of history, plus the open hour
    }
}
