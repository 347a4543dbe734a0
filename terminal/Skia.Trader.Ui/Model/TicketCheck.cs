using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Ui.Model;

/// <summary>TicketCheck is the outcome of checking a ticket before sending: the first failing rule, a message for the form, and the nearest valid values.</summary>
/// <param name="Problem">Problem is what is wrong, or <see cref="TicketProblem.None"/>.</param>
/// <param name="FilterRule">FilterRule is the failing symbol filter when <paramref name="Problem"/> is <see cref="TicketProblem.Filter"/>.</param>
/// <param name="Shape">Shape is the shape violation when <paramref name="Problem"/> is <see cref="TicketProblem.Shape"/>.</param>
/// <param name="Message">Message is one line for the form (the exchange's filter name where it applies), null when valid.</param>
/// <param name="NearestPrice">NearestPrice is the nearest valid price (the ticket's own when the price is fine).</param>
/// <param name="NearestQuantity">NearestQuantity is the nearest valid quantity (the ticket's own when the quantity is fine).</param>
public readonly record struct TicketCheck(TicketProblem Problem, FilterRule FilterRule, ShapeViolation Shape, string? Message,
    Price NearestPrice, Quantity NearestQuantity)
{
    /// <summary>IsValid is true when the ticket may be sent.</summary>
    public bool IsValid => Problem == TicketProblem.None;
}
