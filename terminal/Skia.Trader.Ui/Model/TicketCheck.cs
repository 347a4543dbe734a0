using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Ui.Model;

/// <summary>TicketCheck is the outcome of checking a ticket before sending: the first failing rule, a message for the form, and the nearest valid values.</summary>
/// <param name="Problem">Problem is what is wrong, or <see cref="TicketProblem.None"/>.</param>
/// <param name="FilterRule">FilterRule is the failing symbol filter rule when <paramref name="Problem"/> is <see cref="TicketProblem.Filter"/>.</param>
/// <param name="ExchangeFilter">ExchangeFilter is the exchange's name of the failing filter ("LOT_SIZE", "PRICE_FILTER", "NOTIONAL"), else null.</param>
/// <param name="Field">Field is the input the problem is about.</param>
/// <param name="Message">Message is one line for the form in the selected language (the rule, and the nearest valid value), null when valid.</param>
/// <param name="NearestPrice">NearestPrice is the nearest valid price (or stop price when <paramref name="Field"/> is the stop price); the ticket's own when fine.</param>
/// <param name="NearestQuantity">NearestQuantity is the nearest valid quantity (the ticket's own when the quantity is fine).</param>
public readonly record struct TicketCheck(TicketProblem Problem, FilterRule FilterRule, string? ExchangeFilter, TicketField Field, string? Message,
    Price NearestPrice, Quantity NearestQuantity)
{
    /// <summary>IsValid is true when the ticket may be sent.</summary>
    public bool IsValid => Problem == TicketProblem.None;

    /// <summary>IsError is true for a problem worth showing before the user tries to send: anything but valid or incomplete.</summary>
    public bool IsError => Problem is not (TicketProblem.None or TicketProblem.Incomplete);
}
