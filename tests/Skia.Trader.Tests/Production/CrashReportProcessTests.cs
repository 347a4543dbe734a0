namespace Skia.Trader.Tests.Production;

/// <summary>
/// A crash of the real terminal process (the test-only SKIA_TRADER_TEST_CRASH throws an unhandled exception on the UI
/// thread or on a worker thread): one line on standard error saying where the report is, exit code 70, and a report in
/// the log directory with the stack, the versions and the last log lines, and no secret from the environment, even one
/// the exception's own message carries.
/// </summary>
public class CrashReportProcessTests
{
    private const string Secret = "sEcReT-4f9d1c27-not-for-any-file";

    [Theory]
    [InlineData("ui")]
    [InlineData("worker")]
    public void An_unhandled_exception_writes_a_crash_report_without_secrets_says_where_and_exits_70(string where)
    {
        using var terminal = new TerminalProcess(["--headless", "--exit-after", "30"], new Dictionary<string, string?>
        {
            ["BINANCE_API_SECRET"] = Secret,
            ["SKIA_TRADER_TEST_CRASH"] = where + ":the exchange answered " + Secret,
        });
        var (code, stdout) = terminal.WaitForExit();
        Assert.Equal(70, code);
        Assert.Equal("", stdout);
        string line = Assert.Single(terminal.StderrLines);
        Assert.DoesNotContain(Secret, terminal.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("skia-trader: crashed (InvalidOperationException: the exchange answered [redacted]); crash report: ", line, StringComparison.Ordinal);
        string path = line[(line.IndexOf("crash report: ", StringComparison.Ordinal) + "crash report: ".Length)..];
        Assert.Equal(terminal.LogDirectory, Path.GetDirectoryName(path));

        string report = File.ReadAllText(path);
        Assert.DoesNotContain(Secret, report, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: the exchange answered [redacted]", report, StringComparison.Ordinal);
        Assert.Contains("   at ", report, StringComparison.Ordinal); // the stack
        Assert.Contains("terminal: ", report, StringComparison.Ordinal);
        Assert.Contains(".NET: .NET ", report, StringComparison.Ordinal);
        Assert.Contains("] start: --headless --exit-after 30", report, StringComparison.Ordinal); // the last log lines
        Assert.Contains("] sandbox: ", report, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, terminal.ReadLog(), StringComparison.Ordinal);
    }
}
