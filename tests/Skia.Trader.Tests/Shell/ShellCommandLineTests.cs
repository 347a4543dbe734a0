using Skia.Trader.Tests.Production;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// The shell's command line as a hostile user meets it: bad options, bad key files, a corrupt config directory, unknown
/// symbols, a real exchange that cannot be reached here. Each is one clear line (exit 64 for a command-line mistake, the
/// run going on for the rest), never a stack trace, and an API key or secret never shows in the output or on the screen.
/// </summary>
public sealed class ShellCommandLineTests
{
    private const string Key = "K3yThatMustNeverBePrinted0123456789";
    private const string Secret = "S3cretThatMustNeverBePrinted9876543210";

    [Theory]
    [InlineData("--theme purple", "--theme needs dark or light, not 'purple'")]
    [InlineData("--lang fr", "--lang needs en or zh-CN, not 'fr'")]
    [InlineData("--lang ../../etc", "--lang needs en or zh-CN")]
    [InlineData("--exchange binanse", "--exchange needs binance, binance-testnet")]
    [InlineData("--key-file /nonexistent/keys --exchange binance", "--key-file: Key file '/nonexistent/keys' does not exist.")]
    [InlineData("--key-file /etc/hostname", "--key-file is for a real exchange")]
    public void A_bad_shell_option_is_one_line_and_exit_64(string arguments, string expected)
    {
        var (code, stdout, stderr) = TerminalProcess.Run(arguments.Split(' '));
        AssertOneLineUsage(code, stdout, stderr, expected);
    }

    [Fact]
    public void Thousands_of_symbols_are_one_line_and_exit_64_not_a_refused_session_on_an_empty_screen()
    {
        var symbols = string.Join(",", Enumerable.Range(0, 3000).Select(i => "SYM" + i + "USDT"));
        var (code, stdout, stderr) = TerminalProcess.Run(["--headless", "--symbols", symbols]);
        AssertOneLineUsage(code, stdout, stderr, "--symbols names 3000 symbols; it takes at most 100");
    }

    [Fact]
    public void A_config_dir_that_cannot_be_created_is_one_line_and_exit_64_not_a_run_that_cannot_save()
    {
        // Under /proc nothing can be made: the run used to start, say twice that it could not save or watch, and exit 0.
        var (code, stdout, stderr) = TerminalProcess.Run(["--headless", "--exit-after", "5", "--config-dir", "/proc/skia-trader-config"]);
        AssertOneLineUsage(code, stdout, stderr, "--config-dir '/proc/skia-trader-config' cannot be created: ");
    }

    [Fact]
    public void A_config_dir_that_is_a_file_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (code, stdout, stderr) = TerminalProcess.Run(["--config-dir", file]);
            AssertOneLineUsage(code, stdout, stderr, $"--config-dir '{file}' is not a directory");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_key_file_readable_by_others_is_refused_with_one_line_that_holds_no_secret()
    {
        var file = KeyFile(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var (code, stdout, stderr) = TerminalProcess.Run(["--exchange", "binance", "--key-file", file]);
            AssertOneLineUsage(code, stdout, stderr, $"--key-file: Key file '{file}' is accessible by group or others; refusing to read secrets from it. Run: chmod 600 '{file}'");
            AssertNoSecret(stdout + stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Half_a_key_pair_in_the_environment_is_refused()
    {
        var (code, stdout, stderr) = TerminalProcess.Run(["--exchange", "binance-testnet"], new Dictionary<string, string?> { ["BINANCE_API_KEY"] = Key, ["BINANCE_API_SECRET"] = "" });
        AssertOneLineUsage(code, stdout, stderr, "BINANCE_API_SECRET is not set while BINANCE_API_KEY is");
        AssertNoSecret(stdout + stderr);
    }

    [Fact]
    public void A_real_exchange_shows_LIVE_and_the_keys_never_appear_in_the_output_or_on_the_screen()
    {
        var markup = TempFile();
        var file = KeyFile(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            // From the environment; the service is not reachable from here, which the screen says.
            var (code, stdout, stderr) = RunUntil(["--headless", "--exchange", "binance", "--markup", markup, "--config-dir", TempDir()],
                screen => screen.Contains("text=\"LIVE BINANCE\"", StringComparison.Ordinal), "the LIVE badge",
                new() { ["BINANCE_API_KEY"] = Key, ["BINANCE_API_SECRET"] = Secret });
            Assert.True(code == 0, stderr);
            var screen = File.ReadAllText(markup);
            Assert.Contains("Border #live-badge", screen, StringComparison.Ordinal);
            Assert.Contains("text=\"LIVE BINANCE\"", screen, StringComparison.Ordinal);
            Assert.DoesNotContain("market data only", screen, StringComparison.Ordinal);
            Assert.Contains("LIVE binance: trading with the given API key", stderr, StringComparison.Ordinal);
            AssertNoSecret(stdout + stderr + screen);

            // From a private key file, on the testnet.
            (code, stdout, stderr) = RunUntil(["--headless", "--exchange", "binance-testnet", "--key-file", file, "--markup", markup, "--config-dir", TempDir()],
                screen => screen.Contains("text=\"LIVE BINANCE-TESTNET\"", StringComparison.Ordinal), "the LIVE badge");
            Assert.True(code == 0, stderr);
            screen = File.ReadAllText(markup);
            Assert.Contains("text=\"LIVE BINANCE-TESTNET\"", screen, StringComparison.Ordinal);
            AssertNoSecret(stdout + stderr + screen);
        }
        finally
        {
            File.Delete(markup);
            File.Delete(file);
        }
    }

    [Fact]
    public void A_real_exchange_without_keys_says_market_data_only()
    {
        var markup = TempFile();
        try
        {
            var (code, _, stderr) = RunUntil(["--headless", "--exchange", "binance-testnet", "--markup", markup, "--config-dir", TempDir()],
                screen => screen.Contains("text=\"market data only: no API key\"", StringComparison.Ordinal), "the market-data-only note",
                new() { ["BINANCE_API_KEY"] = null, ["BINANCE_API_SECRET"] = null });
            Assert.True(code == 0, stderr);
            var screen = File.ReadAllText(markup);
            Assert.Contains("text=\"LIVE BINANCE-TESTNET\"", screen, StringComparison.Ordinal);
            Assert.Contains("text=\"market data only: no API key\"", screen, StringComparison.Ordinal);
            Assert.Contains("market data only (no API key", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markup);
        }
    }

    [Fact]
    public void The_simulator_shows_no_LIVE_badge()
    {
        var markup = TempFile();
        try
        {
            var (code, _, stderr) = RunUntil(["--headless", "--markup", markup, "--config-dir", TempDir()], Connected, "connected to the in-process simulator");
            Assert.True(code == 0, stderr);
            var screen = File.ReadAllText(markup);
            Assert.DoesNotContain("live-badge", screen, StringComparison.Ordinal);
            Assert.Contains("text=SIM", screen, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markup);
        }
    }

    [Fact]
    public void An_unknown_symbol_is_one_line_and_a_toast_and_the_others_are_followed()
    {
        var markup = TempFile();
        try
        {
            var (code, _, stderr) = RunUntil(["--headless", "--symbols", "BTCUSDT,NOPEUSDT", "--markup", markup, "--config-dir", TempDir()],
                screen => Connected(screen) && screen.Contains("does not list NOPEUSDT: check --symbols", StringComparison.Ordinal), "connected, with the toast about NOPEUSDT");
            Assert.True(code == 0, stderr);
            var line = Assert.Single(stderr.Split('\n'), l => l.Contains("NOPEUSDT", StringComparison.Ordinal));
            Assert.Matches(@"^skia-trader: the exchange at http://127\.0\.0\.1:\d+/ does not list NOPEUSDT \(--symbols\): it is left out; following BTCUSDT$", line);
            var screen = File.ReadAllText(markup);
            Assert.Matches(@"the exchange at http://127\.0\.0\.1:\d+/ does not list NOPEUSDT: check --symbols", screen);
            Assert.Contains("text=\"connected", screen, StringComparison.Ordinal);
            Assert.Contains("text=\"Order book BTCUSDT\"", screen, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markup);
        }
    }

    [Fact]
    public void An_unknown_first_symbol_is_left_out_and_the_first_known_one_is_shown()
    {
        var markup = TempFile();
        try
        {
            var (code, _, stderr) = RunUntil(["--headless", "--symbols", "NOPEUSDT,ETHUSDT", "--markup", markup, "--config-dir", TempDir()],
                screen => Connected(screen) && screen.Contains("text=\"Order book ETHUSDT\"", StringComparison.Ordinal), "connected, following ETHUSDT");
            Assert.True(code == 0, stderr);
            var line = Assert.Single(stderr.Split('\n'), l => l.Contains("NOPEUSDT", StringComparison.Ordinal));
            Assert.Matches(@"^skia-trader: the exchange at http://127\.0\.0\.1:\d+/ does not list NOPEUSDT \(--symbols\): it is left out; following ETHUSDT$", line);
            var screen = File.ReadAllText(markup);
            Assert.Matches(@"the exchange at http://127\.0\.0\.1:\d+/ does not list NOPEUSDT: check --symbols", screen);
            Assert.DoesNotContain("offline:", screen, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markup);
        }
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("NOPEUSDT,XYZ123")]
    public void Symbols_the_exchange_lists_none_of_are_one_line_naming_some_it_does_and_exit_64(string symbols)
    {
        var (code, stdout, stderr) = TerminalProcess.Run(["--headless", "--symbols", symbols, "--exit-after", TerminalProcess.SafetyNet, "--config-dir", TempDir()]);
        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("--symbols", StringComparison.Ordinal));
        Assert.Matches(@"^skia-trader: the exchange at http://127\.0\.0\.1:\d+/ lists none of " + symbols + @" \(--symbols\); it lists [A-Z0-9]+(, [A-Z0-9]+)*, \.\.\.$", line);
        Assert.Contains("BTCUSDT", line, StringComparison.Ordinal);
        Assert.DoesNotContain("left out", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_config_directory_is_reported_on_stderr_and_on_screen_and_the_terminal_runs()
    {
        var markup = TempFile();
        var directory = TempDir();
        File.WriteAllText(Path.Combine(directory, "terminal.json"), "{ \"theme\": \"dark\"");
        File.WriteAllBytes(Path.Combine(directory, "layout.json"), [0xFF, 0xFE, 0x00, 0x01]);
        File.WriteAllText(Path.Combine(directory, "strings.zh-CN.json"), "[]");
        try
        {
            var (code, stdout, stderr) = RunUntil(["--headless", "--markup", markup, "--config-dir", directory],
                screen => Connected(screen) && screen.Contains("terminal.json is not valid settings JSON", StringComparison.Ordinal), "connected, with the toast about terminal.json");
            Assert.True(code == 0, stderr);
            Assert.Equal("", stdout);
            var problems = stderr.Split('\n').Where(l => l.StartsWith("skia-trader: Settings file ", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, problems.Count);
            Assert.Contains(problems, l => l.Contains("terminal.json is not valid settings JSON", StringComparison.Ordinal));
            Assert.Contains(problems, l => l.Contains("layout.json", StringComparison.Ordinal));
            Assert.Contains(problems, l => l.Contains("strings.zh-CN.json", StringComparison.Ordinal));
            var screen = File.ReadAllText(markup);
            Assert.Contains("terminal.json is not valid settings JSON", screen, StringComparison.Ordinal);
            Assert.Contains("text=\"connected", screen, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(directory, "terminal.json.corrupt-*"));
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markup);
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_default_config_directory_that_cannot_be_made_is_reported_and_the_terminal_runs_on_the_defaults()
    {
        // The user's own config home (XDG_CONFIG_HOME), not a --config-dir typed on the command line (that is refused:
        // the test above): a broken home must not keep the terminal from trading. (With the sandbox on, which keeps that
        // directory writable, the start is refused in one line instead: --no-sandbox here.)
        var markup = TempFile();
        var blocker = TempFile();
        File.WriteAllText(blocker, "a file where the directory's parent should be");
        try
        {
            var directory = Path.Combine(blocker, "skia-trader");
            var (code, _, stderr) = RunUntil(["--headless", "--no-sandbox", "--markup", markup],
                screen => screen.Contains($"message=\"Config directory {directory} cannot be watched", StringComparison.Ordinal), "the toast about the config directory",
                new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = blocker });
            Assert.True(code == 0, stderr);
            Assert.Contains($"skia-trader: Config directory {directory} cannot be watched", stderr, StringComparison.Ordinal);
            Assert.Contains($"skia-trader: Settings file {directory}/terminal.json could not be written", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.Contains($"message=\"Config directory {directory} cannot be watched", File.ReadAllText(markup), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markup);
            File.Delete(blocker);
        }
    }

    private static void AssertOneLineUsage(int code, string stdout, string stderr, string expected)
    {
        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("skia-trader: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..12], text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret[..12], text, StringComparison.Ordinal);
    }

    private static string KeyFile(UnixFileMode mode)
    {
        var file = TempFile();
        File.WriteAllText(file, "api_key=" + Key + "\napi_secret=" + Secret + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, mode);
        return file;
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), "skia-trader-test-" + Guid.NewGuid().ToString("N"));

    private static string TempDir()
    {
        var directory = TempFile();
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static bool Connected(string screen) => screen.Contains("text=\"connected", StringComparison.Ordinal);

    // A run that must reach a state first: started with a long --exit-after (a safety net), watched on its live markup
    // until the state shows, then stopped with SIGTERM, which ends it cleanly (it writes --markup as it ends). A fixed
    // --exit-after failed on a loaded machine, where connecting alone can take longer than the run.
    private static (int Code, string Stdout, string Stderr) RunUntil(string[] arguments, Func<string, bool> state, string what, Dictionary<string, string?>? environment = null)
    {
        using var terminal = new TerminalProcess([.. arguments, "--exit-after", TerminalProcess.SafetyNet], environment, liveMarkup: true);
        terminal.WaitForScreen(state, what);
        var (code, stdout) = terminal.StopAndWait();
        return (code, stdout, terminal.Stderr);
    }
}
