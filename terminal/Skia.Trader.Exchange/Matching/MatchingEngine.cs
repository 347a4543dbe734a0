using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Json;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// MatchingEngine is the simulated exchange's core: per-symbol books with price-time priority,
/// every order type of <see cref="OrderShapes"/> (LIMIT GTC/IOC/FOK, LIMIT_MAKER, MARKET by quantity or
/// quote amount, STOP_LOSS/TAKE_PROFIT(_LIMIT) with stop prices and trailing deltas), iceberg orders, OCO
/// lists, amendments that keep priority, self-trade prevention, balances locked by open orders, and commissions paid to a fee account so that
/// every asset is conserved exactly. One lock (<see cref="Sync"/>) serialises everything;
/// observers are called under it.
/// </summary>
internal sealed partial class MatchingEngine
{
    private readonly Dictionary<string, SymbolBook> _books = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, ExchangeOrder> _orders = new();
    private readonly Dictionary<(Account, string), ExchangeOrder> _openByClientId = new();
    private readonly List<TradeRecord> _trades = new();
    private readonly HashSet<Account> _syntheticAccounts = new();
    private readonly TimeProvider _time;
    private long _nextOrderId = 1;
    private long _nextGeneratedClientId = 1;

    public MatchingEngine(TimeProvider time, Quantity makerRate, Quantity takerRate)
    {
        _time = time;
        MakerRate = makerRate;
        TakerRate = takerRate;
        FeeAccount = new Account("fees");
        _accounts.Add(FeeAccount.Name, FeeAccount);
    }

    /// <summary>Sync is the one lock around every engine operation.</summary>
    public object Sync { get; } = new();

    /// <summary>MakerRate is the commission rate of a resting order's fill (0.001 = 0.1%).</summary>
    public Quantity MakerRate { get; }

    /// <summary>TakerRate is the commission rate of an incoming order's fill.</summary>
    public Quantity TakerRate { get; }

    /// <summary>FeeAccount collects every commission.</summary>
    public Account FeeAccount { get; }

    public IEngineObserver? Observer { get; set; }

    /// <summary>Trades kept in the ledger; older ones are dropped past this, to bound memory on long runs.</summary>
    public int MaxTradesKept { get; init; } = 200_000;

    public long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    public IReadOnlyDictionary<string, SymbolBook> Books => _books;

    public void AddSymbol(SymbolInfo info)
    {
        lock (Sync)
            _books.Add(info.Symbol, new SymbolBook(info));
    }

    public Account GetOrAddAccount(string name, bool synthetic = false)
    {
        lock (Sync)
        {
            if (!_accounts.TryGetValue(name, out Account? account))
            {
                account = new Account(name);
                _accounts.Add(name, account);
                if (synthetic)
                    _syntheticAccounts.Add(account);
            }
            return account;
        }
    }

    public Account? FindAccount(string name)
    {
        lock (Sync)
            return _accounts.GetValueOrDefault(name);
    }

    public IEnumerable<Account> Accounts
    {
        get
        {
            lock (Sync)
                return _accounts.Values.ToArray();
        }
    }

    /// <summary>
    /// Place validates an order against its type's shape and the symbol's filters, locks funds, and then
    /// matches it (resting a GTC remainder) or, for a STOP_LOSS/TAKE_PROFIT(_LIMIT) order, parks it until
    /// its stop triggers; as POST /api/v3/order does. Stops that the resulting trades trigger run before it returns.
    /// </summary>
    public PlaceResult Place(Account account, NewOrderRequest r)
    {
        lock (Sync)
        {
            if (!_books.TryGetValue(r.Symbol, out SymbolBook? book))
                return Refuse(ExchangeError.InvalidSymbol);
            if (Validate(account, book, r) is { } error)
                return Refuse(error);
            long now = Now;
            var changes = new Dictionary<Account, HashSet<string>>();
            var fills = new List<TakerFill>();
            ExchangeOrder? order = Admit(account, book, r, -1, 0, fills, changes, now, out ExchangeError? lockError);
            if (order is null)
                return Refuse(lockError!);
            DrainTriggers(book, changes, now);
            PublishPositions(changes, now);
            return new PlaceResult(null, Snapshot(order), fills);
        }
    }

    /// <summary>Test validates an order exactly as <see cref="Place"/> would, without placing it (POST /api/v3/order/test).</summary>
    public ExchangeError? Test(Account account, NewOrderRequest r)
    {
        lock (Sync)
            return _books.TryGetValue(r.Symbol, out SymbolBook? book) ? Validate(account, book, r) : ExchangeError.InvalidSymbol;
    }

    /// <summary>
    /// Validate holds a request to its type's <see cref="OrderShape"/> (-1102, -1106, -1128, -1014), the iceberg and
    /// client-id rules (-2010), the symbol's filters (-1013 "Filter failure: X"), LIMIT_MAKER's "would take" and a
    /// stop's "would trigger immediately" (-2010). Funds are checked when the order is admitted.
    /// </summary>
    private ExchangeError? Validate(Account account, SymbolBook book, NewOrderRequest r)
    {
        OrderShape shape = OrderShapes.Of(r.Type);
        ShapeViolation violation = shape.Check(r.Sent, r.TimeInForce);
        if (!violation.IsValid)
            return ShapeError(violation);
        if (r.IcebergQuantity is { } iceberg && r.Quantity is { } q && iceberg >= q)
            return ExchangeError.IcebergExceedsQuantity;
        if (r.ClientOrderId is { } cid && _openByClientId.ContainsKey((account, cid)))
            return ExchangeError.DuplicateOrder;
        if (r.TrailingDelta is { } delta && delta <= 0)
            return ExchangeError.Filter("Filter failure: TRAILING_DELTA");
        SymbolInfo info = book.Info;
        Price price = r.Price ?? Price.Zero;
        OrderCheck check = info.Check(r.Side, r.Type, price, r.Quantity ?? Quantity.Zero, r.QuoteOrderQuantity ?? Quantity.Zero,
            book.ReferencePrice, r.StopPrice ?? Price.Zero, r.TrailingDelta ?? 0, r.IcebergQuantity ?? Quantity.Zero);
        if (!check.IsValid)
            return ExchangeError.Filter(check.ExchangeMessage!);
        BookSide opposite = r.Side == OrderSide.Buy ? BookSide.Ask : BookSide.Bid;
        if (r.Type == OrderType.LimitMaker && book.Best(opposite) is { } best && Crosses(r.Side, price, best.Price))
            return ExchangeError.WouldTake;
        if (shape.IsContingent && r.TrailingDelta is null && r.StopPrice is { } stop && !book.ReferencePrice.IsZero
            && StopReached(SymbolInfo.TriggersAbove(r.Side, r.Type), stop, book.ReferencePrice))
            return ExchangeError.StopWouldTrigger;
        return null;
    }

    private static ExchangeError ShapeError(ShapeViolation v) => v.Kind switch
    {
        ShapeViolationKind.Missing => ExchangeError.Mandatory(ExchangeWireNames.ParameterName(v.Parameter)),
        ShapeViolationKind.MissingEither => ExchangeError.MandatoryEither(ExchangeWireNames.ParameterName(v.Parameter), ExchangeWireNames.ParameterName(v.Other)),
        ShapeViolationKind.NotAllowed => ExchangeError.NotRequired(ExchangeWireNames.ParameterName(v.Parameter)),
        ShapeViolationKind.BothSent => ExchangeError.BadCombination,
        ShapeViolationKind.UnsupportedCombination => ExchangeError.UnsupportedCombination,
        _ => throw new ArgumentOutOfRangeException(nameof(v), v.Kind, "Unknown shape violation."),
    };

    /// <summary>StopReached says whether a last price has reached a stop that triggers above (at or over it) or below (at or under it).</summary>
    private static bool StopReached(bool above, Price stop, Price last) => above ? last >= stop : last <= stop;

    /// <summary>
    /// Admit locks the order's funds (beyond <paramref name="sharedLock"/>, what an order-list sibling already holds
    /// for it), records it, reports NEW, and either parks a contingent order or matches and finishes it.
    /// Returns null with the error when the funds are not there.
    /// </summary>
    private ExchangeOrder? Admit(Account account, SymbolBook book, NewOrderRequest r, long orderListId, long sharedLock,
        List<TakerFill> fills, Dictionary<Account, HashSet<string>> changes, long now, out ExchangeError? error)
    {
        SymbolInfo info = book.Info;
        OrderShape shape = OrderShapes.Of(r.Type);
        Price price = r.Price ?? Price.Zero;
        Quantity quantity = r.Quantity ?? Quantity.Zero;
        Quantity quoteQuantity = r.QuoteOrderQuantity ?? Quantity.Zero;
        Price stop = r.StopPrice ?? Price.Zero;
        (string lockAsset, long lockAmount) = LockFor(book, r.Side, shape, price, quantity, quoteQuantity, stop);
        long toLock = Math.Max(0, lockAmount - sharedLock);
        if (!account.TryLock(lockAsset, toLock))
        {
            error = ExchangeError.InsufficientBalance;
            return null;
        }
        error = null;
        var order = new ExchangeOrder
        {
            OrderId = _nextOrderId++,
            ClientOrderId = r.ClientOrderId ?? $"sim{_nextGeneratedClientId++:D10}",
            Account = account,
            Symbol = info,
            Side = r.Side,
            Type = r.Type,
            TimeInForce = r.TimeInForce ?? TimeInForce.Gtc,
            Price = price,
            OrigQuantity = quantity,
            OrigQuoteQuantity = quoteQuantity,
            SelfTradePrevention = r.SelfTradePrevention,
            Time = now,
            UpdateTime = now,
            StopPrice = stop,
            TrailingDelta = r.TrailingDelta ?? 0,
            IcebergQuantity = r.IcebergQuantity ?? Quantity.Zero,
            OrderListId = orderListId,
            LockedAsset = lockAsset,
            LockedRemaining = toLock,
        };
        _orders.Add(order.OrderId, order);
        _openByClientId[(account, order.ClientOrderId)] = order;
        Touch(changes, account, lockAsset);
        if (shape.IsContingent)
        {
            order.AwaitingTrigger = true;
            if (order.TrailingDelta != 0 && stop.IsZero)
                StartTrailing(order, book.LastTradePrice.IsZero ? book.ReferencePrice : book.LastTradePrice, now);
            book.Contingent.Add(order);
            Report(order, "NEW", now);
            return order;
        }
        Report(order, "NEW", now);
        Work(book, order, fills, changes, now);
        return order;
    }

    /// <summary>Work matches a working order against the book and finishes it (rests, fills or expires).</summary>
    private void Work(SymbolBook book, ExchangeOrder order, List<TakerFill> fills, Dictionary<Account, HashSet<string>> changes, long now)
    {
        if (order.WorkingTime < 0)
            order.WorkingTime = now;
        MatchStop stop = order.TimeInForce == TimeInForce.Fok && OrderShapes.Of(order.Type).IsPriced && !CanFillCompletely(book, order)
            ? MatchStop.NoLiquidity
            : Match(book, order, fills, changes, now);
        Finish(book, order, stop, changes, now);
    }

    /// <summary>Cancel removes an open order of the account (by id or client id), as DELETE /api/v3/order does.</summary>
    public (ExchangeError? Error, OrderRecord? Order) Cancel(Account account, string symbol, long? orderId, string? origClientOrderId)
    {
        lock (Sync)
        {
            if (!_books.TryGetValue(symbol, out SymbolBook? book))
                return (ExchangeError.InvalidSymbol, null);
            ExchangeOrder? order = Find(account, symbol, orderId, origClientOrderId);
            if (order is null || !order.IsOpen)
                return (ExchangeError.UnknownOrderCancel, null);
            long now = Now;
            var changes = new Dictionary<Account, HashSet<string>>();
            CancelOne(book, order, changes, now);
            PublishPositions(changes, now);
            return (null, Snapshot(order));
        }
    }

    /// <summary>Query returns one order of the account, as GET /api/v3/order does.</summary>
    public (ExchangeError? Error, OrderRecord? Order) Query(Account account, string symbol, long? orderId, string? origClientOrderId)
    {
        lock (Sync)
        {
            if (!_books.ContainsKey(symbol))
                return (ExchangeError.InvalidSymbol, null);
            ExchangeOrder? order = Find(account, symbol, orderId, origClientOrderId);
            return order is null ? (ExchangeError.OrderDoesNotExist, null) : (null, Snapshot(order));
        }
    }

    /// <summary>OpenOrders lists the account's open orders (of one symbol, or all), oldest first.</summary>
    public List<OrderRecord> OpenOrders(Account account, string? symbol)
    {
        lock (Sync)
        {
            var list = new List<OrderRecord>();
            foreach (ExchangeOrder o in _orders.Values)
            {
                if (o.Account == account && o.IsOpen && (symbol is null || o.Symbol.Symbol == symbol))
                    list.Add(Snapshot(o));
            }
            list.Sort((a, b) => a.OrderId.CompareTo(b.OrderId));
            return list;
        }
    }

    /// <summary>Depth copies the top levels of a book and its update id, as GET /api/v3/depth answers.</summary>
    public bool TryGetDepth(string symbol, int limit, List<BookLevel> bids, List<BookLevel> asks, out long lastUpdateId)
    {
        lock (Sync)
        {
            if (!_books.TryGetValue(symbol, out SymbolBook? book))
            {
                lastUpdateId = 0;
                return false;
            }
            book.CopyTop(BookSide.Bid, limit, bids);
            book.CopyTop(BookSide.Ask, limit, asks);
            lastUpdateId = book.UpdateId;
            return true;
        }
    }

    /// <summary>Orders returns copies of every order the ledger keeps (user orders always; synthetic ones while open).</summary>
    public List<OrderRecord> AllOrders()
    {
        lock (Sync)
            return _orders.Values.OrderBy(o => o.OrderId).Select(Snapshot).ToList();
    }

    /// <summary>Trades returns copies of the trades the ledger keeps, oldest first.</summary>
    public List<TradeRecord> AllTrades()
    {
        lock (Sync)
            return [.. _trades];
    }

    internal static OrderRecord Snapshot(ExchangeOrder o) => new(
        o.OrderId, o.ClientOrderId, o.Account.Name, o.Symbol.Symbol, o.Side, o.Type, o.TimeInForce, o.Price, o.OrigQuantity,
        o.OrigQuoteQuantity, o.Executed, o.CumulativeQuote, o.Status, o.Time, o.UpdateTime, o.StopPrice, o.TrailingDelta,
        o.IcebergQuantity, o.OrderListId, o.Node is not null, o.WorkingTime, o.TrailingTime, o.SelfTradePrevention);

    private static PlaceResult Refuse(ExchangeError error) => new(error, null, []);

    private static bool Crosses(OrderSide side, Price limit, Price resting) => side == OrderSide.Buy ? resting <= limit : resting >= limit;

    private ExchangeOrder? Find(Account account, string symbol, long? orderId, string? origClientOrderId)
    {
        if (orderId is { } id)
            return _orders.TryGetValue(id, out ExchangeOrder? o) && o.Account == account && o.Symbol.Symbol == symbol ? o : null;
        if (origClientOrderId is null)
            return null;
        if (_openByClientId.TryGetValue((account, origClientOrderId), out ExchangeOrder? open) && open.Symbol.Symbol == symbol)
            return open;
        ExchangeOrder? latest = null;
        foreach (ExchangeOrder o in _orders.Values)
        {
            if (o.Account == account && o.ClientOrderId == origClientOrderId && o.Symbol.Symbol == symbol && (latest is null || o.OrderId > latest.OrderId))
                latest = o;
        }
        return latest;
    }

    private static void Touch(Dictionary<Account, HashSet<string>> changes, Account account, string asset)
    {
        if (!changes.TryGetValue(account, out HashSet<string>? set))
            changes[account] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(asset);
    }

    private void PublishPositions(Dictionary<Account, HashSet<string>> changes, long now)
    {
        ReportListsDone(now);
        foreach (var (account, assets) in changes)
        {
            account.UpdateTime = now;
            if (!_syntheticAccounts.Contains(account))
                Observer?.OnAccountPosition(account, now, assets);
        }
    }

    private void Report(ExchangeOrder order, string executionType, long now, string? origClientOrderId = null,
        Quantity lastQuantity = default, Price lastPrice = default, Quantity commission = default, string? commissionAsset = null,
        long tradeId = -1, bool isMaker = false)
    {
        if (Observer is null || _syntheticAccounts.Contains(order.Account))
            return;
        Observer.OnExecutionReport(order.Account, new ExecutionReport(
            Snapshot(order), executionType, origClientOrderId, lastQuantity, lastPrice, commission, commissionAsset, tradeId, isMaker,
            order.Node is not null, now, "NONE"));
    }
}
