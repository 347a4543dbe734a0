using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Binance.Orders;

/// <summary>
/// OrderTracker is the terminal's record of orders and balances: every update (place and cancel answers,
/// queries, executionReport, outboundAccountPosition, reconciliation) goes through the domain's order
/// state machine here, so a late, repeated or out-of-order message can never move an order backwards
/// and an order is never dropped or duplicated. Thread-safe; <see cref="OrderChanged"/> reports each update.
/// </summary>
public sealed class OrderTracker
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountBalance> _balances = new(StringComparer.Ordinal);

    /// <summary>OrderChanged is raised after each update offered to an order (applied or refused).</summary>
    public event Action<OrderChange>? OrderChanged;

    /// <summary>BalancesChanged is raised after balances were replaced or updated.</summary>
    public event Action? BalancesChanged;

    /// <summary>Orders returns a copy of every tracked order.</summary>
    public IReadOnlyList<Order> Orders
    {
        get { lock (_gate) return _orders.Values.ToList(); }
    }

    /// <summary>Balances returns a copy of the known balances.</summary>
    public IReadOnlyList<AccountBalance> Balances
    {
        get { lock (_gate) return _balances.Values.ToList(); }
    }

    /// <summary>Track starts tracking an order (normally still PendingSend); tracking it twice is an error.</summary>
    public void Track(Order order)
    {
        lock (_gate)
        {
            if (!_orders.TryAdd(order.ClientOrderId, order))
                throw new InvalidOperationException($"Client order id {order.ClientOrderId} is already tracked.");
        }
    }

    /// <summary>Find returns a tracked order by client order id, or null.</summary>
    public Order? Find(string clientOrderId)
    {
        lock (_gate) return _orders.GetValueOrDefault(clientOrderId);
    }

    /// <summary>TryGetBalance returns one asset's balance.</summary>
    public bool TryGetBalance(string asset, out AccountBalance balance)
    {
        lock (_gate) return _balances.TryGetValue(asset, out balance);
    }

    /// <summary>Apply offers an exchange report (place/cancel/query/openOrders answer) to its order, adopting orders placed elsewhere.</summary>
    public OrderTransition Apply(OrderReport report, string source)
    {
        Order order = FindOrAdopt(report.ClientOrderId, report.Symbol, report.Side, report.Type, report.TimeInForce, report.Price, report.Quantity);
        LearnAmendment(order, report.Quantity);
        return Offer(order, report.ToUpdate(), source);
    }

    /// <summary>Apply offers an executionReport to its order.</summary>
    public OrderTransition Apply(ExecutionReport report)
    {
        Order order = FindOrAdopt(report.ClientOrderId, report.Symbol, report.Side, report.Type, report.TimeInForce, report.Price, report.Quantity);
        LearnAmendment(order, report.Quantity);
        return Offer(order, report.ToUpdate(), "executionReport " + report.ExecutionType);
    }

    /// <summary>Offer applies one update to an order through the state machine and reports it.</summary>
    public OrderTransition Offer(Order order, in OrderUpdate update, string source)
    {
        OrderTransition transition;
        lock (order) transition = order.Apply(update);
        OrderChanged?.Invoke(new OrderChange(order, transition, source));
        return transition;
    }

    /// <summary>UnknownToExchange is the reason an acknowledged order ends EXPIRED when, at a reconcile, the exchange neither lists it open nor knows it.</summary>
    public const string UnknownToExchange = "the exchange no longer knows this order (-2013 at reconcile)";

    /// <summary>
    /// ExpireUnknown ends an acknowledged order (NEW or PARTIALLY_FILLED) that the exchange, asked about it, does not know
    /// (-2013): the exchange lost it (a testnet reset, a restarted simulator), so it rests nowhere and will never trade. It
    /// becomes EXPIRED with <see cref="UnknownToExchange"/> as its reason instead of staying NEW for ever. An order not yet
    /// acknowledged (PENDING_SEND, UNKNOWN) is left to its sender's resolution.
    /// </summary>
    public OrderTransition? ExpireUnknown(Order order, string source)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status is not (OrderStatus.New or OrderStatus.PartiallyFilled)) return null;
        return Offer(order, new OrderUpdate(OrderStatus.Expired, order.ExchangeOrderId, order.ExecutedQuantity, order.CumulativeQuote, 0, UnknownToExchange),
            source + ": unknown to the exchange");
    }

    /// <summary>MarkUnknown puts an order in UNKNOWN (its request's outcome is not known yet).</summary>
    public OrderTransition MarkUnknown(Order order, string source)
    {
        OrderTransition transition;
        lock (order) transition = order.MarkUnknown();
        OrderChanged?.Invoke(new OrderChange(order, transition, source));
        return transition;
    }

    /// <summary>ApplyBalances updates the given assets (outboundAccountPosition carries only the changed ones).</summary>
    public void ApplyBalances(IEnumerable<AccountBalance> balances, bool replaceAll)
    {
        lock (_gate)
        {
            if (replaceAll) _balances.Clear();
            foreach (AccountBalance b in balances) _balances[b.Asset] = b;
        }
        BalancesChanged?.Invoke();
    }

    /// <summary>
    /// ReconcileAsync brings every tracked order and the balances up to date after a (re)connect, since the
    /// user-data stream does not replay what was missed: it applies the open-order list, then queries each
    /// tracked order that is not final and not open, so a fill or cancel that happened meanwhile is learnt; one the
    /// exchange does not know at all (-2013) ends EXPIRED with <see cref="UnknownToExchange"/> as its reason.
    /// </summary>
    public async Task ReconcileAsync(BinanceRestClient rest, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<OrderReport> open = await rest.GetOpenOrdersAsync(null, cancellationToken).ConfigureAwait(false);
        var openIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (OrderReport report in open)
        {
            openIds.Add(report.ClientOrderId);
            Apply(report, "reconcile openOrders");
        }
        foreach (Order order in Orders)
        {
            if (order.IsFinal || openIds.Contains(order.ClientOrderId)) continue;
            // PendingSend/Unknown orders belong to OrderEntry's own resolution loop.
            if (order.Status is OrderStatus.PendingSend or OrderStatus.Unknown) continue;
            OrderReport? report = await rest.QueryOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
            if (report != null)
            {
                Apply(report, "reconcile query");
            }
            else
            {
                ExpireUnknown(order, "reconcile query");
            }
        }
        ApplyBalances(await rest.GetAccountAsync(cancellationToken).ConfigureAwait(false), replaceAll: true);
    }

    // An exchange quantity below ours is an amendment (keepPriority) learnt from any answer or report: the order follows it.
    private static void LearnAmendment(Order order, Quantity reported)
    {
        if (reported.IsZero) return;
        lock (order) order.ReduceQuantity(reported);
    }

    private Order FindOrAdopt(string clientOrderId, string symbol, OrderSide side, OrderType type, TimeInForce tif, Price price, Quantity quantity)
    {
        lock (_gate)
        {
            if (_orders.TryGetValue(clientOrderId, out Order? order)) return order;
            // Placed from another session or the exchange's own UI: show it too.
            order = new Order(clientOrderId, symbol, side, type, tif, price, quantity);
            _orders.Add(clientOrderId, order);
            return order;
        }
    }
}
