using System.Diagnostics;

namespace Skia.Trader.Sandbox.Tests.Probe;

/// <summary>
/// ProbeRun starts this test assembly as a child process running <see cref="SandboxProbe"/>
/// (a seccomp filter cannot be removed, so the sandbox never goes on the test host) and
/// returns the <c>key=value</c> lines it printed.
/// </summary>
internal sealed class ProbeRun : IDisposable
{
    private ProbeRun(string root)
    {
        Root = root;
        Config = Path.Combine(root, "config");
        Log = Path.Combine(root, "log");
        Outside = Path.Combine(root, "outside");
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "existing.txt"), "before");
    }

    /// <summary>A fresh directory tree for one run.</summary>
    public string Root { get; }

    /// <summary>The config directory passed to the sandbox (created by it).</summary>
    public string Config { get; }

    /// <summary>The log directory passed to the sandbox (created by it).</summary>
    public string Log { get; }

    /// <summary>A directory the sandbox is not told about, holding existing.txt.</summary>
    public string Outside { get; }

    /// <summary>The probe's output, key to value.</summary>
    public IReadOnlyDictionary<string, string> Output { get; private set; } = new Dictionary<string, string>();

    /// <summary>Runs <paramref name="scenario"/> with the sandbox on or off and waits for it (a minute at most).</summary>
    public static ProbeRun Start(string scenario, bool sandbox)
    {
        var run = new ProbeRun(Directory.CreateTempSubdirectory("sandbox-probe-").FullName);
        try
        {
            run.Output = Execute(run, scenario, sandbox);
            return run;
        }
        catch
        {
            run.Dispose(); // a failed run leaves no directory behind either
            throw;
        }
    }

    private static Dictionary<string, string> Execute(ProbeRun run, string scenario, bool sandbox)
    {
        string apphost = Path.Combine(AppContext.BaseDirectory, "Skia.Trader.Sandbox.Tests");
        var start = new ProcessStartInfo(File.Exists(apphost) ? apphost : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Under the sandbox the CoreCLR runtime cannot unlink its diagnostics socket and debugger
        // pipes in /tmp at exit (Landlock refuses REMOVE_FILE there), so every run would leave
        // three files behind; the probe does not need them. (NativeAOT creates none.)
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (!File.Exists(apphost))
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(ProbeRun).Assembly.Location);
        }
        foreach (var arg in new[] { "probe", scenario, sandbox ? "sandbox" : "control", run.Config, run.Log, run.Outside })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"probe {scenario} did not finish in a minute; output so far:\n{Partial(stdout)}");
        }
        process.WaitForExit();
        string output = stdout.Result;
        Assert.True(process.ExitCode == 0, $"probe {scenario} exited with {process.ExitCode}:\n{output}\n{stderr.Result}");
        var values = new Dictionary<string, string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = line.IndexOf('=');
            if (eq > 0)
                values[line[..eq]] = line[(eq + 1)..];
        }
        return values;
    }

    /// <summary>The value the probe printed for <paramref name="key"/>; fails the test if it printed none.</summary>
    public string this[string key] =>
        Output.TryGetValue(key, out var value) ? value : throw new Xunit.Sdk.XunitException($"probe printed no {key}; it printed: {string.Join(", ", Output.Keys)}");

    private static string Partial(Task<string> stdout) => stdout.IsCompleted ? stdout.Result : "(none)";

    /// <inheritdoc/>
    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
