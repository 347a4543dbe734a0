using System.Net;
using System.Net.Sockets;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// The terminal started wrongly, as a process: no display, an exchange nobody answers at, a symbol the exchange does
/// not list. Each is said clearly (on standard error, and on the screen when there is one) and never as a stack trace
/// or an endless "connecting".
/// </summary>
public class StartupProblemTests
{
    [Fact]
    public void Without_a_display_a_window_run_says_how_to_run_under_xvfb_in_one_line_and_exits_2()
    {
        var (code, stdout, stderr) = RunWithoutDisplay("--window");
        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("skia-trader: no display (DISPLAY is not set): run under xvfb-run, or use --headless", line);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void An_exchange_that_cannot_be_reached_is_said_on_the_screen_and_on_stderr_not_left_connecting()
    {
        var port = FreePort(); // nothing listens there: connections are refused
        var url = $"http://127.0.0.1:{port}/";
        using var terminal = TerminalProcess.Start(null, "--exchange", url);
        var screen = terminal.WaitFor(s => s.Connection().StartsWith("offline", StringComparison.Ordinal), "the header saying offline");
        Assert.StartsWith($"offline: cannot reach the exchange at {url}: ", screen.Connection(), StringComparison.Ordinal);
        Assert.Equal("Order book: offline", screen.TextOf("ladder-title"));
        var stderr = terminal.WaitForStderr($"skia-trader: cannot reach the exchange at {url}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_run_whose_only_symbol_the_exchange_does_not_list_says_so_in_one_line_and_exits_64()
    {
        using var exchange = new TestExchange();
        using var terminal = TerminalProcess.Start(null, "--exchange", exchange.Rest.ToString(), "--symbols", "NOPEUSDT");
        Assert.Equal(64, terminal.WaitForExit("the run to end on a --symbols list the exchange lists none of"));
        var stderr = terminal.WaitForStderr($"skia-trader: the exchange at {exchange.Rest} lists none of NOPEUSDT (--symbols); it lists ");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("NOPEUSDT", StringComparison.Ordinal));
        Assert.Contains("BTCUSDT", line, StringComparison.Ordinal); // a symbol that would do
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(exchange.Orders);
    }

    private static (int Code, string Stdout, string Stderr) RunWithoutDisplay(params string[] arguments) =>
        Production.TerminalProcess.Run(arguments, new Dictionary<string, string?> { ["DISPLAY"] = null, ["WAYLAND_DISPLAY"] = null });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
