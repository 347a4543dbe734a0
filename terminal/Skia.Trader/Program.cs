using Skia.Toolkit.Hosting;
using Skia.Trader.Terminal;
using Skia.Trader.Terminal.Config;
using Skia.Trader.Terminal.Production;
using Skia.Trader.Ui.Panels;

if (Skia.Trader.Terminal.HeadlessTest.HeadlessTestMode.IsRequested(args)) return Skia.Trader.Terminal.HeadlessTest.HeadlessTestMode.Run(args);

// The terminal: the screen shows at once ("connecting"); the exchange (by default a simulator started here, on a
// free loopback port, with its documented local keys) is connected in the background and fills it in.
Func<IAppWindow, System.CommandLine.ParseResult, int?>? started = null;
// RasterFirstFrame: a gl or vulkan window (or auto on a display with a GPU) shows its first frames from the CPU while the
// GPU backend is made on a worker; under Xvfb auto picks CPU raster in the window anyway. The log and the status bar
// follow the hand-over (Window.BackendChanged).
var app = new Application("skia-trader") { Title = "Skia.Trader", Width = 1440, Height = 900, RasterFirstFrame = true, Started = (w, p) => started!(w, p) };
var options = new TerminalOptions(app.Command);
var liveMarkup = new LiveMarkup(app.Command);
var shell = new ShellSetup(new ShellOptions(app.Command, options.Exchange), options.Exchange, line => Console.Error.WriteLine("skia-trader: " + line));
using var production = new TerminalProduction(app.Name, app.Command); // log, crash report, telemetry, sandbox (Production/)
Skia.Trader.Terminal.HeadlessTest.HeadlessTestMode.Describe(app.Command);
TerminalScreen? screen = null;
ExchangeConnection? connection = null;
Task? connecting = null;
started = Started;

var code = app.Run(args, parsed =>
{
    var symbols = TerminalOptions.ParseSymbols(parsed.GetValue(options.Symbols) ?? TerminalOptions.DefaultSymbols)!;
    shell.Load(parsed); // the language is chosen before the screen is built
    screen = new TerminalScreen(symbols[0], "SIM");
    return screen.Content;
});

shell.Shell?.Dispose();
screen?.Dispose();
liveMarkup.Dispose();
if (connecting is not null) await Task.WhenAny(connecting, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
// A connection that ended the run itself (the exchange lists none of --symbols) has said why in one line; its code wins over the window's 0.
return code == 0 && connection?.ExitCode is { } refused ? refused : code;

int? Started(IAppWindow window, System.CommandLine.ParseResult parsed)
{
    var symbols = TerminalOptions.ParseSymbols(parsed.GetValue(options.Symbols) ?? TerminalOptions.DefaultSymbols)!;
    ExchangeChoice choice = shell.Choice(parsed);
    var keys = shell.Keys(parsed, choice, out _); // checked when the command line was parsed
    if (production.Start(window, parsed, screen!) is { } refused) return refused;
    screen!.StartStatus(window);
    liveMarkup.Start(window, parsed);
    shell.Attach(window, screen, choice, keys);
    connection = new ExchangeConnection(choice, keys, symbols, line => Console.Error.WriteLine("skia-trader: " + line));
    connecting = Task.Run(() => connection.RunAsync(window, screen));
    return null;
}
