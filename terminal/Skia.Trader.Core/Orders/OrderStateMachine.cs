namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderStateMachine is the table of legal order status changes. Final statuses (FILLED,
/// CANCELED, EXPIRED, EXPIRED_IN_MATCH, REJECTED) never change again; nothing returns to
/// PENDING_SEND; PENDING_SEND and UNKNOWN may become any exchange status, because the first
/// thing we hear about an order may already be its fill or its cancel; PARTIALLY_FILLED may
/// repeat (each further fill).
/// </summary>
public static class OrderStateMachine
{
    /// <summary>IsFinal says whether no further status change is possible.</summary>
    public static bool IsFinal(OrderStatus status) => status is OrderStatus.Filled or OrderStatus.Canceled
        or OrderStatus.Expired or OrderStatus.ExpiredInMatch or OrderStatus.Rejected;

    /// <summary>IsWorking says whether the order may still trade (acknowledged or possibly live).</summary>
    public static bool IsWorking(OrderStatus status) => !IsFinal(status);

    /// <summary>CanTransition says whether an order may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanTransition(OrderStatus from, OrderStatus to)
    {
        if (IsFinal(from) || to == OrderStatus.PendingSend)
            return false;
        return from switch
        {
            OrderStatus.PendingSend or OrderStatus.Unknown => to != from,
            OrderStatus.New => to is not OrderStatus.New and not OrderStatus.Rejected,
            OrderStatus.PartiallyFilled => to is not OrderStatus.New and not OrderStatus.Rejected,
            _ => throw new ArgumentOutOfRangeException(nameof(from), from, "Unknown order status."),
        };
    }
}
