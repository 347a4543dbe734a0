using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Skia.Trader.Core.Secrets;

namespace Skia.Trader.Tap;

/// <summary>TapOptions are the tap's command-line arguments, parsed with System.CommandLine.</summary>
internal sealed record TapOptions(string Endpoint, IReadOnlyList<string> Symbols, int Depth, double Seconds)
{
    private static readonly Option<string> EndpointOption = new("--endpoint")
    {
        Description = "binance, binance-testnet, or the simulator's URL (http://127.0.0.1:PORT)",
        Required = true,
    };

    private static readonly Option<string[]> SymbolsOption = new("--symbols")
    {
        Description = "comma-separated symbols, e.g. btcusdt,ethusdt",
        Required = true,
        CustomParser = ParseSymbols,
    };

    private static readonly Option<int> DepthOption = new("--depth")
    {
        Description = "levels per side in the final lines",
        DefaultValueFactory = _ => 10,
        CustomParser = r =>
        {
            if (int.TryParse(Single(r), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v is >= 1 and <= 5000)
                return v;
            r.AddError("--depth must be 1..5000");
            return 10;
        },
    };

    private static readonly Option<double> SecondsOption = new("--seconds")
    {
        Description = "stop after this many seconds (0: run until Ctrl+C)",
        CustomParser = r =>
        {
            // At most a year: beyond that a timer cannot be set (TimeSpan overflows), and NaN/Infinity never end.
            if (double.TryParse(Single(r), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && v is >= 0 and <= MaxSeconds)
                return v;
            r.AddError($"--seconds must be a number from 0 to {MaxSeconds} (0: until Ctrl+C)");
            return 0;
        },
    };

    /// <summary>MaxSeconds is the longest run (a year).</summary>
    public const double MaxSeconds = 365 * 24 * 3600;

    /// <summary>Command is the tap's root command (its help text is the usage).</summary>
    public static RootCommand Command { get; } = new("Skia.Trader.Tap: follow symbols on an exchange and print what the books look like, one JSON line per symbol per second.")
    {
        EndpointOption, SymbolsOption, DepthOption, SecondsOption,
    };

    /// <summary>TryParse reads the arguments; on failure <paramref name="error"/> says in one line what is wrong, quoting option names but never values.</summary>
    public static bool TryParse(string[] args, out TapOptions? options, out ParseResult parsed, out string? error)
    {
        options = null;
        error = null;
        parsed = Command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            error = Describe(parsed);
            return false;
        }
        if (parsed.Action is not null && parsed.Action != Command.Action)
            return false; // --help or --version: the caller invokes it
        options = new TapOptions(parsed.GetValue(EndpointOption)!, parsed.GetValue(SymbolsOption)!, parsed.GetValue(DepthOption), parsed.GetValue(SecondsOption));
        return true;
    }

    private static string[] ParseSymbols(ArgumentResult r)
    {
        string[] list = Single(r).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            r.AddError("--symbols needs at least one symbol, e.g. --symbols btcusdt,ethusdt");
            return [];
        }
        foreach (string symbol in list)
        {
            // Binance symbols are upper-case letters and digits; anything else cannot name a stream.
            if (symbol.Length > 20 || !symbol.All(char.IsAsciiLetterOrDigit))
            {
                r.AddError("--symbols: each symbol is letters and digits only (at most 20), e.g. btcusdt");
                return [];
            }
        }
        return list;
    }

    private static string Single(ArgumentResult r) => r.Tokens.Count == 1 ? r.Tokens[0].Value : "";

    private static string Describe(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count > 0)
        {
            string token = parsed.UnmatchedTokens[0];
            return CommandLineEcho.IsOptionName(token) ? $"unknown option '{token}' (see --help)" : "unexpected argument: " + CommandLineEcho.Describe(token) + " (see --help)";
        }
        return parsed.Errors[0].Message;
    }
}
