using System.CommandLine;

namespace Skia.Trader.Terminal;

/// <summary>TerminalOptions are the terminal's own command-line options, added to the app host's command.</summary>
internal sealed class TerminalOptions
{
    /// <summary>The symbols followed when --symbols is not given.</summary>
    public const string DefaultSymbols = "BTCUSDT,ETHUSDT";

    /// <summary>
    /// MaxSymbols is the most --symbols may name. Each symbol takes three market streams (depth, trades, 24 h ticker) and
    /// Binance carries at most 1024 streams on one connection; the exchange-info request naming them all must also stay
    /// within the URL length an exchange accepts (3,000 symbols came back HTTP 414 and an empty screen). 100 is far more
    /// than a screen follows and well inside both.
    /// </summary>
    public const int MaxSymbols = 100;

    public TerminalOptions(RootCommand command)
    {
        Exchange = new Option<string?>("--exchange")
        {
            Description = "binance or binance-testnet (the real services: LIVE; keys from BINANCE_API_KEY/BINANCE_API_SECRET or --key-file, else market data only), or a simulator already running at URL (http://host:port/); default: " +
                (Config.InProcessSimulator.IsSupported ? "start one in-process on a free loopback port." : "none, required: this build has no in-process simulator."),
            HelpName = "binance|binance-testnet|URL",
        };
        Exchange.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && Config.ExchangeChoice.Parse(text, out var error) is null) r.AddError(error!);
        });
        Symbols = new Option<string>("--symbols")
        {
            Description = "Comma-separated symbols to follow; the first is shown in the ladder and the ticket.",
            HelpName = "LIST",
            DefaultValueFactory = _ => DefaultSymbols,
        };
        Symbols.Validators.Add(r =>
        {
            if (ParseSymbols(r.GetValueOrDefault<string>() ?? "") is not { } symbols)
            {
                r.AddError("--symbols needs a comma-separated list of symbols such as BTCUSDT,ETHUSDT (letters and digits)");
            }
            else if (symbols.Count > MaxSymbols)
            {
                r.AddError($"--symbols names {symbols.Count} symbols; it takes at most {MaxSymbols}");
            }
        });
        command.Options.Add(Exchange);
        command.Options.Add(Symbols);
        // A build published without the in-process simulator (terminal/publish.sh --no-simulator) needs --exchange.
        if (!Config.InProcessSimulator.IsSupported)
        {
            command.Validators.Add(r =>
            {
                if (r.GetValue(Exchange) is null) r.AddError(Config.InProcessSimulator.Missing);
            });
        }
    }

    public Option<string?> Exchange { get; }

    public Option<string> Symbols { get; }

    /// <summary>ParseExchange reads an absolute http(s) URL, or null.</summary>
    public static Uri? ParseExchange(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>ParseSymbols reads "BTCUSDT,ETHUSDT" into upper-case symbols, or null when one is empty or not alphanumeric.</summary>
    public static IReadOnlyList<string>? ParseSymbols(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var symbols = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 20 || !part.All(char.IsAsciiLetterOrDigit)) return null;
            var symbol = part.ToUpperInvariant();
            if (!symbols.Contains(symbol)) symbols.Add(symbol);
        }
        return symbols.Count == 0 ? null : symbols;
    }
}
