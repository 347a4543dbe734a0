namespace Skia.Trader.Ui.Model;

/// <summary>TicketProblem is why a ticket cannot be sent yet (or <see cref="None"/>).</summary>
public enum TicketProblem
{
    /// <summary>None: the ticket passes every check.</summary>
    None,

    /// <summary>Filter: a symbol filter fails (<see cref="TicketCheck.FilterRule"/> says which).</summary>
    Filter,

    /// <summary>Shape: a field the order type needs is missing or one it forbids is set (<see cref="TicketCheck.Shape"/>).</summary>
    Shape,

    /// <summary>NoReferencePrice: a MARKET ticket needs a price to check notional and size presets (no book yet).</summary>
    NoReferencePrice,

    /// <summary>InsufficientBalance: the order needs more than the free balance; the nearest quantity is what the balance covers.</summary>
    InsufficientBalance,
}
