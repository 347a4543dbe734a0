using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Shell;

/// <summary>
/// ITerminalActions is what the terminal's hotkeys do (<see cref="TerminalHotkeys"/>), in one place: the screen implements
/// it and the shell calls it, whichever panel has focus. Each member returns whether it acted; false means the action is
/// not possible now (not connected, no ticket bound, or not connected to its panel yet) and the shell says so in a toast.
/// <para>The members with a body here are NOT CONNECTED on this branch: their targets (the ladder's re-centring and
/// grouping, the ticket's presets and market orders, the screen's symbol switch) are built in parallel, and the screen
/// overrides each member with a call to its target when they are merged. Until then they return false.</para>
/// </summary>
public interface ITerminalActions
{
    /// <summary>FocusSide puts the ticket on the buy or the sell side.</summary>
    /// <param name="side">The side.</param>
    bool FocusSide(OrderSide side);

    /// <summary>CancelAll cancels every open order of the symbol on screen.</summary>
    bool CancelAll();

    /// <summary>ApplyPreset sets the ticket's quantity to <paramref name="percent"/> (25, 50, 75 or 100) of the available balance. Connect at merge: the ticket's preset.</summary>
    /// <param name="percent">The share of the available balance.</param>
    bool ApplyPreset(int percent) => false;

    /// <summary>PlaceMarketOrder sends a market order on <paramref name="side"/> at the ticket's preset size. Connect at merge: the ticket's market order.</summary>
    /// <param name="side">The side.</param>
    bool PlaceMarketOrder(OrderSide side) => false;

    /// <summary>RecenterLadder centres the ladder on the market. Connect at merge: the ladder's Recenter.</summary>
    bool RecenterLadder() => false;

    /// <summary>CycleGrouping moves the ladder's price grouping one step coarser (+1) or finer (-1). Connect at merge: the ladder's CycleGrouping.</summary>
    /// <param name="direction">+1 coarser, -1 finer.</param>
    bool CycleGrouping(int direction) => false;

    /// <summary>SwitchSymbol opens the symbol switcher. Connect at merge: the screen's SwitchSymbol.</summary>
    bool SwitchSymbol() => false;
}
