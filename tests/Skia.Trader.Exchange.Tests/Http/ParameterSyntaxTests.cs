using System.Text.Json;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>-1100 for characters a pattern does not allow, in Binance's words; nothing else.</summary>
public class ParameterSyntaxTests
{
    private const string ClientIdRange = @"^[\.A-Z\:/a-z0-9_-]{1,36}$";
    private const string DecimalRange = @"^([0-9]{1,20})(\.[0-9]{1,20})?$";

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefg")] // 37 characters
    [InlineData("ümlaut")]
    public async Task A_client_order_id_outside_the_pattern_is_refused_with_minus_1100(string id)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        var (status, body, _) = await client.SignedAsync(HttpMethod.Post, "/api/v3/order",
            "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000&newClientOrderId=" + Uri.EscapeDataString(id));
        AssertIllegal(status, body, "newClientOrderId", ClientIdRange);
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("web:2026/12/03_x-1.b")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdef")] // 36 characters
    public async Task A_client_order_id_inside_the_pattern_is_accepted(string id)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        JsonElement order = await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=70000&newClientOrderId=" + Uri.EscapeDataString(id));
        Assert.Equal(id, order.GetProperty("clientOrderId").GetString());
    }

    [Fact]
    public async Task An_orig_client_order_id_outside_the_pattern_is_refused_on_cancel_and_query()
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        foreach (HttpMethod method in new[] { HttpMethod.Delete, HttpMethod.Get })
        {
            var (status, body, _) = await client.SignedAsync(method, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=" + Uri.EscapeDataString("a b"));
            AssertIllegal(status, body, "origClientOrderId", ClientIdRange);
        }
        var (s2, b2, _) = await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&orderId=12x");
        AssertIllegal(s2, b2, "orderId", "^[0-9]{1,20}$");
    }

    [Theory]
    [InlineData("price", "+1")]
    [InlineData("price", ".5")]
    [InlineData("price", "1.")]
    [InlineData("price", "1e3")]
    [InlineData("price", "-70000")]
    [InlineData("quantity", "+0.01")]
    [InlineData("quantity", " 0.01")]
    [InlineData("quantity", "0x10")]
    public async Task A_number_outside_the_quoted_pattern_is_refused_with_minus_1100(string name, string value)
    {
        await using ExchangeSimulator sim = RestApiTests.Quiet();
        using var client = new RawExchangeClient(await sim.StartAsync());
        string price = name == "price" ? value : "70000";
        string quantity = name == "quantity" ? value : "0.01";
        var (status, body, _) = await client.SignedAsync(HttpMethod.Post, "/api/v3/order",
            $"symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity={Uri.EscapeDataString(quantity)}&price={Uri.EscapeDataString(price)}");
        AssertIllegal(status, body, name, DecimalRange);
        Assert.Empty(sim.Ledger.OrdersOf("skia-sim-key"));
    }

    [Theory]
    [InlineData("70000.000000001")]
    [InlineData("0.12345678901234567890")]
    [InlineData("12345678901234567890")]
    public void A_number_with_more_than_eight_decimals_matches_the_pattern_and_passes_the_character_check(string value)
    {
        // Precision is another rule, -1111 "Parameter 'price' has too much precision." after this
        // check (the order semantics own it); the character check must not claim such a number.
        Assert.Null(ParameterSyntax.Check(name => name == "price" ? value : null));
        Assert.Equal(-1100, ParameterSyntax.Check(name => name == "price" ? value + "0" + new string('1', 20) : null)?.Code);
    }

    private static void AssertIllegal(int status, JsonElement body, string name, string range)
    {
        Assert.Equal(400, status);
        Assert.Equal(-1100, body.GetProperty("code").GetInt32());
        Assert.Equal($"Illegal characters found in parameter '{name}'; legal range is '{range}'.", body.GetProperty("msg").GetString());
    }
}
