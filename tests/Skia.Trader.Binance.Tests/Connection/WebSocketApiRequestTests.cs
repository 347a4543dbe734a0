using System.Text.Json;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Signing;

namespace Skia.Trader.Binance.Tests.Connection;

public class WebSocketApiRequestTests
{
    [Fact]
    public void A_request_is_signed_as_the_documented_HMAC_example()
    {
        // binance-spot-api-docs web-socket-api.md, "SIGNED request example (HMAC)", first example.
        var signer = new RequestSigner("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
        KeyValuePair<string, string>[] parameters =
        [
            new("symbol", "BTCUSDT"), new("side", "SELL"), new("type", "LIMIT"), new("timeInForce", "GTC"),
            new("quantity", "0.01000000"), new("price", "52000.00"),
        ];

        string request = WebSocketApiClient.SignedRequest("4885f793-e5ad-4c3b-8f6c-55d891472b71", "order.place", parameters,
            "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", recvWindowMs: 100, timestamp: 1645423376532, signer);

        JsonElement root = JsonDocument.Parse(request).RootElement;
        Assert.Equal(("4885f793-e5ad-4c3b-8f6c-55d891472b71", "order.place"), (root.GetProperty("id").GetString(), root.GetProperty("method").GetString()));
        JsonElement p = root.GetProperty("params");
        Assert.Equal("aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24", p.GetProperty("signature").GetString());
        Assert.Equal((100, 1645423376532L), (p.GetProperty("recvWindow").GetInt32(), p.GetProperty("timestamp").GetInt64()));
        Assert.Equal(("0.01000000", "52000.00", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"),
            (p.GetProperty("quantity").GetString(), p.GetProperty("price").GetString(), p.GetProperty("apiKey").GetString()));
    }
}
