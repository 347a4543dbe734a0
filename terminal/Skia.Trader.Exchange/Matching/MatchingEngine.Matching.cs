using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Matching;

/// <summary>The matching itself: locks, the match loop, fills, resting and removal.</summary>
internal sealed partial class MatchingEngine
{
    /// <summary>
    /// LockFor is what an order must lock before it may trade: the quote cost of a buy (at the
    /// limit price; for a market-priced buy, what walking the book costs now, or for a stop that waits,
    /// its stop price — else the reference price — times the quantity) or the base quantity of a sell
    /// (for a sell by quote amount, what the walk says it will take).
    /// </summary>
    private (string Asset, long Amount) LockFor(SymbolBook book, OrderSide side, OrderShape shape, Price price, Quantity quantity, Quantity quote, Price stop)
    {
        SymbolInfo info = book.Info;
        if (side == OrderSide.Buy)
        {
            if (shape.IsPriced)
                return (info.QuoteAsset, (price * quantity).ToQuantity(RoundingDirection.Up).Raw);
            if (!quote.IsZero)
                return (info.QuoteAsset, quote.Raw);
            if (shape.IsContingent)
                return (info.QuoteAsset, ((stop.IsZero ? book.ReferencePrice : stop) * quantity).ToQuantity(RoundingDirection.Up).Raw);
            return (info.QuoteAsset, MarketBuyCost(book, quantity.Raw));
        }
        if (shape.IsPriced || quote.IsZero)
            return (info.BaseAsset, quantity.Raw);
        long needed = 0, quoteLeft = quote.Raw;
        foreach (var kv in book.Bids)
        {
            long q = Math.Min(kv.Value.TotalRaw, FloorToLot(info, Notional.FromQuote(Quantity.FromRaw(quoteLeft)).DivideBy(kv.Value.Price, RoundingDirection.Down).Raw));
            if (q <= 0)
                break;
            needed += q;
            quoteLeft -= (kv.Value.Price * Quantity.FromRaw(q)).ToQuantity(RoundingDirection.Down).Raw;
        }
        return (info.BaseAsset, needed);
    }

    /// <summary>MarketBuyCost is what buying <paramref name="quantityRaw"/> at market would cost walking the asks now (visible liquidity).</summary>
    private static long MarketBuyCost(SymbolBook book, long quantityRaw)
    {
        long cost = 0, left = quantityRaw;
        foreach (var kv in book.Asks)
        {
            if (left <= 0)
                break;
            long q = Math.Min(left, kv.Value.TotalRaw);
            cost = checked(cost + (kv.Value.Price * Quantity.FromRaw(q)).ToQuantity(RoundingDirection.Up).Raw);
            left -= q;
        }
        return cost;
    }

    /// <summary>FloorToLot rounds a raw quantity down onto the LOT_SIZE grid; 0 when below minQty.</summary>
    private static long FloorToLot(SymbolInfo info, long raw)
    {
        if (raw < info.LotSize.MinQuantity.Raw || raw <= 0)
            return 0;
        long floored = info.LotSize.RoundToStep(Quantity.FromRaw(raw), RoundingDirection.Down).Raw;
        return floored < info.LotSize.MinQuantity.Raw ? 0 : floored;
    }

    private bool CanFillCompletely(SymbolBook book, ExchangeOrder taker)
    {
        long left = taker.OrigQuantity.Raw;
        foreach (var kv in book.SideOf(taker.Side == OrderSide.Buy ? BookSide.Ask : BookSide.Bid))
        {
            if (!Crosses(taker.Side, taker.Price, kv.Value.Price))
                return false;
            foreach (ExchangeOrder maker in kv.Value.Orders)
            {
                if (maker.Account == taker.Account && taker.SelfTradePrevention != SelfTradePreventionMode.None)
                    return false; // the match would stop at our own order
                left -= maker.Remaining.Raw;
                if (left <= 0)
                    return true;
            }
        }
        return false;
    }

    private MatchStop Match(SymbolBook book, ExchangeOrder taker, List<TakerFill> fills, Dictionary<Account, HashSet<string>> changes, long now)
    {
        SymbolInfo info = book.Info;
        BookSide opposite = taker.Side == OrderSide.Buy ? BookSide.Ask : BookSide.Bid;
        bool byQuote = taker.Type == OrderType.Market && !taker.OrigQuoteQuantity.IsZero;
        while (true)
        {
            if (!byQuote && taker.Remaining.Raw <= 0)
                return MatchStop.Filled;
            PriceLevel? level = book.Best(opposite);
            if (level is null)
                return MatchStop.NoLiquidity;
            if (OrderShapes.Of(taker.Type).IsPriced && !Crosses(taker.Side, taker.Price, level.Price))
                return MatchStop.PriceLimit;
            ExchangeOrder maker = level.Orders.First!.Value;
            if (maker.Account == taker.Account && taker.SelfTradePrevention != SelfTradePreventionMode.None)
            {
                if (taker.SelfTradePrevention is SelfTradePreventionMode.ExpireMaker or SelfTradePreventionMode.ExpireBoth)
                    RemoveResting(book, maker, OrderStatus.ExpiredInMatch, "TRADE_PREVENTION", changes, now);
                if (taker.SelfTradePrevention != SelfTradePreventionMode.ExpireMaker)
                    return MatchStop.SelfTrade;
                continue;
            }

            long qty = byQuote ? maker.Visible : Math.Min(taker.Remaining.Raw, maker.Visible);
            if (byQuote)
            {
                long quoteLeft = taker.OrigQuoteQuantity.Raw - taker.CumulativeQuote.Raw;
                qty = Math.Min(qty, FloorToLot(info, Notional.FromQuote(Quantity.FromRaw(quoteLeft)).DivideBy(level.Price, RoundingDirection.Down).Raw));
                if (qty <= 0)
                    return MatchStop.Filled;
            }
            // Never spend more than the order locked: a walk estimate can be beaten by makers expiring under it.
            long affordable = taker.Side == OrderSide.Buy
                ? Notional.FromQuote(Quantity.FromRaw(taker.LockedRemaining)).DivideBy(level.Price, RoundingDirection.Down).Raw
                : taker.LockedRemaining;
            if (affordable < qty)
                qty = FloorToLot(info, affordable);
            if (qty <= 0)
                return byQuote ? MatchStop.Filled : MatchStop.NoLiquidity;
            Execute(book, level, opposite, taker, maker, Quantity.FromRaw(qty), fills, changes, now);
        }
    }

    private void Execute(SymbolBook book, PriceLevel level, BookSide makerSide, ExchangeOrder taker, ExchangeOrder maker, Quantity qty,
        List<TakerFill> fills, Dictionary<Account, HashSet<string>> changes, long now)
    {
        SymbolInfo info = book.Info;
        Price price = level.Price; // fills happen at the resting order's price
        Quantity quote = (price * qty).ToQuantity(RoundingDirection.Down);
        ExchangeOrder buyer = taker.Side == OrderSide.Buy ? taker : maker;
        ExchangeOrder seller = taker.Side == OrderSide.Buy ? maker : taker;
        Quantity buyerFee = Fee(qty, buyer == maker ? MakerRate : TakerRate);
        Quantity sellerFee = Fee(quote, seller == maker ? MakerRate : TakerRate);

        buyer.Account.SpendLocked(info.QuoteAsset, quote.Raw);
        buyer.LockedRemaining -= quote.Raw;
        buyer.Account.Deposit(info.BaseAsset, qty.Raw - buyerFee.Raw);
        seller.Account.SpendLocked(info.BaseAsset, qty.Raw);
        seller.LockedRemaining -= qty.Raw;
        seller.Account.Deposit(info.QuoteAsset, quote.Raw - sellerFee.Raw);
        FeeAccount.Deposit(info.BaseAsset, buyerFee.Raw);
        FeeAccount.Deposit(info.QuoteAsset, sellerFee.Raw);
        foreach (Account a in new[] { buyer.Account, seller.Account })
        {
            Touch(changes, a, info.BaseAsset);
            Touch(changes, a, info.QuoteAsset);
        }

        foreach (ExchangeOrder o in new[] { taker, maker })
        {
            o.Executed += qty;
            o.CumulativeQuote += quote;
            o.UpdateTime = now;
            o.Status = !o.OrigQuantity.IsZero && o.Executed == o.OrigQuantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        }

        level.TotalRaw -= qty.Raw;
        maker.Visible -= qty.Raw;
        if (maker.Status == OrderStatus.Filled)
        {
            level.Orders.Remove(maker.Node!);
            maker.Node = null;
            if (level.Orders.Count == 0)
                book.SideOf(makerSide).Remove(SymbolBook.KeyOf(makerSide, price));
            ReleaseLock(maker, changes);
            Close(maker);
        }
        else if (maker.Visible <= 0)
        {
            // An iceberg's slice is used up: the next slice joins the back of the queue at the same price.
            maker.Visible = Math.Min(maker.IcebergQuantity.Raw, maker.Remaining.Raw);
            level.Orders.Remove(maker.Node!);
            maker.Node = level.Orders.AddLast(maker);
            level.TotalRaw += maker.Visible;
        }
        book.UpdateId++;
        Observer?.OnLevelChanged(book, makerSide, price, Quantity.FromRaw(level.Orders.Count == 0 ? 0 : level.TotalRaw), book.UpdateId);

        var trade = new TradeRecord(book.NextTradeId++, info.Symbol, price, qty, quote, buyer.OrderId, seller.OrderId, maker.OrderId,
            buyer == maker, buyerFee, sellerFee, now);
        _trades.Add(trade);
        if (_trades.Count > MaxTradesKept)
            _trades.RemoveRange(0, _trades.Count / 4);
        book.LastTradePrice = price;
        Observer?.OnTrade(book, trade);
        if (book.Contingent.Count > 0)
            OnTradePrice(book, price, now);

        Quantity takerFee = taker == buyer ? buyerFee : sellerFee;
        string takerFeeAsset = taker == buyer ? info.BaseAsset : info.QuoteAsset;
        fills.Add(new TakerFill(price, qty, takerFee, takerFeeAsset, trade.TradeId));
        Report(maker, "TRADE", now, null, qty, price, maker == buyer ? buyerFee : sellerFee, maker == buyer ? info.BaseAsset : info.QuoteAsset, trade.TradeId, isMaker: true);
        Report(taker, "TRADE", now, null, qty, price, takerFee, takerFeeAsset, trade.TradeId, isMaker: false);
        if (maker.OrderListId >= 0)
            OnListLegTraded(book, maker, changes, now);
        if (taker.OrderListId >= 0)
            OnListLegTraded(book, taker, changes, now);
    }

    private static Quantity Fee(Quantity amount, Quantity rate) =>
        Notional.Of(Price.FromRaw(rate.Raw), amount).ToQuantity(RoundingDirection.Up); // commissions round in the exchange's favour

    private void Finish(SymbolBook book, ExchangeOrder order, MatchStop stop, Dictionary<Account, HashSet<string>> changes, long now)
    {
        if (stop == MatchStop.SelfTrade)
        {
            order.Status = OrderStatus.ExpiredInMatch;
            order.UpdateTime = now;
            ReleaseLock(order, changes);
            Close(order);
            Report(order, "TRADE_PREVENTION", now);
            return;
        }
        bool byQuote = order.Type == OrderType.Market && !order.OrigQuoteQuantity.IsZero;
        if (order.Status == OrderStatus.Filled || (byQuote && stop == MatchStop.Filled && !order.Executed.IsZero))
        {
            order.Status = OrderStatus.Filled;
            ReleaseLock(order, changes);
            Close(order);
            return;
        }
        if (OrderShapes.Of(order.Type).ExecutesAsMarket || order.TimeInForce != TimeInForce.Gtc)
        {
            order.Status = OrderStatus.Expired;
            order.UpdateTime = now;
            ReleaseLock(order, changes);
            Close(order);
            Report(order, "EXPIRED", now);
            return;
        }

        // GTC remainder rests at its price, behind the orders already there (time priority).
        BookSide side = order.Side == OrderSide.Buy ? BookSide.Bid : BookSide.Ask;
        long key = SymbolBook.KeyOf(side, order.Price);
        SortedDictionary<long, PriceLevel> levels = book.SideOf(side);
        if (!levels.TryGetValue(key, out PriceLevel? level))
            levels.Add(key, level = new PriceLevel(order.Price));
        order.Node = level.Orders.AddLast(order);
        order.Visible = order.IsIceberg ? Math.Min(order.IcebergQuantity.Raw, order.Remaining.Raw) : order.Remaining.Raw;
        level.TotalRaw += order.Visible;
        if (order.Side == OrderSide.Buy)
        {
            // Fills at better prices leave more locked than the rest needs: give the excess back.
            long needed = (order.Price * order.Remaining).ToQuantity(RoundingDirection.Up).Raw;
            if (order.LockedRemaining > needed)
            {
                order.Account.Unlock(order.LockedAsset, order.LockedRemaining - needed);
                order.LockedRemaining = needed;
                Touch(changes, order.Account, order.LockedAsset);
            }
        }
        book.UpdateId++;
        Observer?.OnLevelChanged(book, side, order.Price, Quantity.FromRaw(level.TotalRaw), book.UpdateId);
    }

    private void RemoveResting(SymbolBook book, ExchangeOrder order, OrderStatus status, string executionType,
        Dictionary<Account, HashSet<string>> changes, long now)
    {
        BookSide side = order.Side == OrderSide.Buy ? BookSide.Bid : BookSide.Ask;
        long key = SymbolBook.KeyOf(side, order.Price);
        SortedDictionary<long, PriceLevel> levels = book.SideOf(side);
        if (order.Node is not null && levels.TryGetValue(key, out PriceLevel? level))
        {
            level.Orders.Remove(order.Node);
            level.TotalRaw -= order.Visible;
            order.Visible = 0;
            order.Node = null;
            if (level.Orders.Count == 0)
                levels.Remove(key);
            book.UpdateId++;
            Observer?.OnLevelChanged(book, side, order.Price, Quantity.FromRaw(level.Orders.Count == 0 ? 0 : level.TotalRaw), book.UpdateId);
        }
        if (order.AwaitingTrigger)
        {
            order.AwaitingTrigger = false;
            book.Contingent.Remove(order);
            book.Triggered.Remove(order);
        }
        order.Status = status;
        order.UpdateTime = now;
        ReleaseLock(order, changes);
        Close(order);
        Report(order, executionType, now, origClientOrderId: executionType == "CANCELED" ? order.ClientOrderId : null);
    }

    private static void ReleaseLock(ExchangeOrder order, Dictionary<Account, HashSet<string>> changes)
    {
        if (order.LockedRemaining > 0)
        {
            order.Account.Unlock(order.LockedAsset, order.LockedRemaining);
            order.LockedRemaining = 0;
            Touch(changes, order.Account, order.LockedAsset);
        }
    }

    private void Close(ExchangeOrder order)
    {
        _openByClientId.Remove((order.Account, order.ClientOrderId));
        NoteClosed(order);
        if (_syntheticAccounts.Contains(order.Account))
            _orders.Remove(order.OrderId); // bound memory: the ledger keeps synthetic orders only while they are open
    }
}
