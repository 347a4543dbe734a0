using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.Tests.Orders;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.Rest;

/// <summary>The client's second-round market-data calls against the simulator over real loopback HTTP.</summary>
public class MarketDataRestClientTests
{
    /// <summary>
    /// TradeAsync: the counterparty rests sells of 0.01 and 0.02 at 60000 and 0.01 at 60010; the trader's IOC buy of 0.04
    /// takes them all (trades 1-3; aggregates 1 = trades 1-2, 2 = trade 3); the trader then bids 0.01 at 59000.
    /// </summary>
    internal static async Task TradeAsync(LoopbackExchange exchange)
    {
        await using var seller = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        await using var buyer = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await seller.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.01"));
        await seller.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.02"));
        await seller.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60010", "0.01"));
        Order take = Trading.Limit(OrderSide.Buy, TimeInForce.Ioc, "60010", "0.04");
        await buyer.Entry.PlaceAsync(take);
        Assert.Equal(OrderStatus.Filled, take.Status);
        await buyer.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "59000", "0.01"));
    }

    [Fact]
    public async Task Recent_and_aggregate_trades_come_back_exact_and_selectable()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await TradeAsync(exchange);
        using BinanceRestClient rest = exchange.Rest();

        IReadOnlyList<PublicTrade> trades = await rest.GetRecentTradesAsync("BTCUSDT");
        Assert.Equal([1L, 2L, 3L], trades.Select(t => t.Id));
        Assert.Equal(Price.Parse("60000"), trades[0].Price);
        Assert.Equal(Quantity.Parse("0.02"), trades[1].Quantity);
        Assert.Equal(Quantity.Parse("600.1"), trades[2].QuoteQuantity);
        Assert.All(trades, t => Assert.False(t.BuyerIsMaker));
        Assert.Equal([3L], (await rest.GetRecentTradesAsync("BTCUSDT", limit: 1)).Select(t => t.Id));

        IReadOnlyList<AggregateTrade> aggregates = await rest.GetAggregateTradesAsync("BTCUSDT");
        Assert.Equal(2, aggregates.Count);
        Assert.Equal(new AggregateTrade(1, Price.Parse("60000"), Quantity.Parse("0.03"), 1, 2, trades[0].Time, false, true), aggregates[0]);
        Assert.Equal((3L, 3L), (aggregates[1].FirstTradeId, aggregates[1].LastTradeId));
        Assert.Equal([2L], (await rest.GetAggregateTradesAsync("BTCUSDT", fromId: 2)).Select(a => a.Id));
        long time = trades[0].Time;
        Assert.Equal([1L], (await rest.GetAggregateTradesAsync("BTCUSDT", startTime: time, endTime: time, limit: 1)).Select(a => a.Id));
        Assert.Empty(await rest.GetAggregateTradesAsync("BTCUSDT", endTime: time - 1));

        var combo = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetAggregateTradesAsync("BTCUSDT", fromId: 1, startTime: time));
        Assert.Equal(-1128, combo.Code);
        var unknown = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetRecentTradesAsync("NOPEUSDT"));
        Assert.Equal((-1121, "Invalid symbol."), (unknown.Code, unknown.Message));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => rest.GetRecentTradesAsync("BTCUSDT", limit: 1001));
    }

    [Fact]
    public async Task Tickers_book_tickers_and_the_average_price_map_to_fixed_point_values()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await TradeAsync(exchange);
        using BinanceRestClient rest = exchange.Rest();

        Ticker24h btc = await rest.GetTicker24hAsync("BTCUSDT");
        Assert.Equal("BTCUSDT", btc.Symbol);
        Assert.Equal(Price.Parse("10"), btc.PriceChange);
        Assert.Equal(0.017m, btc.PriceChangePercent);
        Assert.Equal(Price.Parse("60002.5"), btc.WeightedAveragePrice);
        Assert.Equal((Price.Parse("60000"), Price.Parse("60010"), Price.Parse("60000"), Price.Parse("60010")),
            (btc.OpenPrice, btc.HighPrice, btc.LowPrice, btc.LastPrice));
        Assert.Equal((Quantity.Parse("0.04"), Quantity.Parse("2400.1"), Quantity.Parse("0.01")), (btc.Volume, btc.QuoteVolume, btc.LastQuantity));
        Assert.Equal((Price.Parse("59000"), Quantity.Parse("0.01"), Price.Zero, Quantity.Zero), (btc.BidPrice, btc.BidQuantity, btc.AskPrice, btc.AskQuantity));
        Assert.Equal((1L, 3L, 3L), (btc.FirstId, btc.LastId, btc.Count));
        Assert.Equal(86_400_000, btc.CloseTime - btc.OpenTime);

        IReadOnlyList<Ticker24h> two = await rest.GetTickers24hAsync(["ethusdt", "BTCUSDT"]);
        Assert.Equal(["ETHUSDT", "BTCUSDT"], two.Select(t => t.Symbol));
        Assert.Equal((0L, -1L), (two[0].Count, two[0].FirstId));
        Assert.Equal(exchange.Simulator.Symbols.Count, (await rest.GetTickers24hAsync()).Count);
        MiniTicker24h mini = Assert.Single(await rest.GetMiniTickers24hAsync(["BTCUSDT"]));
        Assert.Equal((btc.OpenPrice, btc.LastPrice, btc.Volume, btc.QuoteVolume, btc.Count), (mini.OpenPrice, mini.LastPrice, mini.Volume, mini.QuoteVolume, mini.Count));
        Assert.Equal(exchange.Simulator.Symbols.Count, (await rest.GetMiniTickers24hAsync()).Count);

        SymbolBookTicker book = await rest.GetBookTickerAsync("BTCUSDT");
        Assert.Equal(new SymbolBookTicker("BTCUSDT", Price.Parse("59000"), Quantity.Parse("0.01"), Price.Zero, Quantity.Zero), book);
        IReadOnlyList<SymbolBookTicker> books = await rest.GetBookTickersAsync(["BTCUSDT", "ETHBTC"]);
        Assert.Equal(["BTCUSDT", "ETHBTC"], books.Select(b => b.Symbol));
        Assert.Equal(exchange.Simulator.Symbols.Count, (await rest.GetBookTickersAsync()).Count);

        AveragePrice average = await rest.GetAveragePriceAsync("BTCUSDT");
        Assert.Equal(5, average.Minutes);
        Assert.Equal(Price.Parse("60002.5"), average.Price);

        var duplicate = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetTickers24hAsync(["BTCUSDT", "btcusdt"]));
        Assert.Equal((-1151, "Symbol is present multiple times in the list."), (duplicate.Code, duplicate.Message));
        var unknown = await Assert.ThrowsAsync<BinanceApiException>(() => rest.GetBookTickerAsync("NOPEUSDT"));
        Assert.Equal(-1121, unknown.Code);
    }
}
