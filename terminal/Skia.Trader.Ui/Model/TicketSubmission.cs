using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Model;

/// <summary>TicketSubmission is what one press of the submit button produced.</summary>
/// <param name="Order">Order is the order built for this press (the same instance for a repeated press id), or null when the ticket is invalid.</param>
/// <param name="IsNew">IsNew is true only the first time a press id builds its order: send it then, and only then.</param>
/// <param name="Check">Check is the check the ticket passed or failed.</param>
public readonly record struct TicketSubmission(Order? Order, bool IsNew, TicketCheck Check)
{
    /// <summary>RefusalShown is true when the check refused the order and the ticket said why (in the ticket and a toast); false when it sent, or when the repeat guard took the press for the last order's.</summary>
    public bool RefusalShown { get; init; }
}
