using System.Text.Json;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>
/// Every order shape over REST (POST /api/v3/order/test validates exactly as a placement would): each allowed
/// time in force accepted, each forbidden parameter refused with -1106, each missing one with -1102, in
/// Binance's words (errors.md). Expectations are written from the documentation, not from our table.
/// </summary>
public class OrderShapeRestTests : IAsyncLifetime
{
    private ExchangeSimulator _sim = null!;
    private RawExchangeClient _client = null!;

    // Documented additional mandatory parameters per type, with a valid value for each.
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["timeInForce"] = "GTC",
        ["quantity"] = "0.01",
        ["quoteOrderQty"] = "700",
        ["price"] = "70000",
        ["stopPrice"] = "70000",
        ["trailingDelta"] = "100",
        ["icebergQty"] = "0.005",
    };

    private static readonly (string Type, string[] Required, string[] Optional)[] Documented =
    [
        ("LIMIT", ["timeInForce", "quantity", "price"], ["icebergQty"]),
        ("MARKET", [], ["quantity", "quoteOrderQty"]),
        ("STOP_LOSS", ["quantity"], ["stopPrice", "trailingDelta"]),
        ("STOP_LOSS_LIMIT", ["timeInForce", "quantity", "price"], ["stopPrice", "trailingDelta", "icebergQty"]),
        ("TAKE_PROFIT", ["quantity"], ["stopPrice", "trailingDelta"]),
        ("TAKE_PROFIT_LIMIT", ["timeInForce", "quantity", "price"], ["stopPrice", "trailingDelta", "icebergQty"]),
        ("LIMIT_MAKER", ["quantity", "price"], ["icebergQty"]),
    ];

    public async Task InitializeAsync()
    {
        _sim = RestApiTests.Quiet();
        _client = new RawExchangeClient(await _sim.StartAsync());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _sim.DisposeAsync();
    }

    private async Task<(int Status, JsonElement Body)> TestOrder(string type, IEnumerable<string> names, string? tif = null)
    {
        string parameters = "symbol=BTCUSDT&side=BUY&type=" + type + string.Concat(names.Select(n => "&" + n + "=" + (n == "timeInForce" && tif is not null ? tif : Valid[n])));
        var (status, body, _) = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", parameters);
        return (status, body);
    }

    private static string[] Base((string Type, string[] Required, string[] Optional) shape) =>
        shape.Type switch
        {
            "MARKET" => ["quantity"],
            "STOP_LOSS" or "TAKE_PROFIT" or "STOP_LOSS_LIMIT" or "TAKE_PROFIT_LIMIT" => [.. shape.Required, "stopPrice"],
            _ => shape.Required,
        };

    [Fact]
    public async Task Every_type_is_accepted_with_every_time_in_force_it_takes()
    {
        foreach (var shape in Documented)
        {
            string[] tifs = shape.Required.Contains("timeInForce") ? ["GTC", "IOC", "FOK"] : [""];
            foreach (string tif in tifs)
            {
                var (status, body) = await TestOrder(shape.Type, Base(shape), tif.Length == 0 ? null : tif);
                Assert.True(status == 200, $"{shape.Type} {tif}: {status} {body}");
                Assert.Equal("{}", body.GetRawText());
            }
        }
    }

    [Fact]
    public async Task Every_parameter_a_type_does_not_take_is_refused_with_1106_naming_it()
    {
        int refusals = 0;
        foreach (var shape in Documented)
        {
            foreach (string extra in Valid.Keys.Except(shape.Required).Except(shape.Optional))
            {
                var (status, body) = await TestOrder(shape.Type, [.. Base(shape), extra]);
                Assert.True(status == 400, $"{shape.Type} + {extra}: {status} {body}");
                Assert.Equal(-1106, body.GetProperty("code").GetInt32());
                Assert.Equal($"Parameter '{extra}' sent when not required.", body.GetProperty("msg").GetString());
                refusals++;
            }
        }
        Assert.Equal(22, refusals); // 7 types x 7 parameters, less the 27 documented as required or optional
    }

    [Fact]
    public async Task Every_missing_mandatory_parameter_is_refused_with_1102_naming_it()
    {
        foreach (var shape in Documented)
        {
            foreach (string missing in shape.Required)
            {
                var (status, body) = await TestOrder(shape.Type, Base(shape).Where(n => n != missing));
                Assert.True(status == 400, $"{shape.Type} - {missing}: {status} {body}");
                Assert.Equal(-1102, body.GetProperty("code").GetInt32());
                Assert.Equal($"Mandatory parameter '{missing}' was not sent, was empty/null, or malformed.", body.GetProperty("msg").GetString());
            }
        }
        var (_, market) = await TestOrder("MARKET", []);
        Assert.Equal("Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!", market.GetProperty("msg").GetString());
        var (_, stop) = await TestOrder("STOP_LOSS", ["quantity"]);
        Assert.Equal(-1102, stop.GetProperty("code").GetInt32());
        Assert.Equal("Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!", stop.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Combinations_binance_refuses_are_refused_with_its_codes()
    {
        var (_, both) = await TestOrder("MARKET", ["quantity", "quoteOrderQty"]);
        Assert.Equal((-1128, "Combination of optional parameters invalid."), (both.GetProperty("code").GetInt32(), both.GetProperty("msg").GetString()));
        // "Any order with an icebergQty MUST have timeInForce set to GTC."
        var (_, iceberg) = await TestOrder("LIMIT", ["timeInForce", "quantity", "price", "icebergQty"], "IOC");
        Assert.Equal((-1014, "Unsupported order combination."), (iceberg.GetProperty("code").GetInt32(), iceberg.GetProperty("msg").GetString()));
        var (_, tif) = await TestOrder("LIMIT", ["timeInForce", "quantity", "price"], "GTX");
        Assert.Equal((-1115, "Invalid timeInForce."), (tif.GetProperty("code").GetInt32(), tif.GetProperty("msg").GetString()));
        var (_, type) = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", "symbol=BTCUSDT&side=BUY&type=STOP_MARKET&quantity=1").ContinueWith(t => (t.Result.Status, t.Result.Body));
        Assert.Equal((-1116, "Invalid orderType."), (type.GetProperty("code").GetInt32(), type.GetProperty("msg").GetString()));
    }

    [Theory]
    [InlineData("price", "70000.123456789", -1111, "Parameter 'price' has too much precision.")]
    [InlineData("price", "70000.00000000100000", -1111, "Parameter 'price' has too much precision.")]
    [InlineData("quantity", "0.010000001", -1111, "Parameter 'quantity' has too much precision.")]
    [InlineData("price", "+1", -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")]
    [InlineData("price", ".5", -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")]
    [InlineData("price", "1.", -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")]
    [InlineData("price", "70000.001", -1013, "Filter failure: PRICE_FILTER")]
    public async Task Decimals_past_the_eighth_get_1111_and_only_bad_characters_get_1100(string name, string value, int code, string message)
    {
        string parameters = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000".Replace(name + "=" + Valid[name], name + "=" + Uri.EscapeDataString(value));
        var (status, body, _) = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order", parameters);
        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal(message, body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Trailing_zeros_past_the_eighth_decimal_are_not_precision()
    {
        JsonElement placed = await _client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.0100000000&price=70000.000000000");
        Assert.Equal("70000.00000000", placed.GetProperty("price").GetString());
    }

    [Fact]
    public async Task A_limit_maker_without_time_in_force_rests_and_exchange_info_lists_every_type()
    {
        JsonElement placed = await _client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT_MAKER&quantity=0.01&price=70000&newOrderRespType=RESULT");
        Assert.Equal("NEW", placed.GetProperty("status").GetString());
        Assert.Equal("LIMIT_MAKER", placed.GetProperty("type").GetString());
        var (_, info) = await _client.GetAsync("/api/v3/exchangeInfo?symbol=BTCUSDT");
        string[] types = info.GetProperty("symbols")[0].GetProperty("orderTypes").EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.Equal(["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"], types);
        Assert.Equal(Enum.GetValues<OrderType>().Length, types.Length);
    }
}
