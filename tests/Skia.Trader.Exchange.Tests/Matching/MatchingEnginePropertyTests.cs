using CsCheck;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Matching;

public class MatchingEnginePropertyTests
{
    private sealed record Step(int Account, int Kind, bool Buy, int PriceTicks, int Lots, int Tif);

    private static readonly Gen<Step> GenStep = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 9], Gen.Bool, Gen.Int[-20, 20], Gen.Int[1, 400], Gen.Int[0, 2])
        .Select((a, k, b, p, l, t) => new Step(a, k, b, p, l, t));

    [Fact]
    public void Random_order_flow_keeps_every_invariant()
    {
        GenStep.Array[1, 120].Sample(steps =>
        {
            MatchingEngine engine = MatchingEngineTests.NewEngine(out Account alice, out Account bob);
            Account carol = engine.GetOrAddAccount("carol");
            carol.Deposit("USDT", Quantity.Parse("5000").Raw);
            carol.Deposit("BTC", Quantity.Parse("0.05").Raw);
            Account[] accounts = [alice, bob, carol];
            Quantity usdt = Total(engine, "USDT"), btc = Total(engine, "BTC");
            var placed = new List<(Account, long)>();
            foreach (Step s in steps)
            {
                Account a = accounts[s.Account];
                OrderSide side = s.Buy ? OrderSide.Buy : OrderSide.Sell;
                Price price = Price.FromRaw(Price.Parse("65000").Raw + s.PriceTicks * Price.Parse("0.5").Raw);
                Quantity qty = Quantity.FromRaw(s.Lots * 100_000); // lots of 0.001 BTC
                PlaceResult r;
                switch (s.Kind)
                {
                    case < 6:
                        r = engine.Place(a, new NewOrderRequest("BTCUSDT", side, OrderType.Limit, (TimeInForce)s.Tif, price, qty, null, null));
                        break;
                    case < 8:
                        r = engine.Place(a, new NewOrderRequest("BTCUSDT", side, OrderType.Market, null, null, qty, null, null));
                        break;
                    case 8:
                        r = engine.Place(a, new NewOrderRequest("BTCUSDT", side, OrderType.Market, null, null, null, Quantity.FromUnits(s.Lots * 10), null));
                        break;
                    default:
                        if (placed.Count > 0)
                        {
                            var (owner, id) = placed[s.Lots % placed.Count];
                            engine.Cancel(owner, "BTCUSDT", id, null);
                        }
                        continue;
                }
                if (r.Order is { } o)
                    placed.Add((a, o.OrderId));
                CheckInvariants(engine, usdt, btc);
            }
        }, iter: 60);
    }

    private static Quantity Total(MatchingEngine engine, string asset) =>
        Quantity.FromRaw(engine.Accounts.Sum(a => a.Free(asset) + a.Locked(asset)));

    private static void CheckInvariants(MatchingEngine engine, Quantity usdt, Quantity btc)
    {
        // Conservation: trading and commissions only move assets between accounts (fees included).
        Assert.Equal(usdt, Total(engine, "USDT"));
        Assert.Equal(btc, Total(engine, "BTC"));
        foreach (Account a in engine.Accounts)
        {
            foreach (var (asset, (free, locked)) in a.Balances)
                Assert.True(free >= 0 && locked >= 0, $"{a.Name} {asset} free {free} locked {locked}");
        }
        SymbolBook book = engine.Books["BTCUSDT"];
        PriceLevel? bid = book.Best(Core.Books.BookSide.Bid), ask = book.Best(Core.Books.BookSide.Ask);
        if (bid is not null && ask is not null)
            Assert.True(bid.Price < ask.Price, $"crossed: {bid.Price} >= {ask.Price}");
        foreach (var side in new[] { book.Bids, book.Asks })
        {
            foreach (PriceLevel level in side.Values)
            {
                Assert.Equal(level.TotalRaw, level.Orders.Sum(o => o.Remaining.Raw));
                Assert.All(level.Orders, o => Assert.Equal(level.Price, o.Price));
            }
        }
        Dictionary<long, OrderRecord> orders = engine.AllOrders().ToDictionary(o => o.OrderId);
        foreach (TradeRecord t in engine.AllTrades())
            Assert.Equal(orders[t.MakerOrderId].Price, t.Price); // fills at the maker's price
        // What open orders hold is exactly what accounts have locked.
        foreach (Account a in engine.Accounts)
        {
            foreach (var (asset, (_, locked)) in a.Balances)
            {
                long held = 0;
                foreach (var side in new[] { book.Bids, book.Asks })
                    foreach (PriceLevel level in side.Values)
                        held += level.Orders.Where(o => o.Account == a && o.LockedAsset == asset).Sum(o => o.LockedRemaining);
                Assert.Equal(locked, held);
            }
        }
    }
}
