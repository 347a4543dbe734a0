using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Orders;

/// <summary>
/// Order is one order as the terminal knows it: what was asked (made, with its client order
/// id, before it is sent) and what the exchange has reported since. Updates go through
/// <see cref="Apply"/>, which consults <see cref="OrderStateMachine"/>: an illegal or stale
/// update is reported in the result and on <see cref="TransitionRefused"/>, never applied.
/// Owned by one thread.
/// </summary>
public sealed class Order
{
    /// <summary>Order creates an order in <see cref="OrderStatus.PendingSend"/>.</summary>
    /// <param name="clientOrderId">clientOrderId is our id for it (newClientOrderId), unique among open orders.</param>
    /// <param name="symbol">symbol is the pair, e.g. "BTCUSDT".</param>
    /// <param name="side">side is buy or sell.</param>
    /// <param name="type">type is the order type; <see cref="OrderShapes.Of"/> says which parameters it needs.</param>
    /// <param name="timeInForce">timeInForce applies to the types that take one (LIMIT, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT; ignored for others).</param>
    /// <param name="price">price is the limit price (zero for MARKET).</param>
    /// <param name="quantity">quantity is the base quantity (zero for a MARKET order by quote amount).</param>
    /// <param name="quoteOrderQuantity">quoteOrderQuantity is the quote amount of a MARKET order by quoteOrderQty, else zero.</param>
    public Order(string clientOrderId, string symbol, OrderSide side, OrderType type, TimeInForce timeInForce,
        Price price, Quantity quantity, Quantity quoteOrderQuantity = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        ClientOrderId = clientOrderId;
        Symbol = symbol;
        Side = side;
        Type = type;
        TimeInForce = timeInForce;
        Price = price;
        Quantity = quantity;
        QuoteOrderQuantity = quoteOrderQuantity;
    }

    /// <summary>TransitionRefused is raised when an update is stale or illegal (and so not applied), for logs and the UI.</summary>
    public event Action<Order, OrderTransition>? TransitionRefused;

    /// <summary>ClientOrderId is our id for the order.</summary>
    public string ClientOrderId { get; }

    /// <summary>Symbol is the pair traded.</summary>
    public string Symbol { get; }

    /// <summary>Side is buy or sell.</summary>
    public OrderSide Side { get; }

    /// <summary>Type is the order type.</summary>
    public OrderType Type { get; }

    /// <summary>TimeInForce is the limit order's time in force.</summary>
    public TimeInForce TimeInForce { get; }

    /// <summary>Price is the limit price (zero for MARKET).</summary>
    public Price Price { get; }

    /// <summary>Quantity is the ordered base quantity (zero for MARKET by quote amount); lowered by <see cref="ReduceQuantity"/>.</summary>
    public Quantity Quantity { get; private set; }

    /// <summary>QuoteOrderQuantity is the quote amount of a MARKET order by quoteOrderQty, else zero.</summary>
    public Quantity QuoteOrderQuantity { get; }

    /// <summary>StopPrice is the trigger price of a STOP_LOSS / TAKE_PROFIT (LIMIT) order, zero when none.</summary>
    public Price StopPrice { get; init; }

    /// <summary>TrailingDelta is the trailing distance in basis points of a trailing stop (10 = 0.1%), zero when none.</summary>
    public long TrailingDelta { get; init; }

    /// <summary>IcebergQuantity is the visible part of an iceberg order (icebergQty), zero for a plain order.</summary>
    public Quantity IcebergQuantity { get; init; }

    /// <summary>Shape is what the order's type needs, allows and forbids.</summary>
    public OrderShape Shape => OrderShapes.Of(Type);

    /// <summary>ExchangeOrderId is the exchange's id, -1 until the exchange has told us.</summary>
    public long ExchangeOrderId { get; private set; } = -1;

    /// <summary>Status is the order's current status.</summary>
    public OrderStatus Status { get; private set; } = OrderStatus.PendingSend;

    /// <summary>ExecutedQuantity is the cumulative filled base quantity.</summary>
    public Quantity ExecutedQuantity { get; private set; }

    /// <summary>CumulativeQuote is the cumulative quote amount of the fills.</summary>
    public Quantity CumulativeQuote { get; private set; }

    /// <summary>UpdateTime is the exchange time (ms) of the last applied update, 0 before any.</summary>
    public long UpdateTime { get; private set; }

    /// <summary>RejectReason is why the exchange refused the order, when it did.</summary>
    public string? RejectReason { get; private set; }

    /// <summary>IsFinal says whether the order can no longer change.</summary>
    public bool IsFinal => OrderStateMachine.IsFinal(Status);

    /// <summary>AveragePrice is cumulative quote over executed quantity (rounded to nearest), zero before any fill.</summary>
    public Price AveragePrice => ExecutedQuantity.IsZero
        ? Price.Zero
        : Price.FromRaw(Notional.FromQuote(CumulativeQuote).DivideBy(Price.FromRaw(ExecutedQuantity.Raw), RoundingDirection.Nearest).Raw);

    /// <summary>
    /// ReduceQuantity lowers the ordered quantity after the exchange confirmed an amendment that keeps priority
    /// (it can only go down, never below what has executed); returns false, changing nothing, otherwise.
    /// </summary>
    public bool ReduceQuantity(Quantity newQuantity)
    {
        if (IsFinal || newQuantity >= Quantity || newQuantity < ExecutedQuantity || newQuantity.Raw <= 0)
            return false;
        Quantity = newQuantity;
        return true;
    }

    /// <summary>MarkUnknown moves a working order to <see cref="OrderStatus.Unknown"/> after a lost answer, a 5xx or -1007.</summary>
    public OrderTransition MarkUnknown() =>
        Apply(new OrderUpdate(OrderStatus.Unknown, ExchangeOrderId, ExecutedQuantity, CumulativeQuote, UpdateTime));

    /// <summary>Apply brings the order up to date with <paramref name="update"/> when the state machine allows it, and says what happened.</summary>
    public OrderTransition Apply(in OrderUpdate update)
    {
        OrderStatus from = Status;
        OrderStatus to = update.Status;
        if (to == from && update.ExecutedQuantity == ExecutedQuantity)
            return new OrderTransition(OrderTransitionOutcome.Duplicate, from, to, "Nothing new.");
        if (to != OrderStatus.Unknown && update.ExecutedQuantity < ExecutedQuantity)
            return Refuse(OrderTransitionOutcome.Stale, from, to, "The update reports fewer fills than already known.");
        if (!OrderStateMachine.CanTransition(from, to))
        {
            // A late answer that only repeats an earlier stage (NEW after PARTIALLY_FILLED, same fills) is
            // stale news; anything else out of the table, or out of a final status, is illegal.
            bool earlierStage = !OrderStateMachine.IsFinal(from) && to == OrderStatus.New && update.ExecutedQuantity == ExecutedQuantity;
            return earlierStage
                ? Refuse(OrderTransitionOutcome.Stale, from, to, $"{to} is older than {from}.")
                : Refuse(OrderTransitionOutcome.Illegal, from, to, $"{from} cannot become {to}.");
        }
        if (update.ExecutedQuantity.IsNegative || (!Quantity.IsZero && update.ExecutedQuantity > Quantity))
            return Refuse(OrderTransitionOutcome.Illegal, from, to, "The executed quantity is outside 0..quantity.");
        if (to == OrderStatus.Filled && !Quantity.IsZero && update.ExecutedQuantity != Quantity)
            return Refuse(OrderTransitionOutcome.Illegal, from, to, "FILLED with less than the full quantity executed.");

        Status = update.Status;
        if (update.ExchangeOrderId >= 0)
            ExchangeOrderId = update.ExchangeOrderId;
        if (update.Status != OrderStatus.Unknown)
        {
            ExecutedQuantity = update.ExecutedQuantity;
            CumulativeQuote = update.CumulativeQuote;
        }
        if (update.Time != 0)
            UpdateTime = update.Time;
        if (update.Status == OrderStatus.Rejected || (update.RejectReason is not null && OrderStateMachine.IsFinal(update.Status)))
            RejectReason = update.RejectReason;
        return new OrderTransition(OrderTransitionOutcome.Applied, from, update.Status, null);
    }

    private OrderTransition Refuse(OrderTransitionOutcome outcome, OrderStatus from, OrderStatus to, string reason)
    {
        var transition = new OrderTransition(outcome, from, to, reason);
        TransitionRefused?.Invoke(this, transition);
        return transition;
    }
}
