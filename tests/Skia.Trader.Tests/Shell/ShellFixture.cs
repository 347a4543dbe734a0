using Skia.Toolkit.Core;
using Skia.Toolkit.Settings;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Shell;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// ShellFixture is the default screen in a headless test window with a <see cref="TerminalShell"/> over a config directory
/// of its own, on a string table of its own (so no test changes the language other tests see). The test's thread is the
/// window's UI thread; file-watcher results arrive through the window's dispatcher, run by <see cref="RunUntil"/>.
/// </summary>
internal sealed class ShellFixture : IDisposable
{
    private readonly bool _ownsDirectory;

    public ShellFixture(string? directory = null, ShellStart? start = null)
    {
        _ownsDirectory = directory is null;
        Directory = directory ?? NewDirectory();
        Strings = new StringTable(TerminalStrings.BuiltIn("en"));
        Strings.AddLanguage("zh-CN", TerminalStrings.BuiltIn("zh-CN"));
        Shell = new TerminalShell(Directory, start ?? new ShellStart(Language: "en"), Strings);
        Shell.Load();
        Screen = new TerminalScreen("BTCUSDT", "SIM");
        Window = new TestWindow(Screen.Content, 1440, 900);
        Shell.Attach(Screen.Content, Screen, Window.Root, Window.Window.Dispatcher.Post);
        Window.RenderFrame();
    }

    public string Directory { get; }

    public StringTable Strings { get; }

    public TerminalShell Shell { get; }

    public TerminalScreen Screen { get; }

    public TestWindow Window { get; }

    public string ConfigFile => Path.Combine(Directory, TerminalShell.ConfigFileName);

    public string LayoutFile => Path.Combine(Directory, TerminalShell.LayoutFileName);

    public IEnumerable<string> Toasts => Screen.Content.Toasts.Select(t => t.Message);

    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "skia-trader-shell-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    public SplitPanel Split(string name) => (SplitPanel)Find(Screen.Content, name)!;

    public static Widget? Find(Widget widget, string name)
    {
        if (widget.Name == name) return widget;
        foreach (var child in widget.Children)
        {
            if (Find(child, name) is { } found) return found;
        }
        return null;
    }

    /// <summary>RunUntil runs the window's loop (posted work, frames) until <paramref name="condition"/> holds; the deadline only matters when it is broken.</summary>
    public void RunUntil(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + UiThreadWaits.Deadline;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Never happened: " + what + "\nproblems: " + string.Join(" | ", Shell.Problems));
            Window.Window.RunOnce(TimeSpan.FromMilliseconds(10));
        }
    }

    /// <summary>Settle runs the loop a while, for the watcher to deliver what it would (used before asserting that nothing changed).</summary>
    public void Settle()
    {
        var end = DateTime.UtcNow + TerminalShell.ReloadDelay * 10;
        while (DateTime.UtcNow < end) Window.Window.RunOnce(TimeSpan.FromMilliseconds(10));
    }

    public void Dispose()
    {
        Shell.Dispose();
        Window.Dispose();
        Screen.Dispose();
        if (_ownsDirectory) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
