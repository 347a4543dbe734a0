using Skia.Toolkit.Input;
using Skia.Toolkit.Settings;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Settings;

public class HotkeyMapTests
{
    private static HotkeyMap TerminalMap() => new HotkeyMap()
        .Define("market.buy", Hotkey.Parse("Ctrl+B"), "hotkey.market.buy")
        .Define("market.sell", Hotkey.Parse("Ctrl+S"), "hotkey.market.sell")
        .Define("ladder.centre", Hotkey.Parse("Space"), "hotkey.ladder.centre")
        .Define("help", Hotkey.Parse("F1"), "hotkey.help", firesWhileEditing: true)
        .Define("orders.cancelAll", null, "hotkey.orders.cancelAll");

    [Fact]
    public void The_listing_shows_each_action_with_its_chord_and_description_key_in_order()
    {
        var actions = TerminalMap().Actions;
        Assert.Equal(["market.buy", "market.sell", "ladder.centre", "help", "orders.cancelAll"], actions.Select(a => a.Name));
        Assert.Equal(new HotkeyAction("market.buy", new Hotkey(Key.B, KeyModifiers.Control), "hotkey.market.buy", false), actions[0]);
        Assert.True(actions[3].FiresWhileEditing);
        Assert.Null(actions[4].Chord);
    }

    [Fact]
    public void A_config_remaps_and_round_trips_through_text()
    {
        var map = TerminalMap();
        var problems = map.Remap(new Dictionary<string, string> { ["market.buy"] = "ctrl+shift+b", ["orders.cancelAll"] = "Alt+X", ["ladder.centre"] = "none" });
        Assert.Empty(problems);
        Assert.Equal(new Hotkey(Key.B, KeyModifiers.Control | KeyModifiers.Shift), map.ChordOf("market.buy"));
        Assert.Null(map.ChordOf("ladder.centre"));
        var config = map.ToConfig();
        Assert.Equal("Ctrl+Shift+B", config["market.buy"]);
        Assert.Equal("none", config["ladder.centre"]);

        var copy = TerminalMap();
        Assert.Empty(copy.Remap(config));
        Assert.Equal(map.Actions, copy.Actions);
    }

    [Fact]
    public void Whether_a_held_chord_repeats_is_the_actions_default_and_the_config_can_say_it_with_a_word_after_the_chord()
    {
        var map = TerminalMap().Define("ladder.down", Hotkey.Parse("PageDown"), "hotkey.ladder.down", repeats: true);
        Assert.False(map.Repeats("market.buy")); // an action that does not say repeats fires on the press only
        Assert.True(map.Repeats("ladder.down"));
        Assert.True(map.Actions[^1].Repeats);

        var problems = map.Remap(new Dictionary<string, string> { ["market.sell"] = "Ctrl+S repeat", ["ladder.down"] = " PageUp  ONCE ", ["ladder.centre"] = "Space once" });
        Assert.Empty(problems);
        Assert.True(map.Repeats("market.sell"));
        Assert.False(map.Repeats("ladder.down"));
        Assert.Equal(Hotkey.Parse("PageUp"), map.ChordOf("ladder.down"));
        var config = map.ToConfig();
        Assert.Equal(("Ctrl+S repeat", "PageUp once", "Space", "Ctrl+B"), (config["market.sell"], config["ladder.down"], config["ladder.centre"], config["market.buy"]));
        var copy = TerminalMap().Define("ladder.down", Hotkey.Parse("PageDown"), "hotkey.ladder.down", repeats: true);
        Assert.Empty(copy.Remap(config));
        Assert.Equal(map.Actions, copy.Actions);

        // Applying a config without the word puts the default back, as for a chord (a hot reload after the word is removed).
        map.Remap(new Dictionary<string, string>());
        Assert.False(map.Repeats("market.sell"));
        Assert.True(map.Repeats("ladder.down"));

        var problem = Assert.Single(map.Remap(new Dictionary<string, string> { ["market.buy"] = "Ctrl+B twice" }));
        Assert.Contains("is not a key chord", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Hotkey.Parse("Ctrl+B"), map.ChordOf("market.buy"));
    }

    [Fact]
    public void A_runaway_or_binary_entry_is_quoted_short_and_printable_in_its_problem()
    {
        var map = TerminalMap();
        var problems = map.Remap(new Dictionary<string, string> { ["market.buy"] = new string('A', 500_000), ["\u0000bad\nname"] = "Ctrl+Q", ["market.sell"] = "Ctrl+\u0007" });
        Assert.Equal(3, problems.Count);
        foreach (var problem in problems)
        {
            Assert.True(problem.Message.Length < 250, problem.Message);
            Assert.DoesNotContain(problem.Message, char.IsControl);
        }
        Assert.Contains(problems, p => p.Message.StartsWith("\"" + new string('A', 40) + "...\" for \"market.buy\" is not a key chord", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "There is no hotkey action \"?bad?name\"; the entry is ignored.");
    }

    [Fact]
    public void A_remapped_action_keeps_its_repeating_in_the_window_registry()
    {
        var map = TerminalMap().Define("ladder.down", Hotkey.Parse("PageDown"), "hotkey.ladder.down", repeats: true);
        using var window = new TestWindow(new Label("x"), 100, 30);
        var downs = 0;
        var buys = 0;
        using var registration = new HotkeyMapRegistration(map, window.Root, new Dictionary<string, Action> { ["ladder.down"] = () => downs++, ["market.buy"] = () => buys++ });
        window.KeyHold(Key.PageDown, KeyModifiers.None, repeats: 4, TimeSpan.FromMilliseconds(50));
        window.KeyHold(Key.B, KeyModifiers.Control, repeats: 4, TimeSpan.FromMilliseconds(600));
        Assert.Equal((5, 1), (downs, buys));

        map.Remap(new Dictionary<string, string> { ["ladder.down"] = "PageDown once", ["market.buy"] = "Ctrl+B repeat" });
        window.KeyHold(Key.PageDown, KeyModifiers.None, repeats: 4, TimeSpan.FromMilliseconds(50));
        window.KeyHold(Key.B, KeyModifiers.Control, repeats: 4, TimeSpan.FromMilliseconds(600));
        Assert.Equal((6, 6), (downs, buys));
    }

    [Fact]
    public void Swapping_two_chords_in_one_config_is_not_a_conflict()
    {
        var map = TerminalMap();
        Assert.Empty(map.Remap(new Dictionary<string, string> { ["market.buy"] = "Ctrl+S", ["market.sell"] = "Ctrl+B" }));
        Assert.Equal("market.sell", map.ActionFor(Hotkey.Parse("Ctrl+B")));
    }

    [Fact]
    public void Two_actions_on_one_chord_are_reported_and_the_one_the_user_named_keeps_it()
    {
        var map = TerminalMap();
        var problem = Assert.Single(map.Remap(new Dictionary<string, string> { ["market.sell"] = "Ctrl+B" }));
        Assert.Equal("market.buy", problem.Action);
        Assert.Equal("Ctrl+B is set for both \"market.buy\" and \"market.sell\"; \"market.sell\" keeps it and \"market.buy\" has no hotkey.", problem.Message);
        Assert.Equal("market.sell", map.ActionFor(Hotkey.Parse("Ctrl+B")));
        Assert.Null(map.ChordOf("market.buy"));

        var named = TerminalMap();
        var both = named.Remap(new Dictionary<string, string> { ["market.sell"] = "F5", ["help"] = "F5" });
        Assert.Equal("help", Assert.Single(both).Action); // both named: the one defined first keeps it, the other is reported
        Assert.Equal("market.sell", named.ActionFor(Hotkey.Parse("F5")));
        Assert.Null(named.ChordOf("help"));
    }

    [Fact]
    public void Unknown_actions_unreadable_and_reserved_chords_are_reported_and_the_defaults_kept()
    {
        var map = TerminalMap();
        var problems = map.Remap(new Dictionary<string, string>
        {
            ["market.buyy"] = "Ctrl+Y",
            ["market.buy"] = "Ctrl+Banana",
            ["market.sell"] = "Escape",
        });
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("no hotkey action \"market.buyy\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("\"Ctrl+Banana\" for \"market.buy\" is not a key chord", StringComparison.Ordinal) && p.Message.Contains("default Ctrl+B is kept", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("Escape for \"market.sell\" is reserved", StringComparison.Ordinal));
        Assert.Equal(Hotkey.Parse("Ctrl+B"), map.ChordOf("market.buy"));
        Assert.Equal(Hotkey.Parse("Ctrl+S"), map.ChordOf("market.sell"));
    }

    [Fact]
    public void Clashing_defaults_are_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => TerminalMap().Define("other", Hotkey.Parse("Ctrl+B"), "x"));
        Assert.Throws<ArgumentException>(() => TerminalMap().Define("help", null, "x"));
        Assert.Throws<ArgumentException>(() => TerminalMap().Define("tab", Hotkey.Parse("Tab"), "x"));
    }

    [Fact]
    public void Registered_hotkeys_fire_from_any_panel_but_not_while_a_text_box_is_edited_unless_they_say_so()
    {
        var quantity = new TextBox();
        var panel = new Stack { quantity, new Button("Buy") };
        using var window = new TestWindow(panel);
        window.RenderFrame();
        var map = TerminalMap();
        var fired = new List<string>();
        using var registration = new HotkeyMapRegistration(map, window.Root, new Dictionary<string, Action>
        {
            ["market.buy"] = () => fired.Add("buy"),
            ["help"] = () => fired.Add("help"),
        }, key => key.ToUpperInvariant());

        Assert.Contains(window.Root.Hotkeys.Bindings, b => b.Description == "HOTKEY.MARKET.BUY");
        window.KeyPress(Key.B, KeyModifiers.Control);
        Assert.Equal(["buy"], fired);

        Assert.True(quantity.Focus());
        window.KeyPress(Key.B, KeyModifiers.Control);
        window.KeyPress(Key.F1);
        Assert.Equal(["buy", "help"], fired);

        // A hot-reloaded config moves the action: the old chord is free, the new one fires.
        window.Root.ClearFocus();
        map.Remap(new Dictionary<string, string> { ["market.buy"] = "Alt+B" });
        window.KeyPress(Key.B, KeyModifiers.Control);
        window.KeyPress(Key.B, KeyModifiers.Alt);
        Assert.Equal(["buy", "help", "buy"], fired);

        registration.Dispose();
        Assert.Empty(window.Root.Hotkeys.Bindings);
    }

    [Fact]
    public void A_chord_the_window_already_uses_is_reported_not_thrown()
    {
        using var window = new TestWindow(new Stack());
        window.Root.Hotkeys.Register(Hotkey.Parse("Ctrl+B"), "something else", () => { });
        using var registration = new HotkeyMapRegistration(TerminalMap(), window.Root, new Dictionary<string, Action> { ["market.buy"] = () => { } });
        Assert.Equal("market.buy", Assert.Single(registration.Problems).Action);
    }

    [Fact]
    public void A_hotkeys_file_edited_while_running_remaps_and_a_conflict_in_it_is_reported()
    {
        using var dir = new TempConfigDirectory();
        var map = TerminalMap();
        using var store = new SettingsStore<Dictionary<string, string>>(dir.File("hotkeys.json"), HotkeyMap.ConfigJsonTypeInfo, map.ToConfig);
        Assert.Empty(map.Remap(store.Load()));
        Assert.True(store.Save(map.ToConfig()));
        var problems = new List<HotkeyMapProblem>();
        store.Reloaded += (_, e) => problems.AddRange(map.Remap(e.Value));

        File.WriteAllText(dir.File("hotkeys.json"), "{\"market.buy\": \"F2\", \"market.sell\": \"F2\"}");
        var posted = new List<Action>();
        store.ReloadFromDisk(posted.Add);
        Assert.Single(posted).Invoke();

        Assert.Equal("market.buy", map.ActionFor(Hotkey.Parse("F2")));
        Assert.Null(map.ChordOf("market.sell"));
        Assert.Equal("market.sell", Assert.Single(problems).Action);
    }
}
