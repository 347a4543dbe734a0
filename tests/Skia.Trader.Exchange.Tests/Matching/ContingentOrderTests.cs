using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Matching;

/// <summary>Stops, trailing stops, icebergs, OCO lists and amendments in the engine (rules from rest-api.md and trailing-stop-faq.md).</summary>
public class ContingentOrderTests
{
    private static MatchingEngine Engine(out Account alice, out Account bob, out Account carol)
    {
        MatchingEngine engine = MatchingEngineTests.NewEngine(out alice, out bob);
        carol = engine.GetOrAddAccount("carol");
        carol.Deposit("USDT", Quantity.Parse("1000000").Raw);
        carol.Deposit("BTC", Quantity.Parse("10").Raw);
        return engine;
    }

    /// <summary>Trade makes one trade at a price between bob (maker) and carol (taker), moving the last price there.</summary>
    private static void Trade(MatchingEngine engine, Account maker, Account taker, string price, string qty = "0.01")
    {
        Assert.Null(engine.Place(maker, MatchingEngineTests.Limit(OrderSide.Sell, price, qty)).Error);
        PlaceResult take = engine.Place(taker, MatchingEngineTests.Limit(OrderSide.Buy, price, qty, TimeInForce.Ioc));
        Assert.Equal(OrderStatus.Filled, take.Order!.Status);
    }

    private static NewOrderRequest Stop(OrderType type, OrderSide side, string? stop, string qty, string? price = null, long? trailing = null,
        TimeInForce? tif = null, string? clientId = null) =>
        new("BTCUSDT", side, type, tif ?? (price is null ? null : TimeInForce.Gtc), price is null ? null : Price.Parse(price), Quantity.Parse(qty), null,
            clientId, StopPrice: stop is null ? null : Price.Parse(stop), TrailingDelta: trailing);

    private static OrderRecord Get(MatchingEngine engine, Account a, long id) => engine.Query(a, "BTCUSDT", id, null).Order!;

    [Fact]
    public void A_stop_loss_limit_sell_waits_off_the_book_then_works_at_its_limit_when_the_last_price_falls_to_its_stop()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        Trade(engine, bob, carol, "65000");
        PlaceResult stop = engine.Place(alice, Stop(OrderType.StopLossLimit, OrderSide.Sell, "64000", "0.1", price: "63900"));
        Assert.Null(stop.Error);
        Assert.Equal(OrderStatus.New, stop.Order!.Status);
        Assert.False(stop.Order.IsWorking);
        Assert.Equal(Quantity.Parse("0.1"), Quantity.FromRaw(alice.Locked("BTC"))); // funds locked from placement
        var bids = new List<BookLevel>();
        var asks = new List<BookLevel>();
        engine.TryGetDepth("BTCUSDT", 10, bids, asks, out _);
        Assert.Empty(asks); // not on the book while it waits

        Trade(engine, bob, carol, "64500");
        Assert.False(Get(engine, alice, stop.Order.OrderId).IsWorking);
        Trade(engine, bob, carol, "64000"); // reaches the stop: it now rests as a LIMIT sell at 63900... above no bid, so on the book
        OrderRecord working = Get(engine, alice, stop.Order.OrderId);
        Assert.True(working.IsWorking);
        Assert.Equal(OrderStatus.New, working.Status);
        engine.TryGetDepth("BTCUSDT", 10, bids, asks, out _);
        Assert.Equal(Price.Parse("63900"), Assert.Single(asks).Price);
    }

    [Fact]
    public void A_stop_on_the_wrong_side_of_the_market_is_refused_as_would_trigger_immediately()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        Trade(engine, bob, carol, "65000");
        // STOP_LOSS BUY triggers above the market; TAKE_PROFIT BUY below; SELL the reverse.
        Assert.Equal(ExchangeError.StopWouldTrigger, engine.Place(alice, Stop(OrderType.StopLoss, OrderSide.Buy, "64000", "0.1")).Error);
        Assert.Equal(ExchangeError.StopWouldTrigger, engine.Place(alice, Stop(OrderType.TakeProfit, OrderSide.Buy, "66000", "0.1")).Error);
        Assert.Equal(ExchangeError.StopWouldTrigger, engine.Place(alice, Stop(OrderType.StopLoss, OrderSide.Sell, "66000", "0.1")).Error);
        Assert.Equal(ExchangeError.StopWouldTrigger, engine.Place(alice, Stop(OrderType.TakeProfit, OrderSide.Sell, "65000", "0.1")).Error);
        Assert.Equal("Order would trigger immediately.", ExchangeError.StopWouldTrigger.Message);
        Assert.Null(engine.Place(alice, Stop(OrderType.StopLoss, OrderSide.Buy, "66000", "0.1")).Error);
        Assert.Null(engine.Place(alice, Stop(OrderType.TakeProfit, OrderSide.Buy, "64000", "0.1")).Error);
    }

    [Fact]
    public void A_triggered_stop_loss_sells_at_market_and_its_trades_can_trigger_the_next_stop()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        Trade(engine, bob, carol, "65000");
        Assert.Null(engine.Place(carol, MatchingEngineTests.Limit(OrderSide.Buy, "64000", "0.05")).Error);
        Assert.Null(engine.Place(carol, MatchingEngineTests.Limit(OrderSide.Buy, "63000", "0.05")).Error);
        PlaceResult first = engine.Place(alice, Stop(OrderType.StopLoss, OrderSide.Sell, "64500", "0.05"));
        PlaceResult second = engine.Place(alice, Stop(OrderType.StopLoss, OrderSide.Sell, "63500", "0.05"));

        Trade(engine, bob, carol, "64500"); // first triggers, sells into the 64000 bid; that trade at 64000 is not yet 63500
        Assert.Equal(OrderStatus.Filled, Get(engine, alice, first.Order!.OrderId).Status);
        Assert.Equal(OrderStatus.New, Get(engine, alice, second.Order!.OrderId).Status);
        Trade(engine, bob, carol, "63500"); // second triggers and sells into 63000
        OrderRecord done = Get(engine, alice, second.Order.OrderId);
        Assert.Equal(OrderStatus.Filled, done.Status);
        Assert.Equal(Quantity.Parse("3150"), done.CumulativeQuote);
        Assert.Equal(0, alice.Locked("BTC"));
    }

    [Fact]
    public void A_trailing_stop_sell_triggers_after_a_fall_of_its_delta_from_the_highest_price_since_placement()
    {
        // trailing-stop-faq.md scenario E, scaled: no stop price, tracking starts at once; delta 700 BIPS (7%).
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        Trade(engine, bob, carol, "40000");
        PlaceResult trailing = engine.Place(alice, Stop(OrderType.StopLossLimit, OrderSide.Sell, null, "0.1", price: "39000", trailing: 700));
        Assert.Null(trailing.Error);
        long id = trailing.Order!.OrderId;
        Assert.Equal(700, trailing.Order.TrailingDelta);
        Assert.NotEqual(-1, trailing.Order.TrailingTime);

        Trade(engine, bob, carol, "42000");   // new high
        Trade(engine, bob, carol, "39500");   // ~595 BIPS below 42000: not yet
        Assert.False(Get(engine, alice, id).IsWorking);
        Trade(engine, bob, carol, "45500");   // new high
        Trade(engine, bob, carol, "42316");   // 45500 * 0.93 = 42315: still above
        Assert.False(Get(engine, alice, id).IsWorking);
        Trade(engine, bob, carol, "42315");   // reaches 7% below the high: triggers, rests as a limit sell at 39000? no: bids are empty, so it rests
        Assert.True(Get(engine, alice, id).IsWorking);
    }

    [Fact]
    public void A_trailing_stop_with_a_stop_price_tracks_only_after_the_stop_is_reached()
    {
        // trailing-stop-faq.md scenario A: STOP_LOSS_LIMIT BUY, stop 44000, delta 500, limit 45000.
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        Trade(engine, bob, carol, "40000");
        long id = engine.Place(alice, Stop(OrderType.StopLossLimit, OrderSide.Buy, "44000", "0.01", price: "45000", trailing: 500)).Order!.OrderId;
        Trade(engine, bob, carol, "37000");   // a 7.5% fall is ignored: not tracking yet
        Trade(engine, bob, carol, "44000");   // stop reached: lowest = 44000
        Trade(engine, bob, carol, "46000");   // +4.5%: not enough
        Assert.False(Get(engine, alice, id).IsWorking);
        Trade(engine, bob, carol, "42000");   // new lowest
        Trade(engine, bob, carol, "44099");   // below 42000 * 1.05 = 44100
        Assert.False(Get(engine, alice, id).IsWorking);
        Assert.Null(engine.Place(bob, MatchingEngineTests.Limit(OrderSide.Sell, "44900", "0.01")).Error);
        Trade(engine, bob, carol, "44100");   // triggers; the limit buy at 45000 takes bob's 44900 offer
        Assert.Equal(OrderStatus.Filled, Get(engine, alice, id).Status);
    }

    [Fact]
    public void An_iceberg_shows_one_slice_at_a_time_and_each_new_slice_queues_behind_orders_already_there()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        PlaceResult iceberg = engine.Place(alice, MatchingEngineTests.Limit(OrderSide.Sell, "65000", "0.5") with { IcebergQuantity = Quantity.Parse("0.2") });
        Assert.Null(iceberg.Error);
        PlaceResult later = engine.Place(bob, MatchingEngineTests.Limit(OrderSide.Sell, "65000", "0.1"));
        var bids = new List<BookLevel>();
        var asks = new List<BookLevel>();
        engine.TryGetDepth("BTCUSDT", 10, bids, asks, out _);
        Assert.Equal(Quantity.Parse("0.3"), Assert.Single(asks).Quantity); // 0.2 shown of the iceberg + bob's 0.1

        PlaceResult take = engine.Place(carol, MatchingEngineTests.Limit(OrderSide.Buy, "65000", "0.3"));
        // The first slice (0.2) fills first; the next slice joins behind bob, so bob's 0.1 goes next.
        Assert.Equal([Quantity.Parse("0.2"), Quantity.Parse("0.1")], take.Fills.Select(f => f.Quantity));
        Assert.Equal(OrderStatus.Filled, Get(engine, bob, later.Order!.OrderId).Status);
        engine.TryGetDepth("BTCUSDT", 10, bids, asks, out _);
        Assert.Equal(Quantity.Parse("0.2"), Assert.Single(asks).Quantity);
        Assert.Equal(Quantity.Parse("0.3"), Quantity.FromRaw(alice.Locked("BTC")));

        Assert.Equal(ExchangeError.IcebergExceedsQuantity,
            engine.Place(alice, MatchingEngineTests.Limit(OrderSide.Sell, "65000", "0.5") with { IcebergQuantity = Quantity.Parse("0.5") }).Error);
    }

    [Fact]
    public void An_amended_order_keeps_its_place_and_fills_before_a_later_order_at_the_same_price()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        long first = engine.Place(alice, MatchingEngineTests.Limit(OrderSide.Sell, "65000", "0.5", clientId: "a1")).Order!.OrderId;
        long second = engine.Place(bob, MatchingEngineTests.Limit(OrderSide.Sell, "65000", "0.3")).Order!.OrderId;

        var (error, amended, orig) = engine.AmendKeepPriority(alice, "BTCUSDT", first, null, null, Quantity.Parse("0.2"));
        Assert.Null(error);
        Assert.Equal("a1", orig);
        Assert.Equal(first, amended!.OrderId);
        Assert.Equal(Quantity.Parse("0.2"), amended.OrigQuantity);
        Assert.Equal(Quantity.Parse("0.2"), Quantity.FromRaw(alice.Locked("BTC"))); // the cut part is unlocked

        PlaceResult take = engine.Place(carol, MatchingEngineTests.Limit(OrderSide.Buy, "65000", "0.2"));
        Assert.Equal(OrderStatus.Filled, take.Order!.Status);
        Assert.Equal(OrderStatus.Filled, Get(engine, alice, first).Status);
        Assert.Equal(OrderStatus.New, Get(engine, bob, second).Status);

        Assert.Equal(ExchangeError.AmendIncrease, engine.AmendKeepPriority(bob, "BTCUSDT", second, null, null, Quantity.Parse("0.4")).Error);
        Assert.Equal(ExchangeError.AmendNoChange, engine.AmendKeepPriority(bob, "BTCUSDT", second, null, null, Quantity.Parse("0.3")).Error);
    }

    [Fact]
    public void An_oco_leg_that_trades_expires_the_other_and_cancelling_a_leg_cancels_the_list()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        var lists = new List<ListStatusReport>();
        engine.Observer = new ListRecorder(lists);
        Trade(engine, bob, carol, "65000");
        NewOrderRequest above = new("BTCUSDT", OrderSide.Sell, OrderType.LimitMaker, null, Price.Parse("66000"), Quantity.Parse("0.1"), null, "up");
        NewOrderRequest below = Stop(OrderType.StopLossLimit, OrderSide.Sell, "64000", "0.1", price: "63900", clientId: "down");
        var (error, list) = engine.PlaceOco(alice, above, below, "list1");
        Assert.Null(error);
        Assert.Equal(2, list!.Orders.Count);
        Assert.All(list.Orders, o => Assert.Equal(list.OrderListId, o.OrderListId));
        Assert.Equal(Quantity.Parse("0.1"), Quantity.FromRaw(alice.Locked("BTC"))); // one lock serves both legs
        Assert.Equal("EXEC_STARTED", Assert.Single(lists).ListStatusType);

        Assert.Null(engine.Place(carol, MatchingEngineTests.Limit(OrderSide.Buy, "66000", "0.04")).Error);
        OrderRecord up = engine.Query(alice, "BTCUSDT", null, "up").Order!, down = engine.Query(alice, "BTCUSDT", null, "down").Order!;
        Assert.Equal(OrderStatus.PartiallyFilled, up.Status);
        Assert.Equal(OrderStatus.Expired, down.Status);
        Assert.Equal(Quantity.Parse("0.06"), Quantity.FromRaw(alice.Locked("BTC")));

        // The last price is now 66000: a new list straddles it.
        var (secondError, second) = engine.PlaceOco(alice, above with { ClientOrderId = "up2", Price = Price.Parse("67000") }, below with { ClientOrderId = "down2" }, "list2");
        Assert.Null(secondError);
        var (cancelError, canceled) = engine.Cancel(alice, "BTCUSDT", null, "down2");
        Assert.Null(cancelError);
        Assert.Equal(OrderStatus.Canceled, canceled!.Status);
        Assert.Equal(OrderStatus.Canceled, engine.Query(alice, "BTCUSDT", null, "up2").Order!.Status);
        Assert.Contains(lists, l => l.OrderListId == second!.OrderListId && l.ListOrderStatus == "ALL_DONE");
        Assert.Equal(Quantity.Parse("0.06"), Quantity.FromRaw(alice.Locked("BTC")));
    }

    [Fact]
    public void Oco_prices_must_straddle_the_last_price()
    {
        MatchingEngine engine = Engine(out Account alice, out Account bob, out Account carol);
        Trade(engine, bob, carol, "65000");
        NewOrderRequest above = new("BTCUSDT", OrderSide.Sell, OrderType.LimitMaker, null, Price.Parse("64800"), Quantity.Parse("0.1"), null, null);
        NewOrderRequest below = Stop(OrderType.StopLoss, OrderSide.Sell, "64000", "0.1");
        Assert.Equal(ExchangeError.OcoBadPrices, engine.PlaceOco(alice, above, below, null).Error);
        Assert.Equal(ExchangeError.OcoBothLimit, engine.PlaceOco(alice, above, above, null).Error);
    }

    private sealed class ListRecorder(List<ListStatusReport> lists) : IEngineObserver
    {
        public void OnLevelChanged(SymbolBook book, BookSide side, Price price, Quantity total, long updateId) { }
        public void OnTrade(SymbolBook book, TradeRecord trade) { }
        public void OnExecutionReport(Account account, ExecutionReport report) { }
        public void OnListStatus(Account account, ListStatusReport report) => lists.Add(report);
        public void OnAccountPosition(Account account, long time, IReadOnlyCollection<string> assets) { }
    }
}
