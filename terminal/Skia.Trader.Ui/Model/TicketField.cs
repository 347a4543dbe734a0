namespace Skia.Trader.Ui.Model;

/// <summary>TicketField names the ticket's input a check is about (so the form can mark that box).</summary>
public enum TicketField
{
    /// <summary>None: the check is about no one field (valid, or no market price).</summary>
    None,

    /// <summary>Price: the limit price.</summary>
    Price,

    /// <summary>StopPrice: the stop (trigger) price.</summary>
    StopPrice,

    /// <summary>Quantity: the base quantity.</summary>
    Quantity,
}
