using CsCheck;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Matching;

public class MatchingEnginePropertyTests
{
    private sealed record Step(int Account, int Kind, bool Buy, int PriceTicks, int Lots, int Tif);

    private static readonly Gen<Step> GenStep = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 14], Gen.Bool, Gen.Int[-20, 20], Gen.Int[1, 400], Gen.Int[0, 2])
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
                    case 9:
                        if (placed.Count > 0)
                        {
                            var (owner, id) = placed[s.Lots % placed.Count];
                            engine.Cancel(owner, "BTCUSDT", id, null);
                        }
                        continue;
                    case 10:
                        // A stop or take-profit, market or limit, plain or trailing, either side of the market.
                        OrderType stopType = (s.Lots % 4) switch { 0 => OrderType.StopLoss, 1 => OrderType.StopLossLimit, 2 => OrderType.TakeProfit, _ => OrderType.TakeProfitLimit };
                        bool limitType = stopType is OrderType.StopLossLimit or OrderType.TakeProfitLimit;
                        r = engine.Place(a, new NewOrderRequest("BTCUSDT", side, stopType, limitType ? (TimeInForce)s.Tif : null, limitType ? price : null, qty, null, null,
                            StopPrice: s.Tif == 2 ? null : price, TrailingDelta: s.Tif == 2 ? 20 + s.Lots % 100 : null));
                        break;
                    case 11:
                        r = engine.Place(a, new NewOrderRequest("BTCUSDT", side, OrderType.Limit, TimeInForce.Gtc, price, qty, null, null,
                            IcebergQuantity: Quantity.FromRaw(Math.Max(100_000, qty.Raw / 3 / 100_000 * 100_000))));
                        break;
                    case 12:
                        if (placed.Count > 0)
                        {
                            var (owner, id) = placed[s.Lots % placed.Count];
                            OrderRecord? current = engine.Query(owner, "BTCUSDT", id, null).Order;
                            if (current is not null && current.OrigQuantity.Raw > 100_000)
                                engine.AmendKeepPriority(owner, "BTCUSDT", id, null, null, Quantity.FromRaw(current.OrigQuantity.Raw / 200_000 * 100_000 + 100_000));
                        }
                        CheckInvariants(engine, usdt, btc);
                        continue;
                    case 13:
                        // An OCO straddling the price: a LIMIT_MAKER on the profit side, a STOP_LOSS(_LIMIT) on the loss side.
                        Price step = Price.FromRaw(Price.Parse("0.5").Raw * (1 + s.Lots % 10));
                        Price profit = s.Buy ? Price.FromRaw(price.Raw - step.Raw) : Price.FromRaw(price.Raw + step.Raw);
                        Price loss = s.Buy ? Price.FromRaw(price.Raw + step.Raw) : Price.FromRaw(price.Raw - step.Raw);
                        var maker = new NewOrderRequest("BTCUSDT", side, OrderType.LimitMaker, null, profit, qty, null, null);
                        var stopLeg = new NewOrderRequest("BTCUSDT", side, s.Tif == 0 ? OrderType.StopLoss : OrderType.StopLossLimit, s.Tif == 0 ? null : TimeInForce.Gtc,
                            s.Tif == 0 ? null : loss, qty, null, null, StopPrice: loss);
                        var (_, list) = s.Buy ? engine.PlaceOco(a, stopLeg, maker, null) : engine.PlaceOco(a, maker, stopLeg, null);
                        foreach (OrderRecord leg in list?.Orders ?? [])
                            placed.Add((a, leg.OrderId));
                        CheckInvariants(engine, usdt, btc);
                        continue;
                    default:
                        engine.CancelAll(a, "BTCUSDT");
                        CheckInvariants(engine, usdt, btc);
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
                Assert.Equal(level.TotalRaw, level.Orders.Sum(o => o.Visible)); // an iceberg shows its slice only
                Assert.All(level.Orders, o => Assert.True(o.Visible > 0 && o.Visible <= o.Remaining.Raw && o.IsOpen));
                Assert.All(level.Orders, o => Assert.Equal(level.Price, o.Price));
            }
        }
        Assert.Empty(book.Triggered); // every triggered stop ran before the operation returned
        Assert.All(book.Contingent, o => Assert.True(o.AwaitingTrigger && o.IsOpen && o.Node is null));
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
                held += book.Contingent.Where(o => o.Account == a && o.LockedAsset == asset).Sum(o => o.LockedRemaining);
                Assert.Equal(locked, held);
            }
        }
    }
}
