using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Market;

namespace Skia.Trader.Binance.Tests.Rest;

/// <summary>The order-type filters travel from the simulator's exchangeInfo to the client's SymbolInfo, so a ticket can check before sending.</summary>
public class ExchangeInfoFiltersTests
{
    [Fact]
    public async Task Percent_price_by_side_market_lot_size_iceberg_parts_and_trailing_delta_are_read_from_exchange_info()
    {
        SymbolInfo plain = SyntheticSymbol.Defaults[0].Info;
        var strict = new SymbolInfo(plain.Symbol, plain.BaseAsset, plain.QuoteAsset, plain.PriceFilter, plain.LotSize, plain.Notional)
        {
            PercentPriceBySide = new PercentPriceBySideFilter(Price.Parse("1.2"), Price.Parse("0.2"), Price.Parse("5"), Price.Parse("0.8"), 1),
            MarketLotSize = new LotSizeFilter(Quantity.Parse("0.001"), Quantity.Parse("100"), Quantity.Parse("0.001")),
            IcebergParts = 10,
            TrailingDelta = new TrailingDeltaFilter(10, 2000, 10, 2000),
        };
        await using var exchange = await LoopbackExchange.StartAsync(o => { o.SyntheticMarket = false; o.Symbols = [new SyntheticSymbol(strict, Price.Parse("65000"))]; });
        SymbolInfo read = Assert.Single(await exchange.Rest().GetExchangeInfoAsync(["BTCUSDT"]));
        Assert.Equal(strict.PercentPriceBySide, read.PercentPriceBySide);
        Assert.Equal(strict.MarketLotSize, read.MarketLotSize);
        Assert.Equal(10, read.IcebergParts);
        Assert.Equal(strict.TrailingDelta, read.TrailingDelta);
        // The ticket's verdict matches what the exchange would answer.
        Assert.Equal("Filter failure: MARKET_LOT_SIZE",
            read.Check(OrderSide.Sell, OrderType.Market, Price.Zero, Quantity.Parse("0.0005"), Quantity.Zero, Price.Parse("65000")).ExchangeMessage);
    }
}
