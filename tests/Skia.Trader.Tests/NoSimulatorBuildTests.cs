using System.Diagnostics;
using System.Text.Json.Nodes;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Terminal.Config;
using Skia.Trader.Tests.EndToEnd;

namespace Skia.Trader.Tests;

/// <summary>
/// A terminal built without the in-process simulator (<c>terminal/publish.sh --no-simulator</c>, which sets the
/// <see cref="InProcessSimulator.SwitchName"/> switch to false and lets NativeAOT drop the simulator): the same program
/// run here with that switch off in its runtimeconfig. A run without <c>--exchange</c> is refused in one line (exit 64),
/// never a crash or an endless "connecting"; <c>--exchange URL</c> still trades with a simulator outside it, with the
/// simulator's documented local keys; <c>--headless-test</c> needs no exchange and still runs.
/// </summary>
public sealed class NoSimulatorBuildTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "skia-trader-nosim-" + Guid.NewGuid().ToString("N"));

    public NoSimulatorBuildTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Without_exchange_a_run_is_refused_in_one_line_with_exit_64()
    {
        var (code, stdout, stderr) = Run(TimeSpan.FromSeconds(60), "--headless", "--exit-after", "30");
        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("skia-trader: " + InProcessSimulator.Missing + " (see --help)", line);
    }

    [Fact]
    public void The_headless_test_runs_without_an_exchange()
    {
        var (code, stdout, stderr) = Run(TimeSpan.FromSeconds(120), "--headless-test");
        Assert.True(code == 0, stderr);
        Assert.Matches(@"^start_ms=\d+\.\d\d clock=\S+\npeak_rss_mb=\d+\.\d\d\n$", stdout);
    }

    [Fact]
    public async Task With_exchange_url_it_connects_to_a_simulator_outside_it_with_the_documented_local_keys()
    {
        using var exchange = new TestExchange();
        var markup = Path.Combine(_folder, "screen.txt");
        using var process = Start(switchValue: false, "--headless", "--exit-after", "600", "--live-markup", markup, "--exchange", exchange.Rest.ToString());
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        ScreenMarkup? screen = null;
        while (deadline.Elapsed < TerminalProcess.Deadline && !process.HasExited)
        {
            try
            {
                var text = File.ReadAllText(markup);
                if (text.Length > 0) screen = ScreenMarkup.Parse(text);
            }
            catch (IOException)
            {
                // Not written yet.
            }
            // Connected and the book shown: the session (signed account requests with the local keys) started.
            if (screen is not null && screen.Connection().StartsWith("connected", StringComparison.Ordinal) && screen.Find("ladder")?["bestBid"] is not (null or "-")) break;
            await Task.Delay(50);
        }
        bool exited = process.HasExited;
        if (!exited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.False(exited, "the terminal exited: " + await stderr);
        Assert.NotNull(screen);
        Assert.StartsWith("connected", screen.Connection(), StringComparison.Ordinal);
        Assert.Equal("Order book BTCUSDT", screen.TextOf("ladder-title"));
    }

    [Fact]
    public void The_terminal_uses_the_simulators_documented_local_keys()
    {
        // The terminal names them itself so that a build without the simulator references no type of it.
        Assert.Equal(InProcessSimulator.LocalApiKey, ApiCredential.DefaultLocal.ApiKey);
        Assert.Equal(InProcessSimulator.LocalApiSecret, ApiCredential.DefaultLocal.Secret);
    }

    private (int Code, string Stdout, string Stderr) Run(TimeSpan timeout, params string[] arguments) => Run(timeout, switchValue: false, arguments);

    private (int Code, string Stdout, string Stderr) Run(TimeSpan timeout, bool switchValue, params string[] arguments)
    {
        using var process = Start(switchValue, arguments);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"skia-trader did not exit within {timeout.TotalSeconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    // skia-trader.dll with its runtimeconfig.json plus the switch, as the published build has it (dotnet exec --runtimeconfig).
    private Process Start(bool switchValue, params string[] arguments)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "skia-trader.runtimeconfig.json")))!.AsObject();
        var options = config["runtimeOptions"]!.AsObject();
        if (options["configProperties"] is not JsonObject properties) options["configProperties"] = properties = [];
        properties[InProcessSimulator.SwitchName] = switchValue;
        var path = Path.Combine(_folder, "skia-trader.runtimeconfig.json");
        File.WriteAllText(path, config.ToJsonString());

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", "--runtimeconfig", path, Path.Combine(AppContext.BaseDirectory, "skia-trader.dll") }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(_folder, "config");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(_folder, "state");
        start.Environment.Remove("DISPLAY");
        return Process.Start(start)!;
    }
}
