using System.CommandLine;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Tap;

/// <summary>
/// TapRunner is the tap itself: it checks the endpoint and the symbols once (exchangeInfo), then
/// follows the symbols (diff depth synced to the snapshot, trades, book tickers), writes one JSON
/// line per symbol per second to <c>output</c> and, when stopped (by <c>--seconds</c> or the
/// token), one closing line per symbol with the top levels. Connection and sync changes go to
/// <c>log</c> as plain text; a mistake or an unreachable exchange is one <c>error:</c> line.
/// </summary>
internal static class TapRunner
{
    /// <summary>BadArguments is the exit code for a command-line mistake, an unknown symbol included (sysexits EX_USAGE).</summary>
    public const int BadArguments = 64;

    /// <summary>Unreachable is the exit code when the exchange cannot be reached or answers with an error.</summary>
    public const int Unreachable = 2;

    /// <summary>Interrupted is the exit code when Ctrl+C came before the tap started following (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>RunAsync runs the tap and returns the process exit code (0 ok, 64 bad arguments, 2 exchange unreachable).</summary>
    public static async Task<int> RunAsync(string[] args, Stream output, TextWriter log, CancellationToken cancellationToken)
    {
        if (!TapOptions.TryParse(args, out TapOptions? options, out ParseResult parsed, out string? error))
        {
            if (error is null)
            {
                // --help / --version: the text goes to standard output, as a user piping it to less expects.
                using var help = new StreamWriter(output, leaveOpen: true) { AutoFlush = true };
                return await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = log }, cancellationToken);
            }
            log.WriteLine("error: " + error);
            return BadArguments;
        }
        BinanceEndpoint endpoint;
        try
        {
            endpoint = BinanceEndpoint.Parse(options!.Endpoint);
        }
        catch (ArgumentException e)
        {
            log.WriteLine("error: " + OneLine(e.Message));
            return BadArguments;
        }

        using var rest = new BinanceRestClient(endpoint);
        int? refused = await CheckSymbolsAsync(rest, endpoint, options.Symbols, log, cancellationToken).ConfigureAwait(false);
        if (refused is { } code)
            return code;
        var feedOptions = new MarketDataOptions
        {
            Symbols = options.Symbols,
            Depth = DepthMode.Diff,
            PublishedLevels = Math.Max(options.Depth, 1),
            Trades = true,
            BookTickers = true,
        };
        await using var feed = new MarketDataFeed(endpoint, rest, feedOptions);
        var logGate = new object();
        feed.ConnectionChanged += status => { lock (logGate) log.WriteLine($"connection: {status.State} ({status.Reason})"); };
        feed.SyncChanged += change => { lock (logGate) log.WriteLine($"{change.Symbol}: {change.State} ({change.Reason})"); };

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Seconds > 0) stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
        var lines = new TapLineWriter(output);
        feed.Start();
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await ticker.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                DateTimeOffset now = DateTimeOffset.UtcNow;
                foreach (SymbolFeed symbol in feed.Symbols) lines.WriteSecond(symbol, now);
            }
        }
        catch (OperationCanceledException)
        {
            // --seconds elapsed or Ctrl+C: fall through to the closing lines.
        }
        feed.PublishNow();
        foreach (SymbolFeed symbol in feed.Symbols) lines.WriteFinal(symbol, options.Depth);
        return 0;
    }

    /// <summary>
    /// CheckSymbolsAsync asks the exchange about the symbols once, before following them: an
    /// unknown symbol (-1121) is a mistake of the user's (64), no answer at all means the endpoint is
    /// unreachable (2). Without this the feed would retry for ever and the run end "successfully".
    /// </summary>
    private static async Task<int?> CheckSymbolsAsync(BinanceRestClient rest, BinanceEndpoint endpoint, IReadOnlyList<string> symbols, TextWriter log, CancellationToken ct)
    {
        try
        {
            IReadOnlyList<SymbolInfo> known = await rest.GetExchangeInfoAsync(symbols, ct).ConfigureAwait(false);
            string? missing = symbols.FirstOrDefault(s => !known.Any(k => k.Symbol.Equals(s, StringComparison.OrdinalIgnoreCase)));
            if (missing is null)
                return null;
            log.WriteLine($"error: {endpoint.RestBase} does not list the symbol '{missing.ToUpperInvariant()}'");
            return BadArguments;
        }
        catch (BinanceApiException e) when (e.Code == -1121)
        {
            log.WriteLine($"error: {endpoint.RestBase} does not list one of the symbols ({string.Join(",", symbols).ToUpperInvariant()}): {OneLine(e.Message)}");
            return BadArguments;
        }
        catch (BinanceApiException e)
        {
            log.WriteLine($"error: cannot use {endpoint.RestBase}: " + (e.HttpStatus == 0 ? "no answer" : $"HTTP {e.HttpStatus}") + $" ({OneLine(e.Message)})");
            return Unreachable;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Interrupted;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or System.Text.Json.JsonException or IOException)
        {
            log.WriteLine($"error: cannot reach {endpoint.RestBase}: {OneLine(e.Message)}");
            return Unreachable;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
