using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Skia.Trader.Binance.Tests.Loopback;

namespace Skia.Trader.Binance.Tests.Tap;

/// <summary>
/// The tap program as a user runs it: every mistake, and an exchange it cannot use, is one line on
/// stderr and a non-zero exit code (64 for the command line, an unknown symbol included; 2 for an
/// unreachable endpoint), never a stack trace and never a run that retries and then exits 0.
/// </summary>
public sealed class TapCommandLineTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunTapAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Skia.Trader.Tap"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // liveness: --seconds NaN used to run forever
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"the tap did not end: {string.Join(' ', args)}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static void AssertOneLine(int expectedCode, (int ExitCode, string Stdout, string Stderr) run, string expected)
    {
        Assert.Equal(expectedCode, run.ExitCode);
        Assert.Equal("", run.Stdout);
        string line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("Exception", line);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("-1")]
    [InlineData("1e300")]
    public async Task Seconds_that_are_not_a_finite_number_in_range_are_refused(string seconds)
    {
        AssertOneLine(64, await RunTapAsync("--endpoint", "http://127.0.0.1:9", "--symbols", "btcusdt", "--seconds", seconds), "--seconds must be a number from 0 to");
    }

    [Theory]
    [InlineData(",")]
    [InlineData(" , ,")]
    public async Task An_empty_symbol_list_is_refused(string symbols)
    {
        AssertOneLine(64, await RunTapAsync("--endpoint", "http://127.0.0.1:9", "--symbols", symbols), "--symbols needs at least one symbol");
    }

    [Fact]
    public async Task A_symbol_with_characters_no_symbol_has_is_refused()
    {
        AssertOneLine(64, await RunTapAsync("--endpoint", "http://127.0.0.1:9", "--symbols", "btc/usdt"), "letters and digits only");
    }

    [Fact]
    public async Task An_unknown_option_names_only_the_option()
    {
        AssertOneLine(64, await RunTapAsync("--endpoint", "binance", "--symbols", "btcusdt", "--sconds", "5"), "unknown option '--sconds'");
    }

    [Fact]
    public async Task A_symbol_the_exchange_does_not_list_is_one_line_and_exit_64()
    {
        await using var exchange = await LoopbackExchange.StartAsync();
        var run = await RunTapAsync("--endpoint", exchange.Endpoint.RestBase.ToString(), "--symbols", "btcusdt,nosuchcoin", "--seconds", "30");
        AssertOneLine(64, run, "does not list");
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_one_line_and_exit_2()
    {
        // A port that was just free: nothing listens there.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var run = await RunTapAsync("--endpoint", $"http://127.0.0.1:{port}", "--symbols", "btcusdt", "--seconds", "30");
        AssertOneLine(2, run, $"http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_good_run_against_the_simulator_still_exits_0()
    {
        await using var exchange = await LoopbackExchange.StartAsync();
        var run = await RunTapAsync("--endpoint", exchange.Endpoint.RestBase.ToString(), "--symbols", "btcusdt", "--seconds", "1.5");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"final\":true", run.Stdout);
    }
}
