using System.Runtime.InteropServices;
using System.Globalization;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;

// Skia.Trader.Exchange: a Binance-compatible exchange simulator on loopback.
//   dotnet run --project terminal/Skia.Trader.Exchange -- [--port N] [--seed N] [--replay DIR [--replay-speed X]]
//                                                          [--api-key K --api-secret S] [--quiet-market]
var options = new ExchangeOptions { Port = 0 };
string? apiKey = null, apiSecret = null;
for (int i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    try
    {
        switch (args[i])
        {
            case "--port": options.Port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--seed": options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--replay": options.ReplayDirectory = Next(); break;
            case "--replay-speed": options.ReplaySpeed = double.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--api-key": apiKey = Next(); break;
            case "--api-secret": apiSecret = Next(); break;
            case "--quiet-market": options.SyntheticMarket = false; break;
            case "--help" or "-h":
                Console.WriteLine("usage: Skia.Trader.Exchange [--port N] [--seed N] [--replay DIR [--replay-speed X]] [--api-key K --api-secret S] [--quiet-market]");
                return 0;
            default: throw new ArgumentException($"unknown option {args[i]}");
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 2;
    }
}
if ((apiKey is null) != (apiSecret is null))
{
    Console.Error.WriteLine("error: --api-key and --api-secret go together");
    return 2;
}
if (apiKey is not null)
    options.Credentials = [new ApiCredential(apiKey, apiSecret!)];

ExchangeSimulator simulator;
try
{
    simulator = new ExchangeSimulator(options);
}
catch (Exception e) when (e is IOException or System.Text.Json.JsonException or FormatException or UriFormatException)
{
    Console.Error.WriteLine($"error: cannot load the replay: {e.Message}");
    return 2;
}
await using var running = simulator;
Uri url;
try
{
    url = await simulator.StartAsync();
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
    return 2;
}
// The secret is never printed; the default pair is documented in README.md.
Console.WriteLine($"Skia.Trader.Exchange listening on {url}");
Console.WriteLine($"  REST {url}api/v3/...  streams {simulator.StreamAddress}ws/<stream> and {simulator.StreamAddress}stream?streams=...  WebSocket API {simulator.WebSocketApiAddress}");
Console.WriteLine($"  API keys: {string.Join(", ", options.Credentials.Select(c => c.ApiKey))}; {(options.ReplayDirectory is null ? $"synthetic market, seed {options.Seed}" : $"replaying {options.ReplayDirectory}")}");
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
