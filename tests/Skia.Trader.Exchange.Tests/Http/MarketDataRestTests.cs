using System.Text.Json;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>The second round of public market data over real HTTP: recent and aggregate trades, 24 h tickers, book tickers, average price.</summary>
public class MarketDataRestTests
{
    /// <summary>
    /// Trades places three resting sells (two at 60000, one at 60010) and one buy that takes them all:
    /// trades 1-3, aggregates 1 (trades 1-2 at 60000) and 2 (trade 3 at 60010); then a resting bid at 59000.
    /// </summary>
    private static async Task<long> TradeAsync(RawExchangeClient client)
    {
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000");
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.02&price=60000");
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60010");
        JsonElement taker = await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.04&price=60010&selfTradePreventionMode=NONE");
        Assert.Equal("FILLED", taker.GetProperty("status").GetString());
        await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=59000");
        return taker.GetProperty("transactTime").GetInt64();
    }

    private static async Task AssertErrorAsync(RawExchangeClient client, string pathAndQuery, int code, string message)
    {
        var (status, body) = await client.GetAsync(pathAndQuery);
        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal(message, body.GetProperty("msg").GetString());
    }

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Recent_trades_list_each_match_in_the_documented_shape_newest_last()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        long time = await TradeAsync(client);

        var (status, trades) = await client.GetAsync("/api/v3/trades?symbol=BTCUSDT");
        Assert.Equal(200, status);
        Assert.Equal(3, trades.GetArrayLength());
        JsonElement first = trades[0];
        Assert.Equal(["id", "price", "qty", "quoteQty", "time", "isBuyerMaker", "isBestMatch"], Keys(first));
        Assert.Equal(1, first.GetProperty("id").GetInt64());
        Assert.Equal("60000.00000000", first.GetProperty("price").GetString());
        Assert.Equal("0.01000000", first.GetProperty("qty").GetString());
        Assert.Equal("600.00000000", first.GetProperty("quoteQty").GetString());
        Assert.Equal(time, first.GetProperty("time").GetInt64());
        Assert.False(first.GetProperty("isBuyerMaker").GetBoolean()); // the buyer took
        Assert.True(first.GetProperty("isBestMatch").GetBoolean());
        Assert.Equal("60010.00000000", trades[2].GetProperty("price").GetString());

        var (_, two) = await client.GetAsync("/api/v3/trades?symbol=BTCUSDT&limit=2");
        Assert.Equal([2L, 3L], two.EnumerateArray().Select(t => t.GetProperty("id").GetInt64()));
        var (_, capped) = await client.GetAsync("/api/v3/trades?symbol=BTCUSDT&limit=5000");
        Assert.Equal(3, capped.GetArrayLength()); // over the maximum is cut to it, not refused

        await AssertErrorAsync(client, "/api/v3/trades", -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
        await AssertErrorAsync(client, "/api/v3/trades?symbol=NOPE", -1121, "Invalid symbol.");
        await AssertErrorAsync(client, "/api/v3/trades?symbol=BTCUSDT&limit=x", -1100,
            "Illegal characters found in parameter 'limit'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
    }

    [Fact]
    public async Task Aggregate_trades_sum_one_taker_orders_fills_at_one_price_and_select_by_id_or_time()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        long time = await TradeAsync(client);

        var (status, all) = await client.GetAsync("/api/v3/aggTrades?symbol=BTCUSDT");
        Assert.Equal(200, status);
        Assert.Equal(2, all.GetArrayLength());
        JsonElement a1 = all[0];
        Assert.Equal(["a", "p", "q", "f", "l", "T", "m", "M"], Keys(a1));
        Assert.Equal(1, a1.GetProperty("a").GetInt64());
        Assert.Equal("60000.00000000", a1.GetProperty("p").GetString());
        Assert.Equal("0.03000000", a1.GetProperty("q").GetString());
        Assert.Equal(1, a1.GetProperty("f").GetInt64());
        Assert.Equal(2, a1.GetProperty("l").GetInt64());
        Assert.Equal(time, a1.GetProperty("T").GetInt64());
        Assert.False(a1.GetProperty("m").GetBoolean());
        Assert.Equal(3, all[1].GetProperty("f").GetInt64());
        Assert.Equal(3, all[1].GetProperty("l").GetInt64());

        var (_, fromTwo) = await client.GetAsync("/api/v3/aggTrades?symbol=BTCUSDT&fromId=2");
        Assert.Equal([2L], fromTwo.EnumerateArray().Select(a => a.GetProperty("a").GetInt64()));
        var (_, newest) = await client.GetAsync("/api/v3/aggTrades?symbol=BTCUSDT&limit=1");
        Assert.Equal([2L], newest.EnumerateArray().Select(a => a.GetProperty("a").GetInt64()));
        var (_, oldestInWindow) = await client.GetAsync($"/api/v3/aggTrades?symbol=BTCUSDT&startTime={time}&endTime={time}&limit=1");
        Assert.Equal([1L], oldestInWindow.EnumerateArray().Select(a => a.GetProperty("a").GetInt64()));
        var (_, fromStart) = await client.GetAsync($"/api/v3/aggTrades?symbol=BTCUSDT&startTime={time}");
        Assert.Equal(2, fromStart.GetArrayLength());
        var (_, beforeEnd) = await client.GetAsync($"/api/v3/aggTrades?symbol=BTCUSDT&endTime={time - 1}");
        Assert.Equal(0, beforeEnd.GetArrayLength());
        var (_, wideWindow) = await client.GetAsync($"/api/v3/aggTrades?symbol=BTCUSDT&startTime={time - 3 * 3_600_000}&endTime={time + 1}");
        Assert.Equal(2, wideWindow.GetArrayLength()); // the one-hour window limit was lifted in 2022-12

        await AssertErrorAsync(client, $"/api/v3/aggTrades?symbol=BTCUSDT&fromId=1&startTime={time}", -1128, "Combination of optional parameters invalid.");
        await AssertErrorAsync(client, "/api/v3/aggTrades?symbol=ETHBTCX", -1121, "Invalid symbol.");
        await AssertErrorAsync(client, "/api/v3/aggTrades?symbol=BTCUSDT&fromId=-1", -1100,
            "Illegal characters found in parameter 'fromId'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
    }

    [Fact]
    public async Task Ticker_24hr_answers_full_and_mini_for_one_several_and_all_symbols()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        long time = await TradeAsync(client);

        var (status, t) = await client.GetAsync("/api/v3/ticker/24hr?symbol=BTCUSDT");
        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Object, t.ValueKind);
        Assert.Equal(["symbol", "priceChange", "priceChangePercent", "weightedAvgPrice", "prevClosePrice", "lastPrice", "lastQty",
            "bidPrice", "bidQty", "askPrice", "askQty", "openPrice", "highPrice", "lowPrice", "volume", "quoteVolume",
            "openTime", "closeTime", "firstId", "lastId", "count"], Keys(t));
        Assert.Equal("10.00000000", t.GetProperty("priceChange").GetString());
        Assert.Equal("0.017", t.GetProperty("priceChangePercent").GetString()); // 10 / 60000 = 0.0167 %
        Assert.Equal("60002.50000000", t.GetProperty("weightedAvgPrice").GetString()); // 2400.1 USDT / 0.04 BTC
        Assert.Equal("60010.00000000", t.GetProperty("lastPrice").GetString());
        Assert.Equal("0.01000000", t.GetProperty("lastQty").GetString());
        Assert.Equal("59000.00000000", t.GetProperty("bidPrice").GetString());
        Assert.Equal("0.01000000", t.GetProperty("bidQty").GetString());
        Assert.Equal("0.00000000", t.GetProperty("askPrice").GetString()); // every ask was taken
        Assert.Equal("60000.00000000", t.GetProperty("openPrice").GetString());
        Assert.Equal("60010.00000000", t.GetProperty("highPrice").GetString());
        Assert.Equal("60000.00000000", t.GetProperty("lowPrice").GetString());
        Assert.Equal("0.04000000", t.GetProperty("volume").GetString());
        Assert.Equal("2400.10000000", t.GetProperty("quoteVolume").GetString());
        Assert.Equal(86_400_000, t.GetProperty("closeTime").GetInt64() - t.GetProperty("openTime").GetInt64());
        Assert.InRange(t.GetProperty("closeTime").GetInt64(), time, time + 60_000);
        Assert.Equal(1, t.GetProperty("firstId").GetInt64());
        Assert.Equal(3, t.GetProperty("lastId").GetInt64());
        Assert.Equal(3, t.GetProperty("count").GetInt64());

        var (_, mini) = await client.GetAsync("/api/v3/ticker/24hr?symbol=BTCUSDT&type=MINI");
        Assert.Equal(["symbol", "openPrice", "highPrice", "lowPrice", "lastPrice", "volume", "quoteVolume",
            "openTime", "closeTime", "firstId", "lastId", "count"], Keys(mini));
        Assert.Equal("2400.10000000", mini.GetProperty("quoteVolume").GetString());

        var (_, several) = await client.GetAsync("/api/v3/ticker/24hr?symbols=%5B%22ETHUSDT%22,%22BTCUSDT%22%5D");
        Assert.Equal(["ETHUSDT", "BTCUSDT"], several.EnumerateArray().Select(x => x.GetProperty("symbol").GetString()));
        JsonElement quiet = several[0];
        Assert.Equal(0, quiet.GetProperty("count").GetInt64());
        Assert.Equal(-1, quiet.GetProperty("firstId").GetInt64());
        Assert.Equal(-1, quiet.GetProperty("lastId").GetInt64());
        Assert.Equal("0.00000000", quiet.GetProperty("volume").GetString());

        var (_, all) = await client.GetAsync("/api/v3/ticker/24hr?type=MINI");
        Assert.Equal(sim.Symbols.Select(s => s.Symbol).Order(StringComparer.Ordinal), all.EnumerateArray().Select(x => x.GetProperty("symbol").GetString()));

        await AssertErrorAsync(client, "/api/v3/ticker/24hr?symbol=NOPE", -1121, "Invalid symbol.");
        await AssertErrorAsync(client, "/api/v3/ticker/24hr?symbols=[\"BTCUSDT\",\"NOPE\"]", -1121, "Invalid symbol.");
        await AssertErrorAsync(client, "/api/v3/ticker/24hr?symbol=BTCUSDT&symbols=[\"BTCUSDT\"]", -1128, "Combination of optional parameters invalid.");
        await AssertErrorAsync(client, "/api/v3/ticker/24hr?symbol=BTCUSDT&type=HALF", -1139, "Invalid ticker type.");
        await AssertErrorAsync(client, "/api/v3/ticker/24hr?symbols=[\"BTCUSDT\",\"BTCUSDT\"]", -1151, "Symbol is present multiple times in the list.");
        await AssertErrorAsync(client, "/api/v3/ticker/24hr?symbols=[BTCUSDT]", -1100,
            "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");
    }

    [Fact]
    public async Task Book_ticker_and_average_price_answer_from_the_book_and_the_last_five_minutes()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        long time = await TradeAsync(client);
        await client.PlaceAsync("symbol=ETHUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.5&price=3300");

        var (status, one) = await client.GetAsync("/api/v3/ticker/bookTicker?symbol=ETHUSDT");
        Assert.Equal(200, status);
        Assert.Equal(["symbol", "bidPrice", "bidQty", "askPrice", "askQty"], Keys(one));
        Assert.Equal("0.00000000", one.GetProperty("bidPrice").GetString());
        Assert.Equal("3300.00000000", one.GetProperty("askPrice").GetString());
        Assert.Equal("0.50000000", one.GetProperty("askQty").GetString());

        var (_, several) = await client.GetAsync("/api/v3/ticker/bookTicker?symbols=[\"BTCUSDT\",\"ETHUSDT\"]");
        Assert.Equal(2, several.GetArrayLength());
        Assert.Equal("59000.00000000", several[0].GetProperty("bidPrice").GetString());
        var (_, all) = await client.GetAsync("/api/v3/ticker/bookTicker");
        Assert.Equal(sim.Symbols.Count, all.GetArrayLength());
        await AssertErrorAsync(client, "/api/v3/ticker/bookTicker?symbol=NOPE", -1121, "Invalid symbol.");
        await AssertErrorAsync(client, "/api/v3/ticker/bookTicker?symbol=BTCUSDT&symbols=[\"ETHUSDT\"]", -1128, "Combination of optional parameters invalid.");

        var (_, average) = await client.GetAsync("/api/v3/avgPrice?symbol=BTCUSDT");
        Assert.Equal(["mins", "price", "closeTime"], Keys(average));
        Assert.Equal(5, average.GetProperty("mins").GetInt32());
        Assert.Equal("60002.50000000", average.GetProperty("price").GetString());
        Assert.Equal(time, average.GetProperty("closeTime").GetInt64());
        await AssertErrorAsync(client, "/api/v3/avgPrice?symbol=NOPE", -1121, "Invalid symbol.");
    }
}
