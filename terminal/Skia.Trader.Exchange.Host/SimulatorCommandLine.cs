using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Skia.Trader.Core.Secrets;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Market;

namespace Skia.Trader.Exchange;

/// <summary>
/// SimulatorCommandLine is the simulator program: its options (System.CommandLine), where the key
/// pair comes from (a key file, the environment, or the command line), and the run until Ctrl+C or
/// SIGTERM. A mistake on the command line is one line on stderr and exit code 64; a problem of the
/// environment (the port is taken) is one line and exit code 2; never a stack trace, never a value.
/// </summary>
internal static class SimulatorCommandLine
{
    /// <summary>BadArguments is the exit code for a command-line mistake (sysexits EX_USAGE).</summary>
    public const int BadArguments = 64;

    /// <summary>EnvironmentFailure is the exit code when the arguments are fine but the machine refuses (port taken).</summary>
    public const int EnvironmentFailure = 2;

    /// <summary>KeyVariable and SecretVariable name the environment variables the key pair may come from.</summary>
    public const string KeyVariable = "SKIA_SIM_API_KEY", SecretVariable = "SKIA_SIM_API_SECRET";

    private static readonly Option<int> Port = new("--port")
    {
        Description = "TCP port on 127.0.0.1 (0: a free one, printed at start)",
        CustomParser = r => ParseInt(r, 0, 65535, "--port must be a whole number from 0 to 65535"),
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "seed of the synthetic market",
        DefaultValueFactory = _ => 1,
        CustomParser = r => ParseInt(r, int.MinValue, int.MaxValue, "--seed must be a whole number"),
    };

    private static readonly Option<string> Replay = new("--replay") { Description = "serve a recorded directory (tests/data format) instead of the synthetic market" };

    private static readonly Option<double> ReplaySpeed = new("--replay-speed")
    {
        Description = "divide the recorded pace (1 as recorded, 0 as fast as possible)",
        DefaultValueFactory = _ => 1,
        CustomParser = r =>
        {
            string text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && v >= 0)
                return v;
            r.AddError("--replay-speed must be a finite number >= 0 (1: as recorded, 0: as fast as possible)");
            return 0;
        },
    };

    private static readonly Option<string> KeyFilePath = new("--key-file") { Description = "file with api_key=... and api_secret=... lines (chmod 600)" };

    private static readonly Option<string> ApiKey = new("--api-key") { Description = $"API key (prefer --key-file or {KeyVariable}: a command line is visible to other users)" };

    private static readonly Option<string> ApiSecret = new("--api-secret") { Description = $"API secret (prefer --key-file or {SecretVariable})" };

    private static readonly Option<bool> QuietMarket = new("--quiet-market") { Description = "no synthetic makers and takers: empty books" };

    private static readonly Option<double> DepthUpdates = new("--depth-updates-per-second")
    {
        Description = "book-changing actions of the synthetic market per symbol and second (default 20; perf/terminal-load.sh uses 1000)",
        HelpName = "N",
        DefaultValueFactory = _ => new ExchangeOptions().DepthUpdatesPerSecond,
        CustomParser = r =>
        {
            string text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && v > 0 && v <= MaxDepthUpdates)
                return v;
            r.AddError($"--depth-updates-per-second must be a number above 0 and no more than {MaxDepthUpdates}");
            return 0;
        },
    };

    private static readonly Option<string> SymbolList = new("--symbols")
    {
        Description = $"comma-separated synthetic symbols to list and trade (default all: {string.Join(',', SyntheticSymbol.Defaults.Select(s => s.Info.Symbol))})",
        HelpName = "LIST",
    };

    // More than this per symbol would be the matching engine's own benchmark, not a market.
    private const double MaxDepthUpdates = 100_000;

    private static readonly Option<bool> AllowAnyHost = new("--allow-any-host") { Description = "serve any Host header and cross-origin WebSocket upgrades (default: loopback only)" };

    /// <summary>RunAsync parses <paramref name="args"/>, runs the simulator until a stop signal and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Skia.Trader.Exchange: a Binance-compatible exchange simulator on loopback.")
        {
            Port, Seed, Replay, ReplaySpeed, KeyFilePath, ApiKey, ApiSecret, QuietMarket, AllowAnyHost, DepthUpdates, SymbolList,
        };
        // No @response files: the simulator reads no file it was not told to by an option.
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
            return Fail(BadArguments, DescribeParseError(parsed));
        if (parsed.Action is not null && parsed.Action != root.Action)
            return await parsed.InvokeAsync(); // --help, --version

        if (!TryBuildOptions(parsed, out ExchangeOptions? options, out string? error))
            return Fail(BadArguments, error!);

        ExchangeSimulator simulator;
        try
        {
            simulator = new ExchangeSimulator(options!);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or FormatException or UriFormatException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
        {
            return Fail(BadArguments, $"cannot load the replay from '{options!.ReplayDirectory}': {OneLine(e.Message)}");
        }
        await using ExchangeSimulator running = simulator;
        Uri url;
        try
        {
            url = await simulator.StartAsync();
        }
        catch (IOException e)
        {
            return Fail(EnvironmentFailure, $"cannot listen on 127.0.0.1:{options!.Port}: {OneLine(e.Message)}");
        }
        // The secret is never printed; the default pair is documented in README.md.
        Console.WriteLine($"Skia.Trader.Exchange listening on {url}");
        Console.WriteLine($"  REST {url}api/v3/...  streams {simulator.StreamAddress}ws/<stream> and {simulator.StreamAddress}stream?streams=...  WebSocket API {simulator.WebSocketApiAddress}");
        Console.WriteLine($"  {options!.Credentials.Count} API key(s) from {KeySource(parsed)}; {(options.ReplayDirectory is null ? $"synthetic market, seed {options.Seed}, {string.Join(',', options.Symbols.Select(s => s.Info.Symbol))} at {options.DepthUpdatesPerSecond.ToString(CultureInfo.InvariantCulture)} depth updates/s each" : $"replaying {options.ReplayDirectory}, {simulator.Symbols.Count} symbols")}");
        Console.Out.Flush();
        // Ctrl+C and SIGTERM (a service manager, `kill`, a test harness) both stop the server cleanly.
        // The continuation must not run inline on the signal thread: disposing Kestrel there deadlocks
        // with the runtime's own shutdown, which is how SIGTERM used to be ignored.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            done.TrySetResult();
        }
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        await done.Task;
        Console.WriteLine("Skia.Trader.Exchange stopped");
        return 0;
    }

    private static bool TryBuildOptions(ParseResult parsed, out ExchangeOptions? options, out string? error)
    {
        options = null;
        string? replay = parsed.GetValue(Replay);
        if (parsed.GetResult(ReplaySpeed) is { Implicit: false } && replay is null)
        {
            error = "--replay-speed needs --replay DIR";
            return false;
        }
        if (replay is not null && !Directory.Exists(replay))
        {
            error = $"--replay: directory '{replay}' does not exist";
            return false;
        }
        if (parsed.GetResult(DepthUpdates) is { Implicit: false } && (replay is not null || parsed.GetValue(QuietMarket)))
        {
            error = "--depth-updates-per-second paces the synthetic market: not with --replay or --quiet-market";
            return false;
        }
        if (parsed.GetValue(SymbolList) is not null && replay is not null)
        {
            error = "--symbols chooses synthetic symbols: a replay lists the recorded ones";
            return false;
        }
        List<SyntheticSymbol> symbols = [.. SyntheticSymbol.Defaults];
        if (parsed.GetValue(SymbolList) is { } list && !TrySymbols(list, out symbols, out error))
            return false;
        if (!TryCredentials(parsed, out ApiCredential? credential, out error))
            return false;
        options = new ExchangeOptions
        {
            Port = parsed.GetValue(Port),
            Seed = parsed.GetValue(Seed),
            ReplayDirectory = replay,
            ReplaySpeed = parsed.GetValue(ReplaySpeed),
            SyntheticMarket = !parsed.GetValue(QuietMarket),
            AllowAnyHost = parsed.GetValue(AllowAnyHost),
            DepthUpdatesPerSecond = parsed.GetValue(DepthUpdates),
            Symbols = symbols,
        };
        if (credential is not null)
            options.Credentials = [credential];
        return true;
    }

    // A subset of the synthetic symbols, each once; the message names the choices, never the text given.
    private static bool TrySymbols(string list, out List<SyntheticSymbol> symbols, out string? error)
    {
        symbols = [];
        error = null;
        foreach (string part in list.Split(',', StringSplitOptions.TrimEntries))
        {
            SyntheticSymbol? found = SyntheticSymbol.Defaults.FirstOrDefault(s => string.Equals(s.Info.Symbol, part, StringComparison.OrdinalIgnoreCase));
            if (found is null || symbols.Contains(found))
            {
                error = $"--symbols takes a comma-separated list of distinct symbols from {string.Join(',', SyntheticSymbol.Defaults.Select(s => s.Info.Symbol))}";
                symbols = [];
                return false;
            }
            symbols.Add(found);
        }
        return true;
    }

    private static bool TryCredentials(ParseResult parsed, out ApiCredential? credential, out string? error)
    {
        credential = null;
        error = null;
        string? key = parsed.GetValue(ApiKey), secret = parsed.GetValue(ApiSecret), file = parsed.GetValue(KeyFilePath);
        string? envKey = Environment.GetEnvironmentVariable(KeyVariable), envSecret = Environment.GetEnvironmentVariable(SecretVariable);
        if ((key is null) != (secret is null))
        {
            error = "--api-key and --api-secret go together (better: --key-file, or the environment variables " + KeyVariable + " and " + SecretVariable + ")";
            return false;
        }
        if (file is not null && key is not null)
        {
            error = "give the key pair once: --key-file or --api-key/--api-secret, not both";
            return false;
        }
        if (file is not null)
        {
            try
            {
                (string k, string s) = KeyFile.Read(file);
                credential = new ApiCredential(k, s);
                return true;
            }
            catch (KeyFileException e)
            {
                error = e.Message;
                return false;
            }
        }
        if (key is not null)
        {
            credential = new ApiCredential(key, secret!);
            return true;
        }
        if (string.IsNullOrEmpty(envKey) != string.IsNullOrEmpty(envSecret))
        {
            error = $"{KeyVariable} and {SecretVariable} go together: set both or neither";
            return false;
        }
        if (!string.IsNullOrEmpty(envKey))
            credential = new ApiCredential(envKey, envSecret!);
        return true;
    }

    private static string KeySource(ParseResult parsed) =>
        parsed.GetValue(KeyFilePath) is { } file ? $"key file '{file}'"
        : parsed.GetValue(ApiKey) is not null ? "the command line"
        : !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KeyVariable)) ? KeyVariable + "/" + SecretVariable
        : "the documented local default";

    private static int ParseInt(ArgumentResult r, int min, int max, string message)
    {
        string text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max)
            return v;
        r.AddError(message);
        return 0;
    }

    /// <summary>DescribeParseError turns the first parse error into one line that quotes option names but never a value.</summary>
    internal static string DescribeParseError(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count > 0)
        {
            string token = parsed.UnmatchedTokens[0];
            return CommandLineEcho.IsOptionName(token)
                ? $"unknown option '{token}' (see --help)"
                : "unexpected argument: " + CommandLineEcho.Describe(token) + " (see --help)";
        }
        ParseError first = parsed.Errors[0];
        // Our own validators word their errors without values; System.CommandLine's structural errors name options only.
        return first.SymbolResult is OptionResult { Option: { } option } && !first.Message.Contains(option.Name, StringComparison.Ordinal)
            ? $"{option.Name}: {first.Message}"
            : first.Message;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine("error: " + OneLine(message));
        return code;
    }
}
