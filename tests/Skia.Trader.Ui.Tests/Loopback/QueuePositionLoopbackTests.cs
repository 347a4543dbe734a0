using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Ui.Model;

namespace Skia.Trader.Ui.Tests.Loopback;

/// <summary>The queue estimate against the real simulator on loopback: its public book and trade stream, our user stream.</summary>
public class QueuePositionLoopbackTests
{
    private static readonly ApiCredential Ahead = new("ahead-key", "ahead-secret");
    private static readonly ApiCredential Trader = new("trader-key", "trader-secret");
    private static readonly ApiCredential Taker = new("taker-key", "taker-secret");

    [Fact]
    public async Task An_order_behind_others_sees_the_queue_ahead_shrink_with_trades_and_reach_zero_when_it_fills()
    {
        // Quiet market: every trade is one this test makes.
        await using var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, SyntheticMarket = false, Credentials = [Ahead, Trader, Taker] });
        BinanceEndpoint endpoint = BinanceEndpoint.Simulator(await simulator.StartAsync());
        using BinanceRestClient publicRest = new(endpoint, null);
        using BinanceRestClient aheadRest = await Signed(endpoint, Ahead);
        using BinanceRestClient traderRest = await Signed(endpoint, Trader);
        using BinanceRestClient takerRest = await Signed(endpoint, Taker);
        var traderTracker = new OrderTracker();
        var traderEntry = new OrderEntry(traderRest, traderTracker);
        await using var userStream = new UserDataStream(endpoint, traderRest, traderTracker, new ConnectionOptions { SilenceTimeout = TimeSpan.FromHours(1) });
        userStream.Start();
        await Eventually(() => userStream.State == UserDataState.Live, "user stream live");

        var estimator = new QueuePositionEstimator();
        var gate = new object();
        await using var feed = new MarketDataFeed(endpoint, publicRest, new MarketDataOptions
        {
            Symbols = ["BTCUSDT"],
            PublishInterval = TimeSpan.FromMilliseconds(5),
            Connection = new ConnectionOptions { SilenceTimeout = TimeSpan.FromHours(1) },
        });
        feed.TradeReceived += (_, trade) => { lock (gate) estimator.OnTrade(trade.Price, trade.Quantity, trade.BuyerIsMaker); };
        feed.Start();
        SymbolFeed btc = feed.Symbols[0];
        Price price = Price.Parse("60000");

        // Someone else's 0.3 rests at 60000 first; the book shows it.
        await new OrderEntry(aheadRest, new OrderTracker()).PlaceAsync(Limit(OrderSide.Buy, "60000", "0.3"));
        await Eventually(() => Level(btc, price) == Quantity.Parse("0.3"), "the book shows the first bid");

        // Ours joins behind it: acknowledged NEW, the estimate starts at the level size, 0.3.
        Order ours = await traderEntry.PlaceAsync(Limit(OrderSide.Buy, "60000", "0.1"));
        Assert.Equal(OrderStatus.New, ours.Status);
        lock (gate) estimator.OnAcknowledged(ours, btc.Book.Latest!);
        Assert.True(estimator.TryGetAhead(ours.ClientOrderId, out Quantity ahead));
        Assert.Equal(Quantity.Parse("0.3"), ahead);

        // 0.2 sold into the bid: it trades against the order ahead of ours.
        var taker = new OrderEntry(takerRest, new OrderTracker());
        await taker.PlaceAsync(Limit(OrderSide.Sell, "60000", "0.2", TimeInForce.Ioc));
        await Eventually(() => Level(btc, price) == Quantity.Parse("0.2"), "the book shows 0.1 + our 0.1");
        lock (gate) estimator.OnBook(btc.Book.Latest!);
        await Eventually(() => { lock (gate) return estimator.TryGetAhead(ours.ClientOrderId, out Quantity a) && a == Quantity.Parse("0.1"); }, "0.1 ahead after the first trade");
        Assert.Equal(OrderStatus.New, ours.Status);

        // 0.15 more: the last 0.1 ahead trades, then 0.05 of ours fills.
        await taker.PlaceAsync(Limit(OrderSide.Sell, "60000", "0.15", TimeInForce.Ioc));
        await Eventually(() => ours.Status == OrderStatus.PartiallyFilled, "our order partly filled");
        lock (gate)
        {
            estimator.OnOwnFill(ours.ClientOrderId, ours.Quantity - ours.ExecutedQuantity);
            Assert.True(estimator.TryGetAhead(ours.ClientOrderId, out ahead));
            Assert.Equal(Quantity.Zero, ahead);
            Assert.True(estimator.TryGetRemaining(ours.ClientOrderId, out Quantity remaining));
            Assert.Equal(Quantity.Parse("0.05"), remaining);
        }
        // The exchange agrees: the order ahead is gone, ours is the whole level.
        await Eventually(() => Level(btc, price) == Quantity.Parse("0.05"), "the level is our remaining 0.05");
        lock (gate) estimator.OnBook(btc.Book.Latest!);
        lock (gate) Assert.True(estimator.TryGetAhead(ours.ClientOrderId, out ahead) && ahead.IsZero);
    }

    private static Order Limit(OrderSide side, string price, string quantity, TimeInForce tif = TimeInForce.Gtc) =>
        new(OrderEntry.NewClientOrderId(), "BTCUSDT", side, OrderType.Limit, tif, Price.Parse(price), Quantity.Parse(quantity));

    private static Quantity Level(SymbolFeed feed, Price price)
    {
        OrderBookSnapshot? book = feed.Book.Latest;
        return book is null ? Quantity.Zero : QueuePositionEstimator.LevelSize(book, OrderSide.Buy, price);
    }

    private static async Task<BinanceRestClient> Signed(BinanceEndpoint endpoint, ApiCredential credential)
    {
        var rest = new BinanceRestClient(endpoint, new ApiCredentials(credential.ApiKey, credential.Secret));
        await rest.SyncClockAsync();
        return rest;
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120); // generous: it only matters when broken (connecting alone took over 30 s at a load average of 60)
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what);
            await Task.Delay(10);
        }
    }
}
