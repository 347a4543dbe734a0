using Skia.Toolkit.Input;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Shell;

/// <summary>
/// TerminalHotkeys defines the terminal's hotkey actions with their default chords (terminal/TERMINAL.md "Hotkeys"):
/// B / S buy / sell side, 1-4 quantity presets, Ctrl+B / Ctrl+S market buy / sell at the preset size, Ctrl+X cancel
/// all, Space centre the ladder, = / - grouping, Ctrl+K switch symbol, F1 this list. The names are what
/// <c>terminal.json</c>'s "hotkeys" remaps. While a text box is being edited only F1 and the market buy / sell fire
/// (<see cref="FiresWhileEditing"/>): the side hotkey leaves the keyboard in the quantity box, and B then Ctrl+B must
/// buy at once, not when the box is left. The market orders are sized by the preset, not by the box, and a chord a
/// text box uses itself (a letter, a digit, Ctrl+X cut, Ctrl+A...) still goes to the box first. Holding a chord fires
/// the action again on each auto-repeat only where that is natural (<see cref="Repeats"/>: side, presets, ladder,
/// grouping, symbol switch); the market orders, cancel all and the help toggle fire once per press, so a trader leaning
/// on Ctrl+B sends one order (the ticket's <c>OrderPressGuard</c> still stands behind that).
/// </summary>
public static class TerminalHotkeys
{
    /// <summary>FocusBuy puts the ticket on the buy side.</summary>
    public const string FocusBuy = "ticket.buySide";

    /// <summary>FocusSell puts the ticket on the sell side.</summary>
    public const string FocusSell = "ticket.sellSide";

    /// <summary>Preset25 is the 25 % quantity preset (and Preset50, Preset75, Preset100 the others).</summary>
    public const string Preset25 = "ticket.preset25";

    /// <summary>Preset50 is the 50 % quantity preset.</summary>
    public const string Preset50 = "ticket.preset50";

    /// <summary>Preset75 is the 75 % quantity preset.</summary>
    public const string Preset75 = "ticket.preset75";

    /// <summary>Preset100 is the 100 % quantity preset.</summary>
    public const string Preset100 = "ticket.preset100";

    /// <summary>MarketBuy sends a market buy at the preset size.</summary>
    public const string MarketBuy = "order.marketBuy";

    /// <summary>MarketSell sends a market sell at the preset size.</summary>
    public const string MarketSell = "order.marketSell";

    /// <summary>CancelAll cancels every open order of the symbol.</summary>
    public const string CancelAll = "orders.cancelAll";

    /// <summary>CenterLadder centres the ladder.</summary>
    public const string CenterLadder = "ladder.center";

    /// <summary>GroupingUp makes the ladder's grouping coarser.</summary>
    public const string GroupingUp = "ladder.groupingUp";

    /// <summary>GroupingDown makes the ladder's grouping finer.</summary>
    public const string GroupingDown = "ladder.groupingDown";

    /// <summary>SwitchSymbol opens the symbol switcher.</summary>
    public const string SwitchSymbol = "symbol.switch";

    /// <summary>Help shows or hides the list of hotkeys.</summary>
    public const string Help = "help";

    /// <summary>CreateMap returns the map of every action on its default chord; descriptions are <c>shell.hotkey.&lt;name&gt;</c> string keys.</summary>
    public static HotkeyMap CreateMap()
    {
        var map = new HotkeyMap();
        Define(map, FocusBuy, new Hotkey(Key.B));
        Define(map, FocusSell, new Hotkey(Key.S));
        Define(map, Preset25, new Hotkey(Key.D1));
        Define(map, Preset50, new Hotkey(Key.D2));
        Define(map, Preset75, new Hotkey(Key.D3));
        Define(map, Preset100, new Hotkey(Key.D4));
        Define(map, MarketBuy, new Hotkey(Key.B, KeyModifiers.Control));
        Define(map, MarketSell, new Hotkey(Key.S, KeyModifiers.Control));
        Define(map, CancelAll, new Hotkey(Key.X, KeyModifiers.Control));
        Define(map, CenterLadder, new Hotkey(Key.Space));
        Define(map, GroupingUp, new Hotkey(Key.Equal));
        Define(map, GroupingDown, new Hotkey(Key.Minus));
        Define(map, SwitchSymbol, new Hotkey(Key.K, KeyModifiers.Control));
        Define(map, Help, new Hotkey(Key.F1));
        return map;
    }

    /// <summary>FiresWhileEditing tells whether action <paramref name="name"/> fires while a text box is being edited: help and the market buy / sell.</summary>
    /// <param name="name">The action's name.</param>
    public static bool FiresWhileEditing(string name) => name is Help or MarketBuy or MarketSell;

    /// <summary>
    /// Repeats tells whether action <paramref name="name"/> fires again on each auto-repeat of its held chord by default:
    /// the side and preset choices, the ladder's centring and grouping and the symbol switch do; anything that sends an
    /// order or a cancel, and the help toggle, fires on the press only (the config may say otherwise per action).
    /// </summary>
    /// <param name="name">The action's name.</param>
    public static bool Repeats(string name) =>
        name is FocusBuy or FocusSell or Preset25 or Preset50 or Preset75 or Preset100 or CenterLadder or GroupingUp or GroupingDown or SwitchSymbol;

    /// <summary>DescriptionKey is the string key describing action <paramref name="name"/>.</summary>
    /// <param name="name">The action's name.</param>
    public static string DescriptionKey(string name) => "shell.hotkey." + name;

    /// <summary>
    /// Handlers maps each action to its call on <paramref name="actions"/> (the help action to <paramref name="help"/>);
    /// <paramref name="unavailable"/> is told the action's name when the call returns false (not possible now).
    /// </summary>
    /// <param name="actions">What the actions do.</param>
    /// <param name="help">Shows or hides the hotkey list.</param>
    /// <param name="unavailable">Told when an action could not act.</param>
    public static Dictionary<string, Action> Handlers(ITerminalActions actions, Action help, Action<string> unavailable)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(unavailable);
        Action Run(string name, Func<bool> act) => () =>
        {
            if (!act()) unavailable(name);
        };
        return new Dictionary<string, Action>(StringComparer.Ordinal)
        {
            [FocusBuy] = Run(FocusBuy, () => actions.FocusSide(OrderSide.Buy)),
            [FocusSell] = Run(FocusSell, () => actions.FocusSide(OrderSide.Sell)),
            [Preset25] = Run(Preset25, () => actions.ApplyPreset(25)),
            [Preset50] = Run(Preset50, () => actions.ApplyPreset(50)),
            [Preset75] = Run(Preset75, () => actions.ApplyPreset(75)),
            [Preset100] = Run(Preset100, () => actions.ApplyPreset(100)),
            [MarketBuy] = Run(MarketBuy, () => actions.PlaceMarketOrder(OrderSide.Buy)),
            [MarketSell] = Run(MarketSell, () => actions.PlaceMarketOrder(OrderSide.Sell)),
            [CancelAll] = Run(CancelAll, actions.CancelAll),
            [CenterLadder] = Run(CenterLadder, actions.RecenterLadder),
            [GroupingUp] = Run(GroupingUp, () => actions.CycleGrouping(+1)),
            [GroupingDown] = Run(GroupingDown, () => actions.CycleGrouping(-1)),
            [SwitchSymbol] = Run(SwitchSymbol, actions.SwitchToNextSymbol),
            [Help] = help,
        };
    }

    /// <summary>ChordText writes a chord as the help list shows it ("Ctrl+B", "=", "-", "Space"), or null for none.</summary>
    /// <param name="chord">The chord.</param>
    public static string? ChordText(Hotkey? chord)
    {
        if (chord is not Hotkey c) return null;
        var text = c.ToString();
        return c.Key switch
        {
            Key.Equal => text[..^"Equal".Length] + "=",
            Key.Minus => text[..^"Minus".Length] + "-",
            _ => text,
        };
    }

    private static void Define(HotkeyMap map, string name, Hotkey chord) => map.Define(name, chord, DescriptionKey(name), FiresWhileEditing(name), Repeats(name));
}
