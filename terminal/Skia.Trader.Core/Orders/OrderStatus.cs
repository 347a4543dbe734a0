namespace Skia.Trader.Core.Orders;

/// <summary>
/// OrderStatus is where an order stands: the exchange's statuses plus our own
/// <see cref="PendingSend"/> (made here, not yet acknowledged) and <see cref="Unknown"/> (the
/// exchange's answer was lost or was a 5xx: query it, never assume it failed).
/// </summary>
public enum OrderStatus
{
    /// <summary>PendingSend: created with its client order id, sent or about to be, no answer yet.</summary>
    PendingSend,

    /// <summary>New: accepted by the exchange and resting, nothing filled (wire NEW).</summary>
    New,

    /// <summary>PartiallyFilled: some quantity filled, the rest still working (wire PARTIALLY_FILLED).</summary>
    PartiallyFilled,

    /// <summary>Filled: completely filled (wire FILLED); final.</summary>
    Filled,

    /// <summary>Canceled: cancelled by the user (wire CANCELED); final.</summary>
    Canceled,

    /// <summary>Expired: the rest expired by its rules, e.g. IOC/FOK/MARKET remainder (wire EXPIRED); final.</summary>
    Expired,

    /// <summary>ExpiredInMatch: expired by self-trade prevention (wire EXPIRED_IN_MATCH); final.</summary>
    ExpiredInMatch,

    /// <summary>Rejected: refused by the exchange (wire REJECTED, or an error answer); final.</summary>
    Rejected,

    /// <summary>Unknown: the outcome of a request is not known (timeout, 5xx, -1007); must be queried.</summary>
    Unknown,
}
