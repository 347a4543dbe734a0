using System.Collections.Concurrent;
using System.Diagnostics;

namespace Skia.Trader.Tests.Production;

/// <summary>
/// TerminalProcess runs the real skia-trader executable (the skia-trader.dll next to the tests) with its own config
/// and log directories under a temporary home (XDG_CONFIG_HOME, XDG_STATE_HOME), collecting standard error line by
/// line while it runs. The runtime's diagnostics IPC is off (DOTNET_EnableDiagnostics=0): under the sandbox the CoreCLR
/// socket it leaves in /tmp could not be removed at exit.
/// <para>A test that needs the terminal to reach a state (connected, an order reconciled, a toast shown) starts it with
/// <c>liveMarkup: true</c> and a long <c>--exit-after</c> (only a safety net), waits for that state on the screen
/// (<see cref="WaitForScreen"/>), the log or standard error, then stops it cleanly with <see cref="Stop"/> (SIGTERM: the
/// run ends as if the window were closed, writing its --markup and --screenshot files): a loaded machine makes a run
/// slower, never a test fail.</para>
/// </summary>
internal sealed class TerminalProcess : IDisposable
{
    /// <summary>
    /// Deadline bounds every wait: generous, because it only matters when something is broken (on this shared 2-core
    /// machine at a load average of 60, connecting alone took over 30 s).
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    /// <summary>SafetyNet is the <c>--exit-after</c> value of runs that are stopped with <see cref="Stop"/> once they reach their state: it only ends a run whose test died.</summary>
    public const string SafetyNet = "600";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly Task<string> _stdout;

    /// <summary>Starts skia-trader with <paramref name="arguments"/>; <paramref name="environment"/> adds variables (a null value removes one); <paramref name="liveMarkup"/> adds <c>--live-markup</c> for <see cref="WaitForScreen"/>.</summary>
    public TerminalProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, bool liveMarkup = false)
    {
        Home = Directory.CreateTempSubdirectory("skia-trader-prod-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "skia-trader.dll"));
        foreach (string a in arguments) start.ArgumentList.Add(a);
        if (liveMarkup)
        {
            start.ArgumentList.Add("--live-markup");
            start.ArgumentList.Add(ScreenFile);
        }
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Home, "config");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(Home, "state");
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        // A key pair in the developer's environment must not turn a test's run into a real-exchange run.
        start.Environment.Remove("BINANCE_API_KEY");
        start.Environment.Remove("BINANCE_API_SECRET");
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null) start.Environment.Remove(name);
                else start.Environment[name] = value;
            }
        }
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _stderr.Enqueue(e.Data); };
        _process.Start();
        _process.BeginErrorReadLine();
        _stdout = _process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>Run runs skia-trader to its end (a command-line mistake, a mode that exits by itself) and returns its exit code, standard output and standard error.</summary>
    public static (int Code, string Stdout, string Stderr) Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var terminal = new TerminalProcess(arguments, environment);
        var (code, stdout) = terminal.WaitForExit();
        return (code, stdout, terminal.Stderr);
    }

    /// <summary>Home is the temporary directory holding the run's config and state directories (deleted on Dispose).</summary>
    public string Home { get; }

    public string ConfigDirectory => Path.Combine(Home, "config", "skia-trader");

    public string LogDirectory => Path.Combine(Home, "state", "skia-trader", "log");

    public string LogFile => Path.Combine(LogDirectory, "skia-trader.log");

    /// <summary>ScreenFile is the <c>--live-markup</c> file (written only when the process was started with <c>liveMarkup: true</c>).</summary>
    public string ScreenFile => Path.Combine(Home, "screen.txt");

    public IReadOnlyList<string> StderrLines => [.. _stderr];

    public string Stderr => string.Join('\n', _stderr);

    /// <summary>ProcessId is the process's id (to find its window with xdotool).</summary>
    public int ProcessId => _process.Id;

    /// <summary>WaitForStderr waits (bounded) for a line of standard error that contains <paramref name="text"/> and returns it.</summary>
    public string WaitForStderr(string text)
    {
        DateTime deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            foreach (string line in _stderr)
            {
                if (line.Contains(text, StringComparison.Ordinal)) return line;
            }
            if (_process.HasExited && _process.WaitForExit(100)) break;
            Thread.Sleep(20);
        }
        Assert.Fail($"skia-trader printed no line with '{text}':\n{Stderr}");
        return "";
    }

    /// <summary>
    /// WaitForScreen polls the live markup (<c>liveMarkup: true</c>) until <paramref name="condition"/> holds and returns
    /// that screen; it fails, naming <paramref name="what"/> with the last screen and standard error, when the process
    /// exits first or after <see cref="Deadline"/>.
    /// </summary>
    public string WaitForScreen(Func<string, bool> condition, string what) =>
        WaitFor(() => ReadScreen() is { Length: > 0 } screen && condition(screen) ? screen : null, what, () => "--- last screen ---\n" + ReadScreen());

    /// <summary>WaitForLog polls the log file until it holds <paramref name="text"/> and returns the log.</summary>
    public string WaitForLog(string text) =>
        WaitFor(() => ReadLog() is var log && log.Contains(text, StringComparison.Ordinal) ? log : null, $"the log saying '{text}'", () => "--- log ---\n" + ReadLog());

    /// <summary>Stop asks the process to stop (SIGTERM, as a service manager does): it ends its run cleanly, writing the files asked for.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>StopAndWait stops the process (<see cref="Stop"/>) and waits for it to end (<see cref="WaitForExit"/>).</summary>
    public (int Code, string Stdout) StopAndWait()
    {
        Stop();
        return WaitForExit();
    }

    /// <summary>WaitForExit waits (bounded) for the process to end and returns its exit code and standard output.</summary>
    public (int Code, string Stdout) WaitForExit()
    {
        if (!_process.WaitForExit(Deadline))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"skia-trader did not exit within {Deadline.TotalSeconds:0} s:\n" + Stderr);
        }
        _process.WaitForExit(); // drains the asynchronous standard-error reader
        return (_process.ExitCode, _stdout.Result);
    }

    public string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";

    /// <summary>ReadScreen is the live markup as it is now ("" before the first write).</summary>
    public string ReadScreen()
    {
        try
        {
            return File.ReadAllText(ScreenFile);
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }

    private string WaitFor(Func<string?> read, string what, Func<string> evidence)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (read() is { } found) return found;
            if (_process.HasExited) Assert.Fail($"skia-trader exited ({_process.ExitCode}) while waiting for {what}.\n{evidence()}\n--- stderr ---\n{Stderr}");
            if (clock.Elapsed > Deadline) Assert.Fail($"Never happened within {Deadline.TotalSeconds:0} s: {what}.\n{evidence()}\n--- stderr ---\n{Stderr}");
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
