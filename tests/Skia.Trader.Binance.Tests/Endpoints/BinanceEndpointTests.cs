using Skia.Trader.Binance.Endpoints;

namespace Skia.Trader.Binance.Tests.Endpoints;

public class BinanceEndpointTests
{
    [Fact]
    public void Names_map_to_the_documented_hosts()
    {
        Assert.Equal("https://api.binance.com/", BinanceEndpoint.Parse("binance").RestBase.ToString());
        Assert.Equal("wss://stream.testnet.binance.vision:9443/", BinanceEndpoint.Parse("binance-testnet").StreamBase.ToString());
        Assert.Equal("wss://ws-api.binance.com/ws-api/v3", BinanceEndpoint.Parse("binance").WebSocketApi.ToString());
    }

    [Fact]
    public void A_simulator_url_serves_everything_on_one_port()
    {
        BinanceEndpoint sim = BinanceEndpoint.Parse("http://127.0.0.1:5123");
        Assert.Equal("http://127.0.0.1:5123/", sim.RestBase.ToString());
        Assert.Equal("ws://127.0.0.1:5123/", sim.StreamBase.ToString());
        Assert.Equal("ws://127.0.0.1:5123/ws-api/v3", sim.WebSocketApi.ToString());
        Assert.False(sim.IsProduction);
    }

    [Fact]
    public void An_unknown_choice_lists_the_valid_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => BinanceEndpoint.Parse("kraken"));
        Assert.Contains("binance-testnet", error.Message);
    }
}
