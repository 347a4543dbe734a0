using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Matching;

public class MatchingEngineTests
{
    internal static MatchingEngine NewEngine(out Account alice, out Account bob)
    {
        var engine = new MatchingEngine(TimeProvider.System, Quantity.Parse("0.001"), Quantity.Parse("0.001"));
        engine.AddSymbol(SyntheticSymbol.Make("BTCUSDT", "BTC", "USDT", "0.01", "0.00001", "5", "65000").Info);
        alice = engine.GetOrAddAccount("alice");
        bob = engine.GetOrAddAccount("bob");
        foreach (Account a in new[] { alice, bob })
        {
            a.Deposit("USDT", Quantity.Parse("1000000").Raw);
            a.Deposit("BTC", Quantity.Parse("10").Raw);
        }
        return engine;
    }

    internal static NewOrderRequest Limit(OrderSide side, string price, string qty, TimeInForce tif = TimeInForce.Gtc, string? clientId = null) =>
        new("BTCUSDT", side, OrderType.Limit, tif, Price.Parse(price), Quantity.Parse(qty), null, clientId);

    private static NewOrderRequest Market(OrderSide side, string? qty, string? quote = null) =>
        new("BTCUSDT", side, OrderType.Market, null, null, qty is null ? null : Quantity.Parse(qty), quote is null ? null : Quantity.Parse(quote), null);

    [Fact]
    public void A_limit_order_rests_then_fills_partly_then_fully_at_the_makers_price()
    {
        MatchingEngine engine = NewEngine(out Account alice, out Account bob);
        PlaceResult rest = engine.Place(alice, Limit(OrderSide.Sell, "65000", "0.3"));
        Assert.Equal(OrderStatus.New, rest.Order!.Status);
        Assert.Equal(Quantity.Parse("0.3"), Quantity.FromRaw(alice.Locked("BTC")));

        PlaceResult first = engine.Place(bob, Limit(OrderSide.Buy, "65100", "0.1"));
        Assert.Equal(OrderStatus.Filled, first.Order!.Status);
        Assert.Equal(Price.Parse("65000"), Assert.Single(first.Fills).Price);
        Assert.Equal(OrderStatus.PartiallyFilled, engine.Query(alice, "BTCUSDT", rest.Order.OrderId, null).Order!.Status);

        PlaceResult second = engine.Place(bob, Market(OrderSide.Buy, "0.2"));
        Assert.Equal(OrderStatus.Filled, second.Order!.Status);
        Assert.Equal(OrderStatus.Filled, engine.Query(alice, "BTCUSDT", rest.Order.OrderId, null).Order!.Status);
        Assert.Equal(0, alice.Locked("BTC"));
        Assert.Equal(0, bob.Locked("USDT"));
        // Bob paid 0.3 * 65000 and received 0.3 BTC minus 0.1% commission.
        Assert.Equal(Quantity.Parse("1000000") - Quantity.Parse("19500"), Quantity.FromRaw(bob.Free("USDT")));
        Assert.Equal(Quantity.Parse("10.2997"), Quantity.FromRaw(bob.Free("BTC")));
        Assert.Equal(Quantity.Parse("1019480.5"), Quantity.FromRaw(alice.Free("USDT")));
    }

    [Fact]
    public void Earlier_orders_at_a_price_fill_first_and_better_prices_before_worse()
    {
        MatchingEngine engine = NewEngine(out Account alice, out Account bob);
        Account carol = engine.GetOrAddAccount("carol");
        carol.Deposit("BTC", Quantity.Parse("1").Raw);
        long aliceId = engine.Place(alice, Limit(OrderSide.Sell, "65001", "0.1")).Order!.OrderId;
        long carolId = engine.Place(carol, Limit(OrderSide.Sell, "65001", "0.1")).Order!.OrderId;
        long cheapId = engine.Place(carol, Limit(OrderSide.Sell, "65000.5", "0.05")).Order!.OrderId;

        PlaceResult buy = engine.Place(bob, Limit(OrderSide.Buy, "65001", "0.1"));
        Assert.Equal([Price.Parse("65000.5"), Price.Parse("65001")], buy.Fills.Select(f => f.Price));
        List<TradeRecord> trades = engine.AllTrades();
        Assert.Equal(cheapId, trades[0].MakerOrderId);
        Assert.Equal(aliceId, trades[1].MakerOrderId);
        Assert.Equal(OrderStatus.New, engine.Query(carol, "BTCUSDT", carolId, null).Order!.Status);
    }

    [Fact]
    public void Ioc_remainder_expires_and_fok_without_enough_liquidity_does_not_trade()
    {
        MatchingEngine engine = NewEngine(out Account alice, out Account bob);
        engine.Place(alice, Limit(OrderSide.Sell, "65000", "0.1"));
        PlaceResult ioc = engine.Place(bob, Limit(OrderSide.Buy, "65000", "0.3", TimeInForce.Ioc));
        Assert.Equal(OrderStatus.Expired, ioc.Order!.Status);
        Assert.Equal(Quantity.Parse("0.1"), ioc.Order.Executed);

        engine.Place(alice, Limit(OrderSide.Sell, "65000", "0.1"));
        PlaceResult fok = engine.Place(bob, Limit(OrderSide.Buy, "65000", "0.3", TimeInForce.Fok));
        Assert.Equal(OrderStatus.Expired, fok.Order!.Status);
        Assert.Empty(fok.Fills);
        Assert.Equal(0, bob.Locked("USDT"));
        PlaceResult fokOk = engine.Place(bob, Limit(OrderSide.Buy, "65000", "0.1", TimeInForce.Fok));
        Assert.Equal(OrderStatus.Filled, fokOk.Order!.Status);
    }

    [Fact]
    public void Market_by_quote_amount_spends_at_most_that_amount()
    {
        MatchingEngine engine = NewEngine(out Account alice, out Account bob);
        engine.Place(alice, Limit(OrderSide.Sell, "65000", "0.01"));
        engine.Place(alice, Limit(OrderSide.Sell, "65010", "1"));
        long before = bob.Free("USDT");
        PlaceResult r = engine.Place(bob, Market(OrderSide.Buy, null, "1000"));
        Assert.Equal(OrderStatus.Filled, r.Order!.Status);
        Assert.True(r.Order.CumulativeQuote <= Quantity.Parse("1000"));
        Assert.True(r.Order.CumulativeQuote > Quantity.Parse("999"));
        Assert.Equal(r.Order.CumulativeQuote.Raw, before - bob.Free("USDT"));
        Assert.Equal(2, r.Fills.Count);
    }

    [Fact]
    public void Self_trade_prevention_expires_the_taker_and_leaves_the_maker()
    {
        MatchingEngine engine = NewEngine(out Account alice, out _);
        long makerId = engine.Place(alice, Limit(OrderSide.Sell, "65000", "0.1")).Order!.OrderId;
        PlaceResult taker = engine.Place(alice, Limit(OrderSide.Buy, "65000", "0.1"));
        Assert.Equal(OrderStatus.ExpiredInMatch, taker.Order!.Status);
        Assert.Empty(taker.Fills);
        Assert.Equal(OrderStatus.New, engine.Query(alice, "BTCUSDT", makerId, null).Order!.Status);
        Assert.Equal(0, alice.Locked("USDT"));
    }

    [Fact]
    public void Refusals_use_the_exchange_codes_and_messages()
    {
        MatchingEngine engine = NewEngine(out Account alice, out Account bob);
        Assert.Equal(ExchangeError.Filter("Filter failure: PRICE_FILTER"), engine.Place(alice, Limit(OrderSide.Buy, "65000.001", "0.1")).Error);
        Assert.Equal("Filter failure: LOT_SIZE", engine.Place(alice, Limit(OrderSide.Buy, "65000", "0.000001")).Error!.Message);
        Assert.Equal("Filter failure: NOTIONAL", engine.Place(alice, Limit(OrderSide.Buy, "1", "0.001")).Error!.Message);
        Assert.Equal(-2010, engine.Place(alice, Limit(OrderSide.Buy, "65000", "100")).Error!.Code);
        Assert.Equal(-1121, engine.Place(alice, Limit(OrderSide.Buy, "65000", "0.1") with { Symbol = "NOPE" }).Error!.Code);
        engine.Place(alice, Limit(OrderSide.Buy, "60000", "0.1", clientId: "dup"));
        Assert.Equal("Duplicate order sent.", engine.Place(alice, Limit(OrderSide.Buy, "60000", "0.1", clientId: "dup")).Error!.Message);
        Assert.Equal(-2011, engine.Cancel(bob, "BTCUSDT", 12345, null).Error!.Code);
        Assert.Equal(-2013, engine.Query(bob, "BTCUSDT", 12345, null).Error!.Code);
    }

    [Fact]
    public void Cancel_releases_the_lock_and_removes_the_level()
    {
        MatchingEngine engine = NewEngine(out Account alice, out _);
        OrderRecord o = engine.Place(alice, Limit(OrderSide.Buy, "60000", "0.1", clientId: "c1")).Order!;
        Assert.Equal(Quantity.Parse("6000"), Quantity.FromRaw(alice.Locked("USDT")));
        var (error, canceled) = engine.Cancel(alice, "BTCUSDT", null, "c1");
        Assert.Null(error);
        Assert.Equal(OrderStatus.Canceled, canceled!.Status);
        Assert.Equal(0, alice.Locked("USDT"));
        var bids = new List<BookLevel>();
        engine.TryGetDepth("BTCUSDT", 10, bids, new List<BookLevel>(), out _);
        Assert.Empty(bids);
        Assert.Equal(o.OrderId, canceled.OrderId);
    }
}
