using Skia.Toolkit.Input;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Shell;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Tests.Shell;

/// <summary>The hotkey actions: the defaults of terminal/TERMINAL.md, one handler per action calling the right target, every action described in both languages.</summary>
public sealed class TerminalHotkeysTests
{
    [Fact]
    public void The_defaults_are_those_of_TERMINAL_md()
    {
        HotkeyMap map = TerminalHotkeys.CreateMap();
        Assert.Equal(new Hotkey(Key.B), map.ChordOf(TerminalHotkeys.FocusBuy));
        Assert.Equal(new Hotkey(Key.S), map.ChordOf(TerminalHotkeys.FocusSell));
        Assert.Equal(new Hotkey(Key.D1), map.ChordOf(TerminalHotkeys.Preset25));
        Assert.Equal(new Hotkey(Key.D4), map.ChordOf(TerminalHotkeys.Preset100));
        Assert.Equal(new Hotkey(Key.B, KeyModifiers.Control), map.ChordOf(TerminalHotkeys.MarketBuy));
        Assert.Equal(new Hotkey(Key.S, KeyModifiers.Control), map.ChordOf(TerminalHotkeys.MarketSell));
        Assert.Equal(new Hotkey(Key.X, KeyModifiers.Control), map.ChordOf(TerminalHotkeys.CancelAll));
        Assert.Equal(new Hotkey(Key.Space), map.ChordOf(TerminalHotkeys.CenterLadder));
        Assert.Equal(new Hotkey(Key.K, KeyModifiers.Control), map.ChordOf(TerminalHotkeys.SwitchSymbol));
        Assert.Equal(new Hotkey(Key.F1), map.ChordOf(TerminalHotkeys.Help));
        foreach (var action in map.Actions) Assert.Equal(action.Name is TerminalHotkeys.Help or TerminalHotkeys.MarketBuy or TerminalHotkeys.MarketSell, action.FiresWhileEditing);
    }

    [Fact]
    public void Every_action_has_a_handler_that_calls_its_target()
    {
        var actions = new RecordingActions();
        var unavailable = new List<string>();
        var help = 0;
        var handlers = TerminalHotkeys.Handlers(actions, () => help++, unavailable.Add);
        Assert.Equal(TerminalHotkeys.CreateMap().Actions.Select(a => a.Name).Order(), handlers.Keys.Order());
        foreach (var name in handlers.Keys) handlers[name]();
        Assert.Equal(
            ["side Buy", "side Sell", "preset 25", "preset 50", "preset 75", "preset 100", "market Buy", "market Sell", "cancel all", "recenter", "grouping 1", "grouping -1", "switch symbol"],
            actions.Calls);
        Assert.Equal(1, help);
        // The recorder acts only on the side and cancel all: every other action reports it could not act.
        Assert.Equal(handlers.Keys.Count - 4, unavailable.Count); // all but the two sides, cancel all and help
        Assert.DoesNotContain(TerminalHotkeys.CancelAll, unavailable);
    }

    [Fact]
    public void Every_action_is_described_in_english_and_chinese()
    {
        var english = TerminalStrings.BuiltIn("en");
        var chinese = TerminalStrings.BuiltIn("zh-CN");
        foreach (var action in TerminalHotkeys.CreateMap().Actions)
        {
            Assert.True(english.ContainsKey(action.DescriptionKey), action.DescriptionKey);
            Assert.NotEqual(english[action.DescriptionKey], chinese[action.DescriptionKey]);
        }
    }

    [Theory]
    [InlineData(Key.Equal, KeyModifiers.None, "=")]
    [InlineData(Key.Minus, KeyModifiers.Control, "Ctrl+-")]
    [InlineData(Key.D1, KeyModifiers.None, "1")]
    [InlineData(Key.B, KeyModifiers.Control | KeyModifiers.Shift, "Ctrl+Shift+B")]
    public void Chords_are_shown_as_on_the_keyboard(Key key, KeyModifiers modifiers, string expected) =>
        Assert.Equal(expected, TerminalHotkeys.ChordText(new Hotkey(key, modifiers)));

    // Only FocusSide and CancelAll are implemented: the other members keep the interface's "not connected" answer.
    private sealed class RecordingActions : ITerminalActions
    {
        public List<string> Calls { get; } = [];

        public bool FocusSide(OrderSide side)
        {
            Calls.Add("side " + side);
            return true;
        }

        public bool CancelAll()
        {
            Calls.Add("cancel all");
            return true;
        }

        bool ITerminalActions.ApplyPreset(int percent) => Record("preset " + percent);

        bool ITerminalActions.PlaceMarketOrder(OrderSide side) => Record("market " + side);

        bool ITerminalActions.RecenterLadder() => Record("recenter");

        bool ITerminalActions.CycleGrouping(int direction) => Record("grouping " + direction);

        bool ITerminalActions.SwitchToNextSymbol() => Record("switch symbol");

        bool ITerminalActions.ClearTicket() => Record("clear ticket");

        private bool Record(string call)
        {
            Calls.Add(call);
            return false;
        }
    }
}
