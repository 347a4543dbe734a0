using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// SyntheticMarket is a deterministic crowd: a market maker that keeps a two-sided book of
/// limit orders around a drifting fair price (placing and cancelling), and a taker that sends
/// market orders, so the book moves and trades print. The same seed gives the same sequence
/// of actions per symbol; the pace is <see cref="ActionsPerSecond"/> actions per symbol per
/// second, each of which changes the book (about 20 depth updates a second by default).
/// </summary>
internal sealed class SyntheticMarket
{
    // SyntheticParticipants hold far more than they trade, so they never run out over a long session.
    private const long SyntheticParticipantUnits = 1_000_000_000;
    private const int TargetLevelsPerSide = 25;
    private const int MaxOpenOrdersPerSymbol = 300;

    private readonly MatchingEngine _engine;
    private readonly List<SyntheticParticipant> _symbols = new();
    private readonly Account _maker;
    private readonly Account _taker;
    private long _lastStep;

    public SyntheticMarket(MatchingEngine engine, IEnumerable<SyntheticSymbol> symbols, int seed, double actionsPerSecond)
    {
        _engine = engine;
        ActionsPerSecond = actionsPerSecond;
        _maker = engine.GetOrAddAccount("maker", synthetic: true);
        _taker = engine.GetOrAddAccount("taker", synthetic: true);
        int index = 0;
        foreach (SyntheticSymbol s in symbols)
        {
            foreach (Account a in new[] { _maker, _taker })
            {
                // Enough of either asset at any plausible price: units scaled down for expensive assets.
                a.Deposit(s.Info.BaseAsset, Quantity.FromUnits(Math.Max(1_000, SyntheticParticipantUnits / Math.Max(1, s.StartPrice.Raw / FixedOne))).Raw);
                a.Deposit(s.Info.QuoteAsset, Quantity.FromUnits(SyntheticParticipantUnits / 10).Raw);
            }
            _symbols.Add(new SyntheticParticipant(s, new Random(unchecked(seed * 7919 + index++)) /* not HashCode: it is salted per process */));
        }
    }

    private const long FixedOne = 100_000_000;

    public double ActionsPerSecond { get; }

    public bool Paused { get; set; }

    /// <summary>Seed fills each book with a two-sided ladder around its start price (before the server starts).</summary>
    public void Seed()
    {
        foreach (SyntheticParticipant p in _symbols)
        {
            for (int i = 0; i < TargetLevelsPerSide; i++)
            {
                PlaceMaker(p, OrderSide.Buy, 1 + i);
                PlaceMaker(p, OrderSide.Sell, 1 + i);
            }
        }
    }

    /// <summary>Step performs the actions due since the last step (the clock calls it every few tens of ms).</summary>
    public void Step(long now)
    {
        if (_lastStep == 0 || Paused)
        {
            _lastStep = now;
            return;
        }
        double elapsed = Math.Min(1.0, (now - _lastStep) / 1000.0); // after a pause, don't burst a backlog
        _lastStep = now;
        foreach (SyntheticParticipant p in _symbols)
        {
            p.Budget += elapsed * ActionsPerSecond;
            while (p.Budget >= 1)
            {
                p.Budget -= 1;
                Act(p);
            }
        }
    }

    private void Act(SyntheticParticipant p)
    {
        SymbolInfo info = p.Symbol.Info;
        long tick = info.PriceFilter.TickSize.Raw;
        // The fair price wanders a price step at a time; takers pull it to where trades print.
        int drift = p.Random.Next(3) - 1;
        p.Fair = Math.Max(tick * 10, p.Fair + drift * p.PriceStep);
        SymbolBook book = _engine.Books[info.Symbol];
        int bidLevels, askLevels;
        lock (_engine.Sync)
        {
            bidLevels = book.Bids.Count;
            askLevels = book.Asks.Count;
        }
        if (bidLevels < TargetLevelsPerSide / 2)
        {
            PlaceMaker(p, OrderSide.Buy, 1 + p.Random.Next(5));
            return;
        }
        if (askLevels < TargetLevelsPerSide / 2)
        {
            PlaceMaker(p, OrderSide.Sell, 1 + p.Random.Next(5));
            return;
        }
        double r = p.Random.NextDouble();
        if (r < 0.5 || p.OpenOrders.Count < TargetLevelsPerSide)
            PlaceMaker(p, p.Random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell, 1 + Geometric(p.Random, 0.25, 30));
        else if (r < 0.85 || p.OpenOrders.Count > MaxOpenOrdersPerSymbol)
            CancelMaker(p);
        else
            Take(p);
    }

    private static int Geometric(Random random, double p, int max)
    {
        int n = 0;
        while (n < max && random.NextDouble() > p)
            n++;
        return n;
    }

    private void PlaceMaker(SyntheticParticipant p, OrderSide side, int ticksAway)
    {
        SymbolInfo info = p.Symbol.Info;
        long tick = info.PriceFilter.TickSize.Raw;
        long raw = side == OrderSide.Buy ? p.Fair - ticksAway * p.PriceStep : p.Fair + ticksAway * p.PriceStep;
        lock (_engine.Sync)
        {
            // A maker never crosses: stay one tick inside the other side.
            SymbolBook book = _engine.Books[info.Symbol];
            PriceLevel? opposite = book.Best(side == OrderSide.Buy ? BookSide.Ask : BookSide.Bid);
            if (opposite is not null)
                raw = side == OrderSide.Buy ? Math.Min(raw, opposite.Price.Raw - tick) : Math.Max(raw, opposite.Price.Raw + tick);
        }
        Price price = info.PriceFilter.RoundToTick(Price.FromRaw(Math.Max(tick, raw)), RoundingDirection.Nearest);
        Quantity quantity = SizeFor(p, price, 1 + p.Random.Next(40));
        PlaceResult result = _engine.Place(_maker, new NewOrderRequest(info.Symbol, side, OrderType.LimitMaker, null, price, quantity, null, null,
            SelfTradePreventionMode.None));
        if (result.Order is { } order && order.Status is OrderStatus.New or OrderStatus.PartiallyFilled)
            p.OpenOrders.Add(order.OrderId);
    }

    private void CancelMaker(SyntheticParticipant p)
    {
        if (p.OpenOrders.Count == 0)
            return;
        int index = p.Random.Next(p.OpenOrders.Count);
        long id = p.OpenOrders[index];
        p.OpenOrders.RemoveAt(index);
        _engine.Cancel(_maker, p.Symbol.Info.Symbol, id, null);
    }

    private void Take(SyntheticParticipant p)
    {
        SymbolInfo info = p.Symbol.Info;
        OrderSide side = p.Random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
        Price reference;
        lock (_engine.Sync)
            reference = _engine.Books[info.Symbol].ReferencePrice;
        if (reference.IsZero)
            return;
        Quantity quantity = SizeFor(p, reference, 1 + p.Random.Next(25));
        PlaceResult result = _engine.Place(_taker, new NewOrderRequest(info.Symbol, side, OrderType.Market, null, null, quantity, null, null,
            SelfTradePreventionMode.None));
        if (result.Fills.Count > 0)
            p.Fair = result.Fills[^1].Price.Raw; // the fair price follows where trading happens
        p.OpenOrders.RemoveAll(id => !IsOpen(info.Symbol, id));
    }

    private bool IsOpen(string symbol, long orderId)
    {
        lock (_engine.Sync)
            return _engine.Query(_maker, symbol, orderId, null).Order is { Status: OrderStatus.New or OrderStatus.PartiallyFilled };
    }

    /// <summary>SizeFor picks a quantity worth <paramref name="multiple"/> times the minimum notional (at least minQty), on the step grid.</summary>
    private static Quantity SizeFor(SyntheticParticipant p, Price price, int multiple)
    {
        SymbolInfo info = p.Symbol.Info;
        Quantity minNotional = info.Notional.MinNotional.IsZero ? Quantity.FromUnits(1) : info.Notional.MinNotional;
        Quantity quote = Quantity.FromRaw(checked(minNotional.Raw * multiple * 2));
        Quantity qty = Notional.FromQuote(quote).DivideBy(price, RoundingDirection.Up);
        qty = info.LotSize.RoundToStep(Quantity.Max(qty, info.LotSize.MinQuantity), RoundingDirection.Up);
        return Quantity.Min(qty, info.LotSize.MaxQuantity);
    }
}
