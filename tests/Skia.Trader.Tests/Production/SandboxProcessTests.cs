namespace Skia.Trader.Tests.Production;

/// <summary>
/// The sandbox in the real terminal process: on by default, it is applied after start-up and logged in one line; inside
/// the process starting /bin/true fails with EPERM and a write outside the config and log directories is refused (the
/// test-only probe SKIA_TRADER_TEST_SANDBOX_PROBE tries both after the sandbox is in force and logs the outcome), while
/// the headless terminal still connects to its in-process simulator, renders with its fonts and writes its markup.
/// --no-sandbox is the control: the same probe then succeeds, so each refusal is the sandbox's doing.
/// </summary>
public class SandboxProcessTests
{
    [Fact]
    public void With_the_sandbox_on_exec_is_EPERM_and_writes_outside_the_config_directory_fail_while_trading_and_rendering_work()
    {
        // Two sibling directories: the markup's stays writable (the terminal writes it at exit), the other does not.
        string outsideDirectory = Directory.CreateTempSubdirectory("skia-trader-outside-").FullName;
        string markupDirectory = Directory.CreateTempSubdirectory("skia-trader-markup-").FullName;
        string outside = Path.Combine(outsideDirectory, "x.txt");
        try
        {
            string markup = Path.Combine(markupDirectory, "screen.txt");
            using var terminal = new TerminalProcess(["--headless", "--exit-after", TerminalProcess.SafetyNet, "--markup", markup],
                new Dictionary<string, string?> { ["SKIA_TRADER_TEST_SANDBOX_PROBE"] = outside }, liveMarkup: true);
            terminal.WaitForScreen(s => s.Contains("text=\"connected", StringComparison.Ordinal) && !s.Contains("bestBid=-", StringComparison.Ordinal) && s.Contains("text=\"data age p99 ", StringComparison.Ordinal),
                "connected, the book on the ladder and the data age in the status bar");
            terminal.WaitForLog("sandbox probe: write " + outside);
            var (code, _) = terminal.StopAndWait();
            Assert.True(code == 0, terminal.Stderr);
            string log = terminal.ReadLog();

            string summary = Assert.Single(log.Split('\n'), l => l.Contains("] sandbox: ", StringComparison.Ordinal));
            Assert.Contains("sandbox: seccomp on ", summary, StringComparison.Ordinal);
            Assert.Contains("refuses 33 syscalls (start programs, trace processes, mount, kernel modules, keyrings, credentials)", summary, StringComparison.Ordinal);
            Assert.Contains("sandbox probe: exec /bin/true: refused, errno 1", log, StringComparison.Ordinal); // EPERM
            Assert.Contains(Path.Combine(terminal.ConfigDirectory, "sandbox-probe.txt") + ": written", log, StringComparison.Ordinal);
            if (summary.Contains("landlock ABI", StringComparison.Ordinal))
            {
                Assert.Contains($"sandbox probe: write {outside}: refused (UnauthorizedAccessException)", log, StringComparison.Ordinal);
                Assert.False(File.Exists(outside));
            }
            else
            {
                Assert.Contains("landlock unavailable: ", summary, StringComparison.Ordinal); // the kernel lacks it, and the line says so
            }

            // Network, fonts, rendering: the screen connected to the simulator, showed its book, and the markup was written.
            string text = File.ReadAllText(markup);
            Assert.True(text.Contains("text=\"connected", StringComparison.Ordinal), "not connected:\n" + text[..Math.Min(text.Length, 3000)] + "\n" + terminal.Stderr + "\n" + log);
            Assert.Contains("text=\"Order book BTCUSDT\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("bestBid=-", text, StringComparison.Ordinal);
            Assert.Contains("text=\"data age p99 ", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outsideDirectory, recursive: true);
            Directory.Delete(markupDirectory, recursive: true);
        }
    }

    /// <summary>Needs a display (./test.sh starts Xvfb, or <c>source .ci/setup.sh; ensure_display</c>).</summary>
    [Theory]
    [InlineData("gl")]
    [InlineData("vulkan")]
    [InlineData("raster")]
    public void A_real_window_on_each_backend_trades_and_draws_with_the_sandbox_on(string backend)
    {
        string outputs = Directory.CreateTempSubdirectory("skia-trader-window-").FullName;
        try
        {
            string screenshot = Path.Combine(outputs, "screen.png");
            string markup = Path.Combine(outputs, "screen.txt");
            using var terminal = new TerminalProcess(["--window", "--backend", backend, "--exit-after", TerminalProcess.SafetyNet, "--screenshot", screenshot, "--markup", markup],
                new Dictionary<string, string?> { ["SKIA_TRADER_TEST_SANDBOX_PROBE"] = Path.Combine(Path.GetTempPath(), "skia-trader-never-" + Guid.NewGuid().ToString("N")) }, liveMarkup: true);
            terminal.WaitForScreen(s => s.Contains("text=\"connected", StringComparison.Ordinal) && !s.Contains("bestBid=-", StringComparison.Ordinal), "connected and the book on the ladder");
            terminal.WaitForLog("sandbox probe: exec /bin/true");
            var (code, _) = terminal.StopAndWait();
            Assert.True(code == 0, terminal.Stderr);
            string log = terminal.ReadLog();
            Assert.Contains($"(backend {backend})", log, StringComparison.Ordinal);
            Assert.Contains("] sandbox: seccomp on ", log, StringComparison.Ordinal);
            Assert.Contains("sandbox probe: exec /bin/true: refused, errno 1", log, StringComparison.Ordinal);
            Assert.Contains($"wrote {screenshot} (1440x900, {backend})", terminal.Stderr, StringComparison.Ordinal);
            Assert.True(new FileInfo(screenshot).Length > 10_000, "a PNG of the whole screen");
            string text = File.ReadAllText(markup);
            Assert.True(text.Contains("text=\"connected", StringComparison.Ordinal), "not connected:\n" + terminal.Stderr + "\n" + log);
            Assert.DoesNotContain("bestBid=-", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outputs, recursive: true);
        }
    }

    [Fact]
    public void A_log_directory_that_cannot_be_created_is_one_line_per_problem_and_exit_2_with_the_sandbox_on()
    {
        string file = Path.GetTempFileName(); // XDG_STATE_HOME is a file: nothing can be created beneath it
        try
        {
            using var terminal = new TerminalProcess(["--headless", "--exit-after", "5"], new Dictionary<string, string?> { ["XDG_STATE_HOME"] = file });
            var (code, stdout) = terminal.WaitForExit();
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            Assert.Collection(terminal.StderrLines,
                l => Assert.StartsWith($"skia-trader: cannot write the log {file}/skia-trader/log/skia-trader.log: ", l, StringComparison.Ordinal),
                l => Assert.StartsWith("skia-trader: sandbox: cannot create the directories it keeps writable (", l, StringComparison.Ordinal));
            Assert.DoesNotContain("   at ", terminal.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void With_no_sandbox_the_same_probe_runs_programs_and_writes_anywhere()
    {
        string outside = Path.Combine(Path.GetTempPath(), "skia-trader-sandbox-outside-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            using var terminal = new TerminalProcess(["--headless", "--exit-after", TerminalProcess.SafetyNet, "--no-sandbox"],
                new Dictionary<string, string?> { ["SKIA_TRADER_TEST_SANDBOX_PROBE"] = outside });
            terminal.WaitForLog($"sandbox probe: write {outside}: ");
            var (code, _) = terminal.StopAndWait();
            Assert.True(code == 0, terminal.Stderr);
            string log = terminal.ReadLog();
            Assert.Contains("sandbox: off (--no-sandbox)", log, StringComparison.Ordinal);
            Assert.Contains("sandbox probe: exec /bin/true: ran", log, StringComparison.Ordinal);
            Assert.Contains($"sandbox probe: write {outside}: written", log, StringComparison.Ordinal);
            Assert.True(File.Exists(outside));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
