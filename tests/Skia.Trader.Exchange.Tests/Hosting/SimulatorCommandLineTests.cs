using System.Diagnostics;

namespace Skia.Trader.Exchange.Tests.Hosting;

/// <summary>
/// The simulator program as a user runs it: each mistake is one line on stderr and exit code 64,
/// never a stack trace, never a value from the command line or a key file; secrets can come from
/// a key file or the environment instead of the command line.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SimulatorCommandLineTests
{
    private const string Program = "Skia.Trader.Exchange";

    private static void AssertOneLineMistake(ProgramRun.Result run, string expected)
    {
        Assert.Equal(64, run.ExitCode);
        Assert.Equal("", run.Stdout);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain(" at ", line);
    }

    [Theory]
    [InlineData("--port", "99999")]
    [InlineData("--port", "-5")]
    [InlineData("--port", "http")]
    public async Task A_port_outside_0_to_65535_is_one_line_and_exit_64(string option, string value)
    {
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, [option, value]), "--port must be a whole number from 0 to 65535");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public async Task A_replay_speed_that_is_negative_or_not_a_number_is_refused(string speed)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "data", "binance-2021-10-12");
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--replay", dir, "--replay-speed", speed]), "--replay-speed must be a finite number >= 0");
    }

    [Fact]
    public async Task A_replay_directory_with_no_recordings_is_refused_instead_of_replaying_nothing()
    {
        string dir = Directory.CreateTempSubdirectory("empty-replay").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "depth-snapshots.http.txt"), "");
            File.WriteAllText(Path.Combine(dir, "streams.ws.txt"), "");
            AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--replay", dir]), "holds no recorded depth snapshot");
            AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--replay", Path.Combine(dir, "missing")]), "does not exist");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_option_names_the_option_but_never_a_value()
    {
        const string secret = "Sup3rSecretValueNobodyMaySee";
        ProgramRun.Result run = await ProgramRun.RunAsync(Program, ["--api-key", "--api-secret", secret]);
        Assert.Equal(64, run.ExitCode);
        Assert.DoesNotContain(secret, run.Stderr + run.Stdout);
        Assert.Single(run.ErrorLines);

        AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--prot", "5"]), "unknown option '--prot'");
    }

    [Fact]
    public async Task A_key_file_line_with_no_known_name_is_refused_without_its_text()
    {
        const string secret = "bGVha2VkLXNlY3JldA==";
        string file = WriteKeyFile($"api_key=k\n{secret}\n");
        try
        {
            ProgramRun.Result run = await ProgramRun.RunAsync(Program, ["--key-file", file]);
            AssertOneLineMistake(run, "line 2");
            Assert.DoesNotContain(secret, run.Stderr);
            Assert.DoesNotContain("bGVha2VkLXNlY3JldA", run.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_fifo_as_key_file_is_refused_with_one_line_instead_of_hanging()
    {
        string fifo = Path.Combine(Path.GetTempPath(), $"sim-key-{Guid.NewGuid():N}");
        using (Process mkfifo = Process.Start("mkfifo", ["-m", "600", fifo]))
            await mkfifo.WaitForExitAsync();
        try
        {
            AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--key-file", fifo]), "is not a regular file");
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public async Task A_key_file_others_can_read_is_refused()
    {
        string file = WriteKeyFile("api_key=k\napi_secret=s\n");
        try
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
            AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--key-file", file]), "chmod 600");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_key_pair_can_come_from_a_key_file_or_the_environment_and_is_never_printed()
    {
        string file = WriteKeyFile("# local pair\napi_key=file-key\napi_secret=file-secret-123\n");
        try
        {
            await AssertServesKeyAsync(["--key-file", file], new Dictionary<string, string>(), "file-key", "file-secret-123");
        }
        finally
        {
            File.Delete(file);
        }
        await AssertServesKeyAsync([], new Dictionary<string, string> { ["SKIA_SIM_API_KEY"] = "env-key", ["SKIA_SIM_API_SECRET"] = "env-secret-456" }, "env-key", "env-secret-456");
    }

    [Fact]
    public async Task A_port_already_taken_is_one_line_and_exit_2()
    {
        var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
            ProgramRun.Result run = await ProgramRun.RunAsync(Program, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet-market"]);
            Assert.Equal(2, run.ExitCode);
            string line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"error: cannot listen on 127.0.0.1:{port}", line);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("NaN")]
    [InlineData("fast")]
    [InlineData("100001")]
    public async Task A_depth_update_rate_that_is_not_a_positive_number_is_refused(string rate)
    {
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--depth-updates-per-second", rate]),
            "--depth-updates-per-second must be a number above 0 and no more than 100000");
    }

    [Theory]
    [InlineData("BTCUSDT,DOGEUSDT")]
    [InlineData("BTCUSDT,btcusdt")]
    [InlineData("BTCUSDT,,ETHUSDT")]
    public async Task Symbols_the_synthetic_market_does_not_trade_or_given_twice_are_refused_without_echoing_them(string list)
    {
        ProgramRun.Result run = await ProgramRun.RunAsync(Program, ["--symbols", list]);
        AssertOneLineMistake(run, "--symbols takes a comma-separated list of distinct symbols from BTCUSDT,ETHUSDT,BNBUSDT,SOLUSDT,ETHBTC");
        Assert.DoesNotContain("DOGE", run.Stderr);
    }

    [Fact]
    public async Task The_load_options_do_not_combine_with_a_replay_or_a_quiet_market()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "data", "binance-2021-10-12");
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--replay", dir, "--depth-updates-per-second", "1000"]), "not with --replay or --quiet-market");
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--quiet-market", "--depth-updates-per-second", "1000"]), "not with --replay or --quiet-market");
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, ["--replay", dir, "--symbols", "BTCUSDT"]), "a replay lists the recorded ones");
    }

    [Fact]
    public async Task Symbols_and_the_depth_update_rate_shape_the_served_market()
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, Program), ["--port", "0", "--symbols", "ethbtc,SOLUSDT", "--depth-updates-per-second", "1000"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            string first = (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)))!;
            var url = new Uri(first["Skia.Trader.Exchange listening on ".Length..].Trim());
            _ = await process.StandardOutput.ReadLineAsync();
            string third = (await process.StandardOutput.ReadLineAsync())!;
            Assert.Contains("synthetic market, seed 1, ETHBTC,SOLUSDT at 1000 depth updates/s each", third);
            using var client = new RawExchangeClient(url);
            var (status, body) = await client.GetAsync("/api/v3/exchangeInfo");
            Assert.Equal(200, status);
            Assert.Equal(new[] { "ETHBTC", "SOLUSDT" }, body.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()!).Order(StringComparer.Ordinal));
            // 1,000 book-changing actions a second: a second of trading moves the book's update id by hundreds, not ~20.
            long before = (await client.GetAsync("/api/v3/depth?symbol=SOLUSDT&limit=5")).Body.GetProperty("lastUpdateId").GetInt64();
            await Task.Delay(TimeSpan.FromSeconds(1));
            long after = (await client.GetAsync("/api/v3/depth?symbol=SOLUSDT&limit=5")).Body.GetProperty("lastUpdateId").GetInt64();
            Assert.True(after - before > 200, $"update id moved by {after - before} in a second");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Half_a_key_pair_in_the_environment_is_refused()
    {
        AssertOneLineMistake(await ProgramRun.RunAsync(Program, [], new Dictionary<string, string> { ["SKIA_SIM_API_KEY"] = "only-key" }),
            "SKIA_SIM_API_KEY and SKIA_SIM_API_SECRET go together");
    }

    private static async Task AssertServesKeyAsync(string[] args, Dictionary<string, string> environment, string key, string secret)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, Program), ["--port", "0", "--quiet-market", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        try
        {
            string first = (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)))!;
            var url = new Uri(first["Skia.Trader.Exchange listening on ".Length..].Trim());
            string second = (await process.StandardOutput.ReadLineAsync())!, third = (await process.StandardOutput.ReadLineAsync())!;
            Assert.DoesNotContain(secret, first + second + third);
            using var client = new RawExchangeClient(url, key, secret);
            var (status, body, _) = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
            Assert.True(status == 200, body.ToString());
            using var wrong = new RawExchangeClient(url); // the documented default pair is replaced
            Assert.Equal(401, (await wrong.SignedAsync(HttpMethod.Get, "/api/v3/account", "")).Status);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private static string WriteKeyFile(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sim-key-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
