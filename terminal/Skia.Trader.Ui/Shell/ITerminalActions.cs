using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Shell;

/// <summary>
/// ITerminalActions is what the terminal's hotkeys do (<see cref="TerminalHotkeys"/>), in one place: the screen implements
/// it and the shell calls it, whichever panel has focus. Each member returns whether it acted; false means the action is
/// not possible now (not connected, no ticket bound, or not connected to its panel yet) and the shell says so in a toast.
/// </summary>
public interface ITerminalActions
{
    /// <summary>FocusSide puts the ticket on the buy or the sell side.</summary>
    /// <param name="side">The side.</param>
    bool FocusSide(OrderSide side);

    /// <summary>CancelAll cancels every open order of the symbol on screen.</summary>
    bool CancelAll();

    /// <summary>ApplyPreset sets the ticket's quantity to <paramref name="percent"/> (25, 50, 75 or 100) of the available balance.</summary>
    /// <param name="percent">The share of the available balance.</param>
    bool ApplyPreset(int percent);

    /// <summary>PlaceMarketOrder sends a market order on <paramref name="side"/> at the ticket's preset size.</summary>
    /// <param name="side">The side.</param>
    bool PlaceMarketOrder(OrderSide side);

    /// <summary>RecenterLadder centres the ladder on the market.</summary>
    bool RecenterLadder();

    /// <summary>CycleGrouping moves the ladder's price grouping one step coarser (+1) or finer (-1).</summary>
    /// <param name="direction">+1 coarser, -1 finer.</param>
    bool CycleGrouping(int direction);

    /// <summary>ClearTicket empties the ticket's price, stop price and quantity (Esc with no box being edited and no popup open).</summary>
    bool ClearTicket();

    /// <summary>SwitchSymbol shows the next followed symbol (watchlist order, wrapping).</summary>
    bool SwitchToNextSymbol();
}
