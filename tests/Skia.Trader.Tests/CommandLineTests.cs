using Skia.Trader.Tests.EndToEnd;

namespace Skia.Trader.Tests;

/// <summary>The skia-trader process: command-line mistakes are one line on standard error and exit 64, never a stack trace.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("--bogus", "--bogus")]
    [InlineData("--exchange not-a-url", "--exchange needs binance, binance-testnet, or a simulator's http:// or https:// URL")]
    [InlineData("--exchange ftp://127.0.0.1/", "--exchange needs binance, binance-testnet, or a simulator's http:// or https:// URL")]
    [InlineData("--symbols BTC-USDT", "--symbols needs a comma-separated list")]
    public void A_bad_argument_is_one_line_and_exit_64(string arguments, string expected)
    {
        var (code, stdout, stderr) = Production.TerminalProcess.Run(arguments.Split(' '));
        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("skia-trader: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headless_run_connects_to_the_in_process_simulator_and_shows_it_in_its_markup()
    {
        // Waits on the live markup rather than a fixed --exit-after: on a loaded machine connecting can take seconds.
        using var terminal = TerminalProcess.Start(null);
        var screen = terminal.WaitFor(s => s.Connection().StartsWith("connected", StringComparison.Ordinal) && s.Find("ladder")?["bestBid"] is not (null or "-"),
            "the header connected and the ladder showing the in-process simulator's book");
        Assert.Equal("Order book BTCUSDT", screen.TextOf("ladder-title"));
        Assert.NotEqual("-", screen.Get("ladder")["bestAsk"]);
    }
}
