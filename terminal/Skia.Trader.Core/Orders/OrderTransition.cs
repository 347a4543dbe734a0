namespace Skia.Trader.Core.Orders;

/// <summary>OrderTransition reports one attempt to change an order: the outcome, the statuses involved, and why when refused.</summary>
/// <param name="Outcome">Outcome says whether the update was applied or why not.</param>
/// <param name="From">From is the status before the attempt.</param>
/// <param name="To">To is the status the update asked for.</param>
/// <param name="Reason">Reason explains a refusal in words, null when applied.</param>
public readonly record struct OrderTransition(OrderTransitionOutcome Outcome, OrderStatus From, OrderStatus To, string? Reason)
{
    /// <summary>WasApplied says whether the order changed.</summary>
    public bool WasApplied => Outcome == OrderTransitionOutcome.Applied;
}
