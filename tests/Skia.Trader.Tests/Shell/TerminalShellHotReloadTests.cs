using Skia.Toolkit.Input;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Shell;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// Hot reload (issue 15): an edit of the theme, the layout, the hotkeys or the UI strings in the config directory reaches
/// the running terminal through the file watcher and is applied in the frame after it is read; a broken edit is reported
/// in a toast and the last good value stays.
/// </summary>
public sealed class TerminalShellHotReloadTests
{
    [Fact]
    public void An_edit_of_the_theme_is_applied_and_a_broken_edit_keeps_the_last_good_theme()
    {
        using var f = new ShellFixture();
        Assert.Same(Theme.Dark, f.Window.Root.Theme);
        File.WriteAllText(f.ConfigFile, "{ \"theme\": \"light\" }");
        f.RunUntil(() => ReferenceEquals(f.Window.Root.Theme, Theme.Light), "the light theme applied");
        Assert.Equal(Theme.Light.Background, f.Window.Root.Background); // the next frame is cleared light

        File.WriteAllText(f.ConfigFile, "{ \"theme\": \"light\", ");
        f.RunUntil(() => f.Shell.Problems.Count == 1, "the broken edit reported");
        Assert.Contains("terminal.json", f.Shell.Problems[0], StringComparison.Ordinal);
        Assert.Contains("last good", f.Shell.Problems[0], StringComparison.Ordinal);
        Assert.Contains(f.Shell.Problems[0], f.Toasts);
        Assert.Same(Theme.Light, f.Window.Root.Theme);
        Assert.Equal("{ \"theme\": \"light\", ", File.ReadAllText(f.ConfigFile)); // the person's file is left to fix
    }

    [Fact]
    public void The_command_line_theme_wins_at_start_and_a_later_edit_of_the_file_applies()
    {
        using var f = new ShellFixture(start: new ShellStart(Theme: "light", Language: "en"));
        Assert.Same(Theme.Light, f.Window.Root.Theme);
        Assert.Contains("\"theme\": \"dark\"", File.ReadAllText(f.ConfigFile), StringComparison.Ordinal); // --theme is not saved
        File.WriteAllText(f.ConfigFile, "{ \"theme\": \"dark\", \"confirmOrders\": true }");
        f.RunUntil(() => f.Shell.Config.ConfirmOrders, "the edit read");
        Assert.Same(Theme.Light, f.Window.Root.Theme); // the file's theme did not change: --theme stands
        File.WriteAllText(f.ConfigFile, "{ \"theme\": \"light\" }");
        f.RunUntil(() => f.Shell.Config.Theme == "light", "the second edit read");
        File.WriteAllText(f.ConfigFile, "{ \"theme\": \"dark\" }");
        f.RunUntil(() => ReferenceEquals(f.Window.Root.Theme, Theme.Dark), "the edited theme applied");
    }

    [Fact]
    public void An_edit_of_the_layout_moves_the_dividers_and_a_broken_edit_leaves_them()
    {
        using var f = new ShellFixture();
        SplitPanel main = f.Split("main-split");
        File.WriteAllText(f.LayoutFile, "{\"Splits\": {\"main-split\": 0.25}}");
        f.RunUntil(() => Math.Abs(main.SplitterRatio - 0.25) < 1e-6, "the layout applied");
        f.Window.RenderFrame();
        Assert.InRange(main.First!.Bounds.Width, ((1440 - SplitPanel.SplitterThickness) * 0.25) - 1, ((1440 - SplitPanel.SplitterThickness) * 0.25) + 1); // whole pixels

        File.WriteAllText(f.LayoutFile, "{\"Splits\": {\"main-split\": \"wide\"}}");
        f.RunUntil(() => f.Shell.Problems.Count == 1, "the broken layout reported");
        Assert.Contains("layout.json", f.Shell.Problems[0], StringComparison.Ordinal);
        Assert.Equal(0.25, main.SplitterRatio, 6);
    }

    [Fact]
    public void An_edit_of_the_hotkeys_rebinds_them_at_once()
    {
        using var f = new ShellFixture();
        File.WriteAllText(f.ConfigFile, "{ \"hotkeys\": { \"ticket.sellSide\": \"F5\" } }");
        f.RunUntil(() => f.Shell.Hotkeys.ChordOf(TerminalHotkeys.FocusSell) == new Hotkey(Key.F5), "the hotkey remapped");
        f.Window.KeyPress(Key.S);
        Assert.Equal(0, f.Screen.Ticket.SideChoice.SelectedIndex); // S no longer sells
        f.Window.KeyPress(Key.F5);
        Assert.Equal(1, f.Screen.Ticket.SideChoice.SelectedIndex);
    }

    [Fact]
    public void An_edit_of_a_strings_file_changes_the_text_on_screen_and_a_broken_edit_keeps_the_last_good_text()
    {
        using var f = new ShellFixture();
        var label = new Label();
        f.Shell.Localize(label, "shell.live");
        Assert.Equal("LIVE", label.Text);
        var file = Path.Combine(f.Directory, TerminalShell.StringsFileName("en"));
        File.WriteAllText(file, "{ \"shell.live\": \"REAL MONEY\" }");
        f.RunUntil(() => label.Text == "REAL MONEY", "the edited string shown");
        Assert.Equal("REAL MONEY", f.Strings["shell.live"]);

        File.WriteAllText(file, "{ \"shell.lve\": \"typo\" }");
        f.RunUntil(() => f.Shell.Problems.Count == 1, "the unknown key reported");
        Assert.Contains("shell.lve", f.Shell.Problems[0], StringComparison.Ordinal);
        Assert.Equal("REAL MONEY", label.Text);
    }

    [Fact]
    public void An_edit_of_the_language_switches_the_localized_texts()
    {
        using var f = new ShellFixture();
        var label = new Label();
        f.Shell.Localize(label, "shell.live");
        File.WriteAllText(f.ConfigFile, "{ \"language\": \"zh-CN\" }");
        f.RunUntil(() => label.Text == "实盘", "the Chinese text shown");
        File.WriteAllText(f.ConfigFile, "{ \"language\": \"fr\" }");
        f.RunUntil(() => f.Shell.Problems.Count == 1, "the missing language reported");
        Assert.Contains("\"fr\"", f.Shell.Problems[0], StringComparison.Ordinal);
        Assert.Equal("LIVE", label.Text); // English, as the toast says
    }
}
