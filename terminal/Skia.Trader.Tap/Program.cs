using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Tap;

// The market-data tap: follows symbols on an exchange and prints what the books look like, so a
// user can check a connection and compare our books with another tool's.
if (!TapOptions.TryParse(args, out TapOptions? options, out string? error))
{
    if (!string.IsNullOrEmpty(error)) Console.Error.WriteLine("error: " + error);
    Console.Error.WriteLine(TapOptions.Usage);
    return error == "" ? 0 : 2;
}

BinanceEndpoint endpoint;
try
{
    endpoint = BinanceEndpoint.Parse(options!.Endpoint);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message);
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
feed.ConnectionChanged += status => Console.Error.WriteLine($"connection: {status.State} ({status.Reason})");
feed.SyncChanged += change => Console.Error.WriteLine($"{change.Symbol}: {change.State} ({change.Reason})");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
if (options.Seconds > 0) stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));

var output = new TapLineWriter(Console.OpenStandardOutput());
feed.Start();
using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(1));
try
{
    while (await ticker.WaitForNextTickAsync(stop.Token))
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        foreach (SymbolFeed symbol in feed.Symbols) output.WriteSecond(symbol, now);
    }
}
catch (OperationCanceledException)
{
    // --seconds elapsed or Ctrl+C: fall through to the final lines.
}
foreach (SymbolFeed symbol in feed.Symbols) output.WriteFinal(symbol, options.Depth);
return 0;
