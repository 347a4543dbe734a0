using System.Collections.Concurrent;
using System.Diagnostics;

namespace Skia.Trader.Tests.Production;

/// <summary>
/// TerminalProcess runs the real skia-trader executable (the skia-trader.dll next to the tests) with its own config
/// and log directories under a temporary home (XDG_CONFIG_HOME, XDG_STATE_HOME), collecting standard error line by
/// line while it runs. The runtime's diagnostics IPC is off (DOTNET_EnableDiagnostics=0): under the sandbox the CoreCLR
/// socket it leaves in /tmp could not be removed at exit.
/// </summary>
internal sealed class TerminalProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly Task<string> _stdout;

    public TerminalProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        Home = Directory.CreateTempSubdirectory("skia-trader-prod-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "skia-trader.dll"));
        foreach (string a in arguments) start.ArgumentList.Add(a);
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Home, "config");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(Home, "state");
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (environment is not null)
        {
            foreach (var (name, value) in environment) start.Environment[name] = value;
        }
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _stderr.Enqueue(e.Data); };
        _process.Start();
        _process.BeginErrorReadLine();
        _stdout = _process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>Home is the temporary directory holding the run's config and state directories (deleted on Dispose).</summary>
    public string Home { get; }

    public string ConfigDirectory => Path.Combine(Home, "config", "skia-trader");

    public string LogDirectory => Path.Combine(Home, "state", "skia-trader", "log");

    public string LogFile => Path.Combine(LogDirectory, "skia-trader.log");

    public IReadOnlyList<string> StderrLines => [.. _stderr];

    public string Stderr => string.Join('\n', _stderr);

    /// <summary>WaitForStderr waits (bounded) for a line of standard error that contains <paramref name="text"/> and returns it.</summary>
    public string WaitForStderr(string text)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
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

    /// <summary>WaitForExit waits (bounded) for the process to end and returns its exit code and standard output.</summary>
    public (int Code, string Stdout) WaitForExit()
    {
        if (!_process.WaitForExit(90_000))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail("skia-trader did not exit within 90 s:\n" + Stderr);
        }
        _process.WaitForExit(); // drains the asynchronous standard-error reader
        return (_process.ExitCode, _stdout.Result);
    }

    public string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";

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
