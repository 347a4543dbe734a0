using System.Diagnostics;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// TerminalProcess is the skia-trader program (the one built next to the tests) running as a user runs it, in a real
/// window on the tests' own X display or headless. The test reads what the screen shows from the markup file the
/// terminal keeps up to date (<c>--live-markup</c>), finds a widget's place there, and drives it with xdotool.
/// Every wait polls with a deadline and, when it runs out, fails with what it waited for, the last screen seen and the
/// program's standard error.
/// </summary>
internal sealed class TerminalProcess : IDisposable
{
    /// <summary>
    /// Deadline bounds every wait: generous, because it only matters when something is broken (on this shared 2-core
    /// machine at a load average of 60, connecting alone took over 30 s).
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(15);
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly string _folder;
    private string? _windowId;
    private ScreenMarkup? _last;

    private TerminalProcess(Process process, string folder, string? display)
    {
        _process = process;
        _folder = folder;
        Display = display;
    }

    /// <summary>ProcessId is the program's process id (to stop and continue it as a starved machine would).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Display is the X display of the window, or null for a headless run.</summary>
    public string? Display { get; }

    /// <summary>MarkupPath is the file the terminal keeps its screen in.</summary>
    public string MarkupPath => Path.Combine(_folder, "screen.txt");

    /// <summary>Stderr is what the program wrote to standard error so far.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    /// <summary>
    /// Start runs skia-trader with <paramref name="arguments"/> plus <c>--live-markup</c>, in a window on
    /// <paramref name="display"/> (at scale 1, so markup bounds are window pixels) or, when it is null, headless.
    /// </summary>
    public static TerminalProcess Start(string? display, params string[] arguments)
    {
        var folder = Path.Combine(Path.GetTempPath(), "skia-trader-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "skia-trader.dll"));
        // Its own config and log directories: the user's terminal.json (a confirm dialog, remapped hotkeys) must not
        // change what the test drives, and the test must not write the user's files.
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(folder, "config");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(folder, "state");
        if (display is null)
        {
            start.ArgumentList.Add("--headless");
            start.ArgumentList.Add("--exit-after"); // a headless run without it ends after its first frame
            start.ArgumentList.Add("600");
            start.Environment.Remove("DISPLAY");
        }
        else
        {
            start.Environment["DISPLAY"] = display;
            foreach (var a in new[] { "--window", "--scale", "1" }) start.ArgumentList.Add(a);
        }
        start.ArgumentList.Add("--live-markup");
        start.ArgumentList.Add(Path.Combine(folder, "screen.txt"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var terminal = new TerminalProcess(process, folder, display);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (terminal._stderr) terminal._stderr.Append(e.Data).Append('\n');
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return terminal;
    }

    /// <summary>Screen reads the markup file as it is now, or null before the first write.</summary>
    public ScreenMarkup? Screen()
    {
        string text;
        try
        {
            text = File.ReadAllText(MarkupPath);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        if (text.Length == 0) return null;
        return _last = ScreenMarkup.Parse(text);
    }

    /// <summary>WaitFor polls the screen until <paramref name="condition"/> holds and returns that screen; it fails with <paramref name="what"/> after <see cref="Deadline"/> or when the program exits.</summary>
    public ScreenMarkup WaitFor(Func<ScreenMarkup, bool> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Screen() is { } screen && condition(screen)) return screen;
            if (_process.HasExited) Assert.Fail($"skia-trader exited ({_process.ExitCode}) while waiting for {what}.\n{Evidence()}");
            if (clock.Elapsed > (timeout ?? Deadline)) Assert.Fail($"Never happened within {(timeout ?? Deadline).TotalSeconds:0} s: {what}.\n{Evidence()}");
            Thread.Sleep(PollInterval);
        }
    }

    /// <summary>WaitForExit waits (up to <see cref="Deadline"/>) for the program to end by itself and returns its exit code.</summary>
    public int WaitForExit()
    {
        if (!_process.WaitForExit(Deadline)) Assert.Fail($"skia-trader did not exit within {Deadline.TotalSeconds:0} s.\n{Evidence()}");
        _process.WaitForExit(); // the standard error reader has seen everything
        return _process.ExitCode;
    }

    /// <summary>WaitForStderr polls standard error until it holds <paramref name="text"/>.</summary>
    public string WaitForStderr(string text)
    {
        var clock = Stopwatch.StartNew();
        while (!Stderr.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > Deadline) Assert.Fail($"Standard error never said \"{text}\".\n{Evidence()}");
            Thread.Sleep(PollInterval);
        }
        return Stderr;
    }

    /// <summary>WindowId is the X window of the program (found by its process id, which GLFW sets as _NET_WM_PID).</summary>
    public string WindowId
    {
        get
        {
            if (_windowId is not null) return _windowId;
            Assert.NotNull(Display);
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var (code, output, _) = Xdotool.TryRun(Display!, "search", "--pid", _process.Id.ToString(CultureInfo.InvariantCulture));
                var id = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                if (code == 0 && id is not null) return _windowId = id;
                if (_process.HasExited || clock.Elapsed > Deadline) Assert.Fail($"No X window of skia-trader (pid {_process.Id}) on {Display}.\n{Evidence()}");
                Thread.Sleep(PollInterval);
            }
        }
    }

    /// <summary>MoveTo moves the pointer to <paramref name="point"/> (window coordinates).</summary>
    public void MoveTo(SKPoint point) =>
        Xdotool.Run(Display!, "mousemove", "--window", WindowId, Pixel(point.X), Pixel(point.Y));

    /// <summary>Click moves the pointer to <paramref name="point"/> and clicks the left button <paramref name="times"/> times, <paramref name="gap"/> apart (2 and 80 ms: a double click).</summary>
    public void Click(SKPoint point, int times = 1, int gap = 80) =>
        Xdotool.Run(Display!, "mousemove", "--window", WindowId, Pixel(point.X), Pixel(point.Y),
            "click", "--repeat", times.ToString(CultureInfo.InvariantCulture), "--delay", gap.ToString(CultureInfo.InvariantCulture), "1");

    /// <summary>Click clicks the middle of <paramref name="widget"/>.</summary>
    public void Click(MarkupNode widget, int times = 1) => Click(widget.Centre, times);

    /// <summary>Type types <paramref name="text"/> into whatever has the keyboard focus (the window under the pointer: Xvfb has no window manager).</summary>
    public void Type(string text) => Xdotool.Run(Display!, "type", "--delay", "15", text);

    /// <summary>Key presses <paramref name="chord"/> (xdotool's names: "1", "ctrl+b", "Right") on whatever has the keyboard focus.</summary>
    public void Key(string chord) => Xdotool.Run(Display!, "key", "--delay", "15", chord);

    /// <summary>Evidence is the last screen seen and standard error, for a failure message.</summary>
    public string Evidence() => $"--- last screen ---\n{_last?.Text ?? "(none written)"}\n--- stderr ---\n{Stderr}";

    /// <summary>Dispose ends the program (it keeps nothing on disk that a kill could damage) and removes its files.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Gone already.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by the dying program; the temp folder is cleaned by the system.
        }
    }

    private static string Pixel(float value) => ((int)MathF.Round(value)).ToString(CultureInfo.InvariantCulture);
}
