using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>The documented request weights the rate limiter is to charge for these routes (rest-api.md).</summary>
public class MarketDataWeightTests
{
    [Theory]
    [InlineData("/api/v3/trades", "symbol=BTCUSDT", 25)]
    [InlineData("/api/v3/aggTrades", "symbol=BTCUSDT", 4)]
    [InlineData("/api/v3/avgPrice", "symbol=BTCUSDT", 2)]
    [InlineData("/api/v3/ticker/24hr", "symbol=BTCUSDT", 2)]
    [InlineData("/api/v3/ticker/24hr", "", 80)]
    [InlineData("/api/v3/ticker/24hr", "symbols=[\"A\",\"B\"]", 2)]
    [InlineData("/api/v3/ticker/bookTicker", "symbol=BTCUSDT", 2)]
    [InlineData("/api/v3/ticker/bookTicker", "symbols=[\"A\",\"B\"]", 4)]
    [InlineData("/api/v3/ticker/bookTicker", "", 4)]
    public void Each_route_has_its_documented_weight(string path, string query, int weight) =>
        Assert.Equal(weight, RestApi.DocumentedWeight(path, new RequestParameters(query, "")));

    [Theory]
    [InlineData(20, 2)]
    [InlineData(21, 40)]
    [InlineData(100, 40)]
    [InlineData(101, 80)]
    public void The_24hr_ticker_weight_grows_with_the_number_of_symbols(int count, int weight)
    {
        string list = "[" + string.Join(",", Enumerable.Range(0, count).Select(i => "\"S" + i + "\"")) + "]";
        Assert.Equal(weight, RestApi.DocumentedWeight("/api/v3/ticker/24hr", new RequestParameters("symbols=" + list, "")));
    }
}
