using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.Tests.Orders;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Tests.MarketData;

public class MarketDataFeedTests
{
    [Fact]
    public async Task A_quiet_symbol_gets_its_book_from_the_snapshot_and_syncs_on_its_first_update()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await using var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), new MarketDataOptions
        {
            Symbols = ["BTCUSDT"],
            PublishInterval = TimeSpan.FromMilliseconds(10),
        });
        feed.Start();
        SymbolFeed btc = feed.Symbols[0];
        await Eventually.True(() => btc.SyncState == DepthSyncState.Bridging && btc.Book.Latest != null, () => btc.SyncState.ToString());
        Assert.Equal(0, btc.Book.Latest!.TotalBidLevels);

        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.5"));

        await Eventually.True(() => btc.SyncState == DepthSyncState.Synced && btc.Book.Latest!.TotalBidLevels == 1, () => btc.SyncState.ToString());
        Assert.Equal(Price.Parse("60000"), btc.Book.Latest!.BestBid!.Value.Price);
        Assert.Equal(Quantity.Parse("0.5"), btc.Book.Latest!.BestBid!.Value.Quantity);
        Assert.Equal(0, btc.Gaps);
    }

    [Fact]
    public async Task Partial_depth_streams_publish_the_top_levels_without_a_snapshot()
    {
        await using var exchange = await LoopbackExchange.StartAsync();
        await using var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), new MarketDataOptions
        {
            Symbols = ["ETHUSDT"],
            Depth = DepthMode.Partial,
            PartialLevels = 5,
            Trades = false,
            BookTickers = false,
        });
        Assert.Equal(["ethusdt@depth5@100ms"], feed.StreamNames());
        feed.Start();
        SymbolFeed eth = feed.Symbols[0];
        await Eventually.True(() => eth.SyncState == DepthSyncState.Synced && eth.Book.Latest is { TotalBidLevels: 5, TotalAskLevels: 5 },
            () => eth.SyncState.ToString());
        Assert.True(eth.Book.Latest!.BestBid!.Value.Price < eth.Book.Latest!.BestAsk!.Value.Price);
        Assert.Equal(0, eth.Resyncs);
    }
}
