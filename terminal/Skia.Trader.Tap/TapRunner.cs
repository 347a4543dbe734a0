using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Tap;

/// <summary>
/// TapRunner is the tap itself: it follows the symbols (diff depth synced to the snapshot, trades,
/// book tickers), writes one JSON line per symbol per second to <c>output</c> and, when stopped
/// (by <c>--seconds</c> or the token), one closing line per symbol with the top levels.
/// Connection and sync changes go to <c>log</c> as plain text.
/// </summary>
internal static class TapRunner
{
    /// <summary>RunAsync runs the tap and returns the process exit code (0 ok, 2 bad arguments).</summary>
    public static async Task<int> RunAsync(string[] args, Stream output, TextWriter log, CancellationToken cancellationToken)
    {
        if (!TapOptions.TryParse(args, out TapOptions? options, out string? error))
        {
            if (!string.IsNullOrEmpty(error)) log.WriteLine("error: " + error);
            log.WriteLine(TapOptions.Usage);
            return error == "" ? 0 : 2;
        }
        BinanceEndpoint endpoint;
        try
        {
            endpoint = BinanceEndpoint.Parse(options!.Endpoint);
        }
        catch (ArgumentException e)
        {
            log.WriteLine("error: " + e.Message);
            log.WriteLine(TapOptions.Usage);
            return 2;
        }

        using var rest = new BinanceRestClient(endpoint);
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
}
