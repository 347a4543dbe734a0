using Skia.Toolkit.Hosting;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Terminal;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;

if (Skia.Trader.Terminal.HeadlessTest.HeadlessTestMode.IsRequested(args)) return Skia.Trader.Terminal.HeadlessTest.HeadlessTestMode.Run(args);

// The terminal: the screen shows at once ("connecting"); the exchange (by default a simulator started here, on a
// free loopback port, with its documented local keys) is connected in the background and fills it in.
Func<IAppWindow, System.CommandLine.ParseResult, int?>? started = null;
var app = new Application("skia-trader") { Title = "Skia.Trader", Width = 1440, Height = 900, Started = (w, p) => started!(w, p) };
var options = new TerminalOptions(app.Command);
Skia.Trader.Terminal.HeadlessTest.HeadlessTestMode.Describe(app.Command);
TerminalScreen? screen = null;
ExchangeSimulator? simulator = null;
TerminalSession? session = null;
Task? connecting = null;
started = Started;

var code = app.Run(args, parsed =>
{
    var symbols = TerminalOptions.ParseSymbols(parsed.GetValue(options.Symbols) ?? TerminalOptions.DefaultSymbols)!;
    screen = new TerminalScreen(symbols[0], "SIM");
    return screen.Content;
});

screen?.Dispose();
if (connecting is not null) await connecting.ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
if (simulator is not null) await simulator.DisposeAsync().ConfigureAwait(false);
return code;

int? Started(IAppWindow window, System.CommandLine.ParseResult parsed)
{
    var symbols = TerminalOptions.ParseSymbols(parsed.GetValue(options.Symbols) ?? TerminalOptions.DefaultSymbols)!;
    Uri? exchange = parsed.GetValue(options.Exchange) is { } text ? TerminalOptions.ParseExchange(text) : null;
    screen!.StartStatus(window);
    connecting = Task.Run(async () =>
    {
        try
        {
            if (exchange is null)
            {
                simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0 });
                exchange = await simulator.StartAsync().ConfigureAwait(false);
            }
            // The simulator's documented local keys (loopback only, not secrets), or the pair from the environment.
            var key = Environment.GetEnvironmentVariable("SKIA_SIM_API_KEY") ?? ApiCredential.DefaultLocal.ApiKey;
            var secret = Environment.GetEnvironmentVariable("SKIA_SIM_API_SECRET") ?? ApiCredential.DefaultLocal.Secret;
            session = new TerminalSession(BinanceEndpoint.Simulator(exchange), new ApiCredentials(key, secret), symbols);
            session.Start();
            IReadOnlyList<SymbolInfo> infos = await session.Rest.GetExchangeInfoAsync(symbols).ConfigureAwait(false);
            SymbolInfo? shown = infos.FirstOrDefault(i => i.Symbol == symbols[0]);
            window.Dispatcher.Post(() =>
            {
                if (shown is null) screen.ShowProblem($"the exchange does not list {symbols[0]}");
                else screen.Attach(window, session, shown);
            });
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or TaskCanceledException or System.Net.Sockets.SocketException)
        {
            var message = $"cannot reach the exchange at {exchange}: {e.Message}";
            window.Dispatcher.Post(() => screen.ShowProblem(message));
        }
    });
    return null;
}
