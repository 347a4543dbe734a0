using System.Text.Json;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Shell;

namespace Skia.Trader.Tests.Shell;

/// <summary>The shell's files in the config directory: defaults written, bad files reported and replaced, the layout saved and restored.</summary>
public sealed class TerminalShellFilesTests
{
    [Fact]
    public void A_first_start_writes_terminal_json_with_the_defaults_and_every_hotkey_named()
    {
        using var f = new ShellFixture();
        Assert.Empty(f.Shell.Problems);
        using var json = JsonDocument.Parse(File.ReadAllText(f.ConfigFile));
        Assert.Equal("dark", json.RootElement.GetProperty("theme").GetString());
        Assert.False(json.RootElement.GetProperty("confirmOrders").GetBoolean()); // the confirm dialog is off by default
        JsonElement hotkeys = json.RootElement.GetProperty("hotkeys");
        Assert.Equal("Ctrl+X", hotkeys.GetProperty(TerminalHotkeys.CancelAll).GetString());
        Assert.Equal("F1", hotkeys.GetProperty(TerminalHotkeys.Help).GetString());
        Assert.Equal(f.Shell.Hotkeys.Actions.Count, hotkeys.EnumerateObject().Count());
        Assert.Same(Theme.Dark, f.Window.Root.Theme);
    }

    [Theory]
    [InlineData("{ \"theme\": ", "is not valid settings JSON")]
    [InlineData("{ \"theme\": \"purple\" }", "\"theme\" is \"purple\"")]
    [InlineData("{ \"tehme\": \"light\" }", "tehme")]
    [InlineData("[1, 2]", "terminal.json")]
    public void A_corrupt_config_file_is_reported_in_a_toast_replaced_by_the_defaults_and_kept_aside(string content, string expected)
    {
        var directory = ShellFixture.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "terminal.json"), content);
            using var f = new ShellFixture(directory);
            var problem = Assert.Single(f.Shell.Problems);
            Assert.Contains(expected, problem, StringComparison.Ordinal);
            Assert.Contains(problem, f.Toasts);
            Assert.Same(Theme.Dark, f.Window.Root.Theme);
            var aside = Assert.Single(Directory.GetFiles(directory, "terminal.json.corrupt-*"));
            Assert.Equal(content, File.ReadAllText(aside)); // the person's file is kept, not overwritten
            Assert.Equal("dark", JsonDocument.Parse(File.ReadAllText(f.ConfigFile)).RootElement.GetProperty("theme").GetString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_corrupt_layout_file_is_reported_and_the_built_in_layout_is_used()
    {
        var directory = ShellFixture.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "layout.json"), "{\"Splits\": {\"main-split\": 7}}");
            using var f = new ShellFixture(directory);
            var problem = Assert.Single(f.Shell.Problems);
            Assert.Contains("layout.json", problem, StringComparison.Ordinal);
            Assert.Contains("main-split", problem, StringComparison.Ordinal);
            Assert.Contains(problem, f.Toasts);
            // The built-in divider position (380 px of the 1440 px window) stands.
            Assert.Equal(380, f.Split("main-split").First!.Bounds.Width, 1);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Moving_a_divider_saves_layout_json_and_the_next_start_restores_it()
    {
        var directory = ShellFixture.NewDirectory();
        try
        {
            double saved;
            using (var f = new ShellFixture(directory))
            {
                SplitPanel main = f.Split("main-split");
                var first = main.First!.BoundsInWindow;
                var from = new SkiaSharp.SKPoint(first.Right + (SplitPanel.SplitterThickness / 2), first.MidY);
                f.Window.Drag(from, new SkiaSharp.SKPoint(from.X + 150, from.Y));
                f.Window.RenderFrame();
                Assert.Equal(530, main.First!.Bounds.Width, 2);
                using var json = JsonDocument.Parse(File.ReadAllText(f.LayoutFile));
                saved = json.RootElement.GetProperty("Splits").GetProperty("main-split").GetDouble();
                Assert.Equal(main.SplitterRatio, saved, 5);
                Assert.Empty(Directory.GetFiles(directory, ".layout.json.*")); // the atomic write left no temporary file
            }
            using (var again = new ShellFixture(directory))
            {
                Assert.Empty(again.Shell.Problems);
                Assert.Equal(saved, again.Split("main-split").SplitterRatio, 5);
                Assert.Equal(530, again.Split("main-split").First!.Bounds.Width, 2);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_named_split_of_the_screen_is_bound_to_the_layout()
    {
        using var f = new ShellFixture();
        foreach (var name in TerminalShell.SplitNames) Assert.IsType<SplitPanel>(ShellFixture.Find(f.Screen.Content, name));
        File.WriteAllText(f.LayoutFile, "{\"Splits\": {\"main-split\": 0.2, \"work-split\": 0.6, \"center-split\": 0.3, \"lower-split\": 0.7, \"page-split\": 0.8}}");
        f.RunUntil(() => Math.Abs(f.Split("page-split").SplitterRatio - 0.8) < 1e-6, "the edited layout applied");
        Assert.Equal(0.2, f.Split("main-split").SplitterRatio, 6);
        Assert.Equal(0.6, f.Split("work-split").SplitterRatio, 6);
        Assert.Equal(0.3, f.Split("center-split").SplitterRatio, 6);
        Assert.Equal(0.7, f.Split("lower-split").SplitterRatio, 6);
    }
}
