using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// Contingent orders and order lists: stop and take-profit triggers (stop price, trailing delta as in
/// Binance's trailing-stop FAQ), OCO pairs (one working or trading ends the other; cancelling a leg
/// cancels the list), cancelling all of a symbol's orders, and amending a quantity down in place.
/// </summary>
internal sealed partial class MatchingEngine
{
    private readonly Dictionary<long, OrderList> _lists = new();
    private readonly List<OrderList> _listsToReport = new();
    private long _nextOrderListId;

    private static void StartTrailing(ExchangeOrder o, Price price, long now)
    {
        o.TrailingActive = true;
        o.TrailingExtreme = price;
        o.TrailingTime = now;
    }

    /// <summary>OnTradePrice moves every waiting stop of the book along with a trade price and queues those it triggers.</summary>
    private static void OnTradePrice(SymbolBook book, Price price, long now)
    {
        foreach (ExchangeOrder o in book.Contingent)
        {
            if (o.AwaitingTrigger && !book.Triggered.Contains(o) && Triggers(o, price, now))
                book.Triggered.Add(o);
        }
    }

    /// <summary>
    /// Triggers applies one trade price to a waiting order. Plain stops trigger when the price reaches the stop
    /// (STOP_LOSS BUY / TAKE_PROFIT SELL at or above it, the others at or below). Trailing stops start tracking
    /// when the stop is reached (at once without a stop price), then a BUY triggers on a rise of trailingDelta
    /// BIPS from the lowest price since, a SELL on a fall of trailingDelta BIPS from the highest.
    /// </summary>
    private static bool Triggers(ExchangeOrder o, Price price, long now)
    {
        bool above = SymbolInfo.TriggersAbove(o.Side, o.Type);
        if (o.TrailingDelta == 0)
            return StopReached(above, o.StopPrice, price);
        if (!o.TrailingActive || o.TrailingExtreme.IsZero)
        {
            if (o.StopPrice.IsZero || StopReached(above, o.StopPrice, price))
                StartTrailing(o, price, now);
            return false;
        }
        if (o.Side == OrderSide.Buy)
        {
            if (price < o.TrailingExtreme)
            {
                o.TrailingExtreme = price;
                return false;
            }
            return (Int128)price.Raw * 10_000 >= (Int128)o.TrailingExtreme.Raw * (10_000 + o.TrailingDelta);
        }
        if (price > o.TrailingExtreme)
        {
            o.TrailingExtreme = price;
            return false;
        }
        return (Int128)price.Raw * 10_000 <= (Int128)o.TrailingExtreme.Raw * (10_000 - o.TrailingDelta);
    }

    /// <summary>DrainTriggers starts every triggered order, in trigger order; their trades may trigger more.</summary>
    private void DrainTriggers(SymbolBook book, Dictionary<Account, HashSet<string>> changes, long now)
    {
        while (book.Triggered.Count > 0)
        {
            ExchangeOrder o = book.Triggered[0];
            book.Triggered.RemoveAt(0);
            if (!o.AwaitingTrigger || !o.IsOpen)
                continue;
            o.AwaitingTrigger = false;
            book.Contingent.Remove(o);
            o.UpdateTime = now;
            if (o.OrderListId >= 0)
                EndSiblings(book, o, changes, now);
            if (o.Side == OrderSide.Buy && OrderShapes.Of(o.Type).ExecutesAsMarket)
            {
                // The lock was an estimate at the stop price: top it up to what the walk costs now, as far as funds allow.
                long cost = MarketBuyCost(book, o.OrigQuantity.Raw);
                long extra = Math.Min(cost - o.LockedRemaining, o.Account.Free(o.LockedAsset));
                if (extra > 0 && o.Account.TryLock(o.LockedAsset, extra))
                {
                    o.LockedRemaining += extra;
                    Touch(changes, o.Account, o.LockedAsset);
                }
            }
            Report(o, "NEW", now);
            Work(book, o, new List<TakerFill>(), changes, now);
        }
    }

    /// <summary>CancelOne cancels an open order; a leg of an order list cancels the whole list.</summary>
    private void CancelOne(SymbolBook book, ExchangeOrder order, Dictionary<Account, HashSet<string>> changes, long now)
    {
        if (order.OrderListId >= 0 && _lists.TryGetValue(order.OrderListId, out OrderList? list))
        {
            foreach (ExchangeOrder leg in list.Orders)
            {
                if (leg.IsOpen)
                    RemoveResting(book, leg, OrderStatus.Canceled, "CANCELED", changes, now);
            }
            return;
        }
        RemoveResting(book, order, OrderStatus.Canceled, "CANCELED", changes, now);
    }

    /// <summary>OnListLegTraded ends the other legs of an order list once one of its legs trades.</summary>
    private void OnListLegTraded(SymbolBook book, ExchangeOrder leg, Dictionary<Account, HashSet<string>> changes, long now) =>
        EndSiblings(book, leg, changes, now);

    /// <summary>EndSiblings expires the other open legs of the winner's list; the winner takes over what they held locked (one lock serves the list).</summary>
    private void EndSiblings(SymbolBook book, ExchangeOrder winner, Dictionary<Account, HashSet<string>> changes, long now)
    {
        if (!_lists.TryGetValue(winner.OrderListId, out OrderList? list))
            return;
        foreach (ExchangeOrder other in list.Orders)
        {
            if (other == winner || !other.IsOpen)
                continue;
            if (other.LockedAsset == winner.LockedAsset)
            {
                winner.LockedRemaining += other.LockedRemaining;
                other.LockedRemaining = 0;
            }
            RemoveResting(book, other, OrderStatus.Expired, "EXPIRED", changes, now);
        }
        if (!winner.IsOpen)
            ReleaseLock(winner, changes); // the winner closed in the trade that ended the list: nothing stays locked for it
    }

    /// <summary>NoteClosed queues the ALL_DONE listStatus of a list whose last leg just closed.</summary>
    private void NoteClosed(ExchangeOrder order)
    {
        if (order.OrderListId >= 0 && _lists.TryGetValue(order.OrderListId, out OrderList? list) && list.IsDone && !_listsToReport.Contains(list))
            _listsToReport.Add(list);
    }

    private void ReportListsDone(long now)
    {
        foreach (OrderList list in _listsToReport)
            Observer?.OnListStatus(list.Account, ListReport(list, now));
        _listsToReport.Clear();
    }

    internal static ListStatusReport ListReport(OrderList list, long now) => list.IsDone
        ? new(list.OrderListId, list.ListClientOrderId, list.Symbol, "ALL_DONE", "ALL_DONE", now, list.Orders.Select(Snapshot).ToList())
        : new(list.OrderListId, list.ListClientOrderId, list.Symbol, "EXEC_STARTED", "EXECUTING", list.TransactionTime, list.Orders.Select(Snapshot).ToList());

    /// <summary>
    /// PlaceOco places an OCO (POST /api/v3/orderList/oco): one leg STOP_LOSS(_LIMIT), the other LIMIT_MAKER or
    /// TAKE_PROFIT(_LIMIT), same side and quantity; for a SELL the stop-loss is below the last price and the other
    /// leg above it, for a BUY the reverse. Both legs carry the list's id; one lock (the larger leg's) serves both.
    /// </summary>
    public (ExchangeError? Error, ListStatusReport? List) PlaceOco(Account account, NewOrderRequest above, NewOrderRequest below, string? listClientOrderId)
    {
        lock (Sync)
        {
            if (!_books.TryGetValue(above.Symbol, out SymbolBook? book))
                return (ExchangeError.InvalidSymbol, null);
            bool aboveIsStopLoss = above.Type is OrderType.StopLoss or OrderType.StopLossLimit;
            bool belowIsStopLoss = below.Type is OrderType.StopLoss or OrderType.StopLossLimit;
            if (above.Type is OrderType.Limit or OrderType.Market || below.Type is OrderType.Limit or OrderType.Market)
                return (ExchangeError.OcoTypeNotSupported, null);
            if (above.Type == OrderType.LimitMaker && below.Type == OrderType.LimitMaker)
                return (ExchangeError.OcoBothLimit, null);
            if (aboveIsStopLoss == belowIsStopLoss)
                return (ExchangeError.OcoTypeNotSupported, null);
            foreach (NewOrderRequest leg in new[] { above, below })
            {
                if (Validate(account, book, leg) is { } legError)
                    return (legError, null);
            }
            if (above.ClientOrderId is { } a && a == below.ClientOrderId)
                return (ExchangeError.DuplicateOrder, null);
            // The stop-loss leg is on the losing side: below the market for a SELL, above it for a BUY.
            NewOrderRequest stopLeg = aboveIsStopLoss ? above : below, otherLeg = aboveIsStopLoss ? below : above;
            if ((above.Side == OrderSide.Sell) == aboveIsStopLoss)
                return (ExchangeError.OcoBadPrices, null);
            Price last = book.ReferencePrice;
            Price stopPrice = stopLeg.StopPrice ?? Price.Zero;
            Price otherPrice = otherLeg.Type is OrderType.LimitMaker or OrderType.TakeProfitLimit ? otherLeg.Price ?? Price.Zero : otherLeg.StopPrice ?? Price.Zero;
            bool ordered = above.Side == OrderSide.Sell
                ? otherPrice > last && (stopPrice.IsZero || last > stopPrice)
                : otherPrice < last && (stopPrice.IsZero || last < stopPrice);
            if (!last.IsZero && !otherPrice.IsZero && !ordered)
                return (ExchangeError.OcoBadPrices, null);

            (string assetA, long lockA) = LockFor(book, above.Side, OrderShapes.Of(above.Type), above.Price ?? Price.Zero, above.Quantity ?? Quantity.Zero, Quantity.Zero, above.StopPrice ?? Price.Zero);
            (_, long lockB) = LockFor(book, below.Side, OrderShapes.Of(below.Type), below.Price ?? Price.Zero, below.Quantity ?? Quantity.Zero, Quantity.Zero, below.StopPrice ?? Price.Zero);
            if (account.Free(assetA) < Math.Max(lockA, lockB))
                return (ExchangeError.InsufficientBalance, null);

            long now = Now;
            var list = new OrderList
            {
                OrderListId = _nextOrderListId++,
                ListClientOrderId = listClientOrderId ?? $"simlist{_nextGeneratedClientId++:D10}",
                Account = account,
                Symbol = book.Info.Symbol,
                TransactionTime = now,
            };
            _lists.Add(list.OrderListId, list);
            var changes = new Dictionary<Account, HashSet<string>>();
            var fills = new List<TakerFill>();
            // Legs go in as the documented answer lists them: the stop-loss leg first.
            ExchangeOrder first = Admit(account, book, stopLeg, list.OrderListId, 0, fills, changes, now, out _)!;
            list.Orders.Add(first);
            ExchangeOrder second = Admit(account, book, otherLeg, list.OrderListId, first.LockedRemaining, fills, changes, now, out _)!;
            list.Orders.Add(second);
            Observer?.OnListStatus(account, ListReport(list, now));
            DrainTriggers(book, changes, now);
            PublishPositions(changes, now);
            return (null, ListReport(list, now));
        }
    }

    /// <summary>
    /// CancelReplace cancels one order and places another in one step under the engine's lock, as
    /// POST /api/v3/order/cancelReplace does: shape and filter errors of the new order refuse the whole request
    /// before anything happens (<see cref="CancelReplaceResult.RequestError"/>); with STOP_ON_FAILURE
    /// (<paramref name="allowFailure"/> false) a failed cancel leaves the new order unattempted.
    /// </summary>
    public CancelReplaceResult CancelReplace(Account account, NewOrderRequest replacement, long? cancelOrderId, string? cancelClientOrderId, bool allowFailure)
    {
        lock (Sync)
        {
            if (!_books.ContainsKey(replacement.Symbol))
                return new CancelReplaceResult(ExchangeError.InvalidSymbol, null, null, null, null, false, []);
            if (Test(account, replacement) is { Code: not -2010 } invalid)
                return new CancelReplaceResult(invalid, null, null, null, null, false, []);
            var (cancelError, canceled) = Cancel(account, replacement.Symbol, cancelOrderId, cancelClientOrderId);
            if (cancelError is not null && !allowFailure)
                return new CancelReplaceResult(null, null, cancelError, null, null, false, []);
            PlaceResult placed = Place(account, replacement);
            return new CancelReplaceResult(null, canceled, cancelError, placed.Order, placed.Error, true, placed.Fills);
        }
    }

    /// <summary>CancelAll cancels every open order (and order list) of the account on a symbol, as DELETE /api/v3/openOrders does; -2011 when there is none.</summary>
    public (ExchangeError? Error, List<OrderRecord> Orders, List<ListStatusReport> Lists) CancelAll(Account account, string symbol)
    {
        lock (Sync)
        {
            var orders = new List<OrderRecord>();
            var lists = new List<ListStatusReport>();
            if (!_books.TryGetValue(symbol, out SymbolBook? book))
                return (ExchangeError.InvalidSymbol, orders, lists);
            List<ExchangeOrder> open = _orders.Values.Where(o => o.Account == account && o.IsOpen && o.Symbol.Symbol == symbol)
                .OrderBy(o => o.OrderId).ToList();
            if (open.Count == 0)
                return (ExchangeError.UnknownOrderCancel, orders, lists);
            long now = Now;
            var changes = new Dictionary<Account, HashSet<string>>();
            foreach (ExchangeOrder o in open)
            {
                if (!o.IsOpen)
                    continue; // a list sibling already cancelled with its leg
                CancelOne(book, o, changes, now);
                if (o.OrderListId >= 0 && _lists.TryGetValue(o.OrderListId, out OrderList? list))
                    lists.Add(ListReport(list, now));
                else
                    orders.Add(Snapshot(o));
            }
            PublishPositions(changes, now);
            return (null, orders, lists);
        }
    }

    /// <summary>
    /// AmendKeepPriority reduces an open order's quantity in place (PUT /api/v3/order/amend/keepPriority): it keeps
    /// its order id and its place in the queue; the freed funds are unlocked. -2038 when the new quantity is not
    /// below the current one; an order whose new quantity is what has already executed becomes FILLED.
    /// </summary>
    public (ExchangeError? Error, OrderRecord? Order, string? OrigClientOrderId) AmendKeepPriority(Account account, string symbol, long? orderId,
        string? origClientOrderId, string? newClientOrderId, Quantity newQuantity)
    {
        lock (Sync)
        {
            if (!_books.TryGetValue(symbol, out SymbolBook? book))
                return (ExchangeError.InvalidSymbol, null, null);
            ExchangeOrder? order = Find(account, symbol, orderId, origClientOrderId);
            if (order is null || !order.IsOpen)
                return (ExchangeError.AmendUnknownOrder, null, null);
            if (newQuantity == order.OrigQuantity)
                return (ExchangeError.AmendNoChange, null, null);
            if (newQuantity > order.OrigQuantity || newQuantity.Raw <= 0)
                return (ExchangeError.AmendIncrease, null, null);
            if (newQuantity < order.Executed)
                return (ExchangeError.Filter("Filter failure: LOT_SIZE"), null, null);
            OrderCheck check = book.Info.Check(order.Side, order.Type, order.Price, newQuantity, Quantity.Zero, book.ReferencePrice,
                order.StopPrice, order.TrailingDelta, order.IcebergQuantity.IsZero || order.IcebergQuantity < newQuantity ? order.IcebergQuantity : Quantity.Zero);
            if (!check.IsValid && check.FailedRule is not (FilterRule.NotionalBelowMin or FilterRule.QuantityOffStep))
                return (ExchangeError.Filter(check.ExchangeMessage!), null, null);
            if (newClientOrderId is not null && newClientOrderId != order.ClientOrderId && _openByClientId.ContainsKey((account, newClientOrderId)))
                return (ExchangeError.DuplicateOrder, null, null);

            long now = Now;
            var changes = new Dictionary<Account, HashSet<string>>();
            string origId = order.ClientOrderId;
            BookSide side = order.Side == OrderSide.Buy ? BookSide.Bid : BookSide.Ask;
            if (order.Node is not null && book.SideOf(side).TryGetValue(SymbolBook.KeyOf(side, order.Price), out PriceLevel? level))
            {
                long newRemaining = newQuantity.Raw - order.Executed.Raw;
                long newVisible = order.IsIceberg ? Math.Min(order.Visible, newRemaining) : newRemaining;
                level.TotalRaw -= order.Visible - newVisible;
                order.Visible = newVisible;
                book.UpdateId++;
                Observer?.OnLevelChanged(book, side, order.Price, Quantity.FromRaw(level.TotalRaw), book.UpdateId);
            }
            order.OrigQuantity = newQuantity;
            order.UpdateTime = now;
            if (newClientOrderId is not null && newClientOrderId != origId)
            {
                _openByClientId.Remove((account, origId));
                order.ClientOrderId = newClientOrderId;
                _openByClientId[(account, newClientOrderId)] = order;
            }
            // Give back what the cut part held locked (a list leg's lock also serves its sibling: it stays until the list ends).
            long needed = order.Side == OrderSide.Sell
                ? order.Remaining.Raw
                : LockFor(book, order.Side, OrderShapes.Of(order.Type), order.Price, order.Remaining, Quantity.Zero, order.StopPrice).Amount;
            long release = order.OrderListId >= 0 ? 0 : Math.Clamp(order.LockedRemaining - needed, 0, order.LockedRemaining);
            if (release > 0)
            {
                order.Account.Unlock(order.LockedAsset, release);
                order.LockedRemaining -= release;
                Touch(changes, account, order.LockedAsset);
            }
            if (order.Remaining.Raw <= 0)
            {
                RemoveResting(book, order, OrderStatus.Filled, "REPLACED", changes, now);
            }
            else
            {
                Report(order, "REPLACED", now, origClientOrderId: origId);
            }
            PublishPositions(changes, now);
            return (null, Snapshot(order), origId);
        }
    }

    /// <summary>OrdersOf lists the account's orders on a symbol (GET /api/v3/allOrders): from orderId when given, else in [startTime, endTime]; oldest first, at most limit.</summary>
    public List<OrderRecord> OrderHistory(Account account, string symbol, long? fromOrderId, long? startTime, long? endTime, int limit)
    {
        lock (Sync)
        {
            IEnumerable<ExchangeOrder> q = _orders.Values.Where(o => o.Account == account && o.Symbol.Symbol == symbol);
            if (fromOrderId is { } from)
                q = q.Where(o => o.OrderId >= from);
            else if (startTime is not null || endTime is not null)
                q = q.Where(o => (startTime is null || o.Time >= startTime) && (endTime is null || o.Time <= endTime));
            IOrderedEnumerable<ExchangeOrder> ordered = q.OrderBy(o => o.OrderId);
            // Without a starting point Binance returns the most recent orders.
            List<ExchangeOrder> list = fromOrderId is null && startTime is null
                ? ordered.TakeLast(limit).ToList()
                : ordered.Take(limit).ToList();
            return list.Select(Snapshot).ToList();
        }
    }

    /// <summary>TradeHistory lists the account's trades on a symbol (GET /api/v3/myTrades), optionally of one order, from a trade id or in a time window; oldest first, at most limit.</summary>
    public List<AccountTrade> TradeHistory(Account account, string symbol, long? orderId, long? fromId, long? startTime, long? endTime, int limit)
    {
        lock (Sync)
        {
            var mine = new List<AccountTrade>();
            foreach (TradeRecord t in _trades)
            {
                if (t.Symbol != symbol)
                    continue;
                bool buyer = _orders.TryGetValue(t.BuyOrderId, out ExchangeOrder? b) && b.Account == account;
                bool seller = _orders.TryGetValue(t.SellOrderId, out ExchangeOrder? s) && s.Account == account;
                SymbolInfo info = _books[symbol].Info;
                if (buyer)
                    mine.Add(new AccountTrade(t, b!.OrderId, b.OrderListId, true, t.BuyerIsMaker, t.BuyerCommission, info.BaseAsset));
                if (seller)
                    mine.Add(new AccountTrade(t, s!.OrderId, s.OrderListId, false, !t.BuyerIsMaker, t.SellerCommission, info.QuoteAsset));
            }
            IEnumerable<AccountTrade> q = mine;
            if (orderId is { } oid)
                q = q.Where(a => a.OrderId == oid);
            if (fromId is { } from)
                q = q.Where(a => a.Trade.TradeId >= from);
            else if (startTime is not null || endTime is not null)
                q = q.Where(a => (startTime is null || a.Trade.Time >= startTime) && (endTime is null || a.Trade.Time <= endTime));
            bool latest = fromId is null && startTime is null && orderId is null;
            return latest ? q.TakeLast(limit).ToList() : q.Take(limit).ToList();
        }
    }
}
