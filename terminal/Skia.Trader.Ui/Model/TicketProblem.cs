namespace Skia.Trader.Ui.Model;

/// <summary>TicketProblem is why a ticket cannot be sent yet (or <see cref="None"/>).</summary>
public enum TicketProblem
{
    /// <summary>None: the ticket passes every check.</summary>
    None,

    /// <summary>Incomplete: a field the order type needs has not been entered yet (not an error until the user tries to send).</summary>
    Incomplete,

    /// <summary>Filter: a symbol filter fails (<see cref="TicketCheck.FilterRule"/> says which).</summary>
    Filter,

    /// <summary>Shape: the order type does not take a value the ticket holds (a time in force it does not accept).</summary>
    Shape,

    /// <summary>NoReferencePrice: a MARKET ticket needs a price to check notional and size presets (no book yet).</summary>
    NoReferencePrice,

    /// <summary>BalancesUnknown: the account's balances have not arrived yet, so nothing can be sized or checked against them.</summary>
    BalancesUnknown,

    /// <summary>InsufficientBalance: the order needs more than the free balance; the nearest quantity is what the balance covers.</summary>
    InsufficientBalance,
}
