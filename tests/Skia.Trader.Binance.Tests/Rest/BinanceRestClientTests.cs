using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Binance.Tests.Rest;

public class BinanceRestClientTests
{
    [Fact]
    public async Task Exchange_info_maps_every_filter_to_the_domains_symbol_info()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        using BinanceRestClient rest = exchange.Rest();

        IReadOnlyList<SymbolInfo> symbols = await rest.GetExchangeInfoAsync(["BTCUSDT", "ETHBTC"]);

        Assert.Equal(["BTCUSDT", "ETHBTC"], symbols.Select(s => s.Symbol));
        foreach (SymbolInfo info in symbols)
        {
            SymbolInfo truth = exchange.Simulator.Symbols.Single(s => s.Symbol == info.Symbol);
            Assert.Equal(truth.BaseAsset, info.BaseAsset);
            Assert.Equal(truth.QuoteAsset, info.QuoteAsset);
            Assert.Equal(truth.PriceFilter, info.PriceFilter);
            Assert.Equal(truth.LotSize, info.LotSize);
            Assert.Equal(truth.Notional, info.Notional);
        }
    }

    [Fact]
    public async Task Clock_offset_account_and_klines_come_back_in_domain_types()
    {
        await using var exchange = await LoopbackExchange.StartAsync();
        using BinanceRestClient rest = exchange.Rest(LoopbackExchange.Trader);

        TimeSpan offset = await rest.SyncClockAsync();
        Assert.InRange(offset.TotalSeconds, -5, 5); // same machine: only the round trip separates the clocks

        IReadOnlyList<AccountBalance> balances = await rest.GetAccountAsync();
        Assert.Equal(Quantity.FromUnits(100_000), balances.Single(b => b.Asset == "USDT").Free);
        Assert.Equal(exchange.Simulator.Ledger.Balance(LoopbackExchange.Trader.ApiKey, "BTC").Free, balances.Single(b => b.Asset == "BTC").Free);

        await Eventually.True(() => exchange.Simulator.Ledger.Trades().Count > 0, () => "the synthetic market never traded");
        IReadOnlyList<Candle> candles = await rest.GetKlinesAsync("BTCUSDT", "1s", 10);
        Assert.NotEmpty(candles);
        Assert.All(candles, c => Assert.True(c.Low <= c.Open && c.Open <= c.High && c.Low <= c.Close && c.Close <= c.High));
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_the_exchanges_signature_error()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        using var rest = new BinanceRestClient(exchange.Endpoint, new ApiCredentials(LoopbackExchange.Trader.ApiKey, "not-the-secret"));

        var error = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetAccountAsync());

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(-1022, error.Code);
        Assert.Equal("Signature for this request is not valid.", error.Message);
        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task Querying_an_order_the_exchange_never_saw_says_so()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        using BinanceRestClient rest = exchange.Rest(LoopbackExchange.Trader);
        Assert.Null(await rest.QueryOrderAsync("BTCUSDT", "skt-never-sent"));
        var invalid = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetDepthAsync("NOPE", 5));
        Assert.Equal(-1121, invalid.Code);
        Assert.Equal("Invalid symbol.", invalid.Message);
    }
}
