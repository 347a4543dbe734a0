using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// MatchingEngine is the simulated exchange's core: per-symbol books with price-time priority,
/// LIMIT GTC/IOC/FOK, LIMIT_MAKER and MARKET (by quantity or quote amount), self-trade
/// prevention, balances locked by open orders, and commissions paid to a fee account so that
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

    /// <summary>Place validates, locks funds, matches and (for GTC) rests an order, as POST /api/v3/order does.</summary>
    public PlaceResult Place(Account account, NewOrderRequest r)
    {
        lock (Sync)
        {
            if (!_books.TryGetValue(r.Symbol, out SymbolBook? book))
                return Refuse(ExchangeError.InvalidSymbol);
            SymbolInfo info = book.Info;
            ExchangeError? shapeError = CheckShape(r);
            if (shapeError is not null)
                return Refuse(shapeError);
            Price price = r.Price ?? Price.Zero;
            Quantity quantity = r.Quantity ?? Quantity.Zero;
            Quantity quoteQuantity = r.QuoteOrderQuantity ?? Quantity.Zero;

            if (r.ClientOrderId is { } cid && _openByClientId.ContainsKey((account, cid)))
                return Refuse(ExchangeError.DuplicateOrder);

            OrderCheck check = r.Type == OrderType.Market
                ? (r.QuoteOrderQuantity is null ? info.CheckMarket(quantity, book.ReferencePrice) : info.CheckMarketQuote(quoteQuantity))
                : info.CheckLimit(price, quantity);
            if (!check.IsValid)
                return Refuse(ExchangeError.Filter(check.ExchangeMessage!));

            BookSide opposite = r.Side == OrderSide.Buy ? BookSide.Ask : BookSide.Bid;
            if (r.Type == OrderType.LimitMaker && book.Best(opposite) is { } best && Crosses(r.Side, price, best.Price))
                return Refuse(ExchangeError.WouldTake);

            (string lockAsset, long lockAmount) = LockFor(book, r.Side, r.Type, price, quantity, quoteQuantity);
            if (!account.TryLock(lockAsset, lockAmount))
                return Refuse(ExchangeError.InsufficientBalance);

            long now = Now;
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
                LockedAsset = lockAsset,
                LockedRemaining = lockAmount,
            };
            _orders.Add(order.OrderId, order);
            _openByClientId[(account, order.ClientOrderId)] = order;
            var changes = new Dictionary<Account, HashSet<string>>();
            Touch(changes, account, lockAsset);
            Report(order, "NEW", now);

            var fills = new List<TakerFill>();
            MatchStop stop = order.TimeInForce == TimeInForce.Fok && order.Type == OrderType.Limit && !CanFillCompletely(book, order)
                ? MatchStop.NoLiquidity
                : Match(book, order, fills, changes, now);
            Finish(book, order, stop, changes, now);
            PublishPositions(changes, now);
            return new PlaceResult(null, Snapshot(order), fills);
        }
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
            RemoveResting(book, order, OrderStatus.Canceled, "CANCELED", changes, now);
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
        o.OrigQuoteQuantity, o.Executed, o.CumulativeQuote, o.Status, o.Time, o.UpdateTime);

    private static PlaceResult Refuse(ExchangeError error) => new(error, null, []);

    private static ExchangeError? CheckShape(NewOrderRequest r)
    {
        switch (r.Type)
        {
            case OrderType.Limit:
                if (r.TimeInForce is null)
                    return ExchangeError.Mandatory("timeInForce");
                if (r.Quantity is null)
                    return ExchangeError.Mandatory("quantity");
                if (r.Price is null)
                    return ExchangeError.Mandatory("price");
                if (r.QuoteOrderQuantity is not null)
                    return ExchangeError.NotRequired("quoteOrderQty");
                return null;
            case OrderType.LimitMaker:
                if (r.Quantity is null)
                    return ExchangeError.Mandatory("quantity");
                if (r.Price is null)
                    return ExchangeError.Mandatory("price");
                return r.TimeInForce is not null ? ExchangeError.NotRequired("timeInForce") : null;
            default:
                if (r.Quantity is not null && r.QuoteOrderQuantity is not null)
                    return ExchangeError.BadCombination;
                if (r.Quantity is null && r.QuoteOrderQuantity is null)
                    return ExchangeError.Mandatory("quantity");
                if (r.Price is not null)
                    return ExchangeError.NotRequired("price");
                return r.TimeInForce is not null ? ExchangeError.NotRequired("timeInForce") : null;
        }
    }

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
