namespace Skia.Trader.Core.Orders;

/// <summary>OrderTransitionOutcome says what <see cref="Order.Apply"/> did with an update.</summary>
public enum OrderTransitionOutcome
{
    /// <summary>Applied: the order now reflects the update.</summary>
    Applied,

    /// <summary>Duplicate: the update says nothing new (same status and fills); ignored.</summary>
    Duplicate,

    /// <summary>Stale: the update is older than what the order already shows (fewer fills); ignored.</summary>
    Stale,

    /// <summary>Illegal: the update asks for a change the state machine forbids; not applied, and worth reporting.</summary>
    Illegal,
}
