using Skia.Toolkit.Hosting;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Ui.Panels;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// ExchangeConnection connects the screen to the chosen exchange in the background: it starts the in-process simulator
/// when none was named, checks the symbols against the exchange's list (an unknown one is one line on standard error
/// and a toast, and the others go on, the first of them shown; when the exchange lists none of them it is a mistake on
/// the command line: one line naming a few symbols it does list, the window closed and <see cref="ExitCode"/> 64),
/// starts the session and attaches the screen. It owns the simulator and the session.
/// </summary>
internal sealed class ExchangeConnection(ExchangeChoice choice, ApiCredentials? credentials, IReadOnlyList<string> symbols, Action<string> log) : IAsyncDisposable
{
    // Binance's answer to an exchangeInfo request naming a symbol it does not list (the whole request fails).
    private const int InvalidSymbol = -1121;

    // How many of the exchange's symbols the line about a --symbols list naming none of them gives as examples.
    private const int ExampleSymbols = 5;

    // How long that line waits for the exchange's full list (large on a real exchange) before going without examples.
    private static readonly TimeSpan ExampleWait = TimeSpan.FromSeconds(5);

    private IAsyncDisposable? _simulator;
    private TerminalSession? _session;

    /// <summary>ExitCode is the process's exit code when the connection ended the run (64: the exchange lists none of the --symbols), else null.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>Run connects and attaches <paramref name="screen"/>; every outcome reaches the screen through the window's dispatcher.</summary>
    public async Task RunAsync(IAppWindow window, TerminalScreen screen)
    {
        Uri? where = choice.Endpoint?.RestBase;
        try
        {
            BinanceEndpoint endpoint;
            ApiCredentials? keys = credentials;
            if (choice.Endpoint is { } chosen)
            {
                endpoint = chosen;
            }
            else if (InProcessSimulator.IsSupported)
            {
                (_simulator, where) = await InProcessSimulator.StartAsync().ConfigureAwait(false);
                endpoint = BinanceEndpoint.Simulator(where);
            }
            else
            {
                throw new InvalidOperationException(InProcessSimulator.Missing); // refused on the command line before this
            }
            if (!choice.IsLive && keys is null)
            {
                // The simulator's documented local keys (loopback only, not secrets), or the pair from the environment.
                keys = new ApiCredentials(Environment.GetEnvironmentVariable("SKIA_SIM_API_KEY") ?? InProcessSimulator.LocalApiKey,
                    Environment.GetEnvironmentVariable("SKIA_SIM_API_SECRET") ?? InProcessSimulator.LocalApiSecret);
            }

            IReadOnlyList<SymbolInfo> listed;
            List<string> known;
            using (var rest = new BinanceRestClient(endpoint))
            {
                listed = await ListedAsync(rest).ConfigureAwait(false);
                known = symbols.Where(s => listed.Any(i => i.Symbol == s)).ToList();
                if (known.Count == 0)
                {
                    // Nothing to show: a mistake on the command line, said in one line with symbols that would do.
                    var examples = await ExamplesAsync(rest).ConfigureAwait(false);
                    log($"the exchange at {where} lists none of {string.Join(",", symbols)} (--symbols)" + (examples.Count > 0 ? "; it lists " + string.Join(", ", examples) + ", ..." : ""));
                    ExitCode = Skia.Toolkit.Hosting.Application.UsageExitCode;
                    window.Dispatcher.Post(window.Close);
                    return;
                }
            }
            foreach (var missing in symbols.Except(known))
            {
                var message = TerminalStrings.Table.Format("shell.symbol.unknown", where, missing);
                log($"the exchange at {where} does not list {missing} (--symbols): it is left out; following " + string.Join(",", known));
                window.Dispatcher.Post(() => screen.Content.ShowToast(message, Skia.Toolkit.Widgets.ToastKind.Error, TimeSpan.FromSeconds(15)));
            }

            _session = new TerminalSession(endpoint, keys, known);
            _session.Start();
            // The first symbol asked for, or when the exchange does not list it the first it does: the line above said so.
            SymbolInfo shown = listed.First(i => i.Symbol == known[0]);
            var session = _session;
            window.Dispatcher.Post(() => screen.Attach(window, session, shown));
        }
        catch (Exception e) when (ConnectProblem.Describe(e, where, symbols) is { } message)
        {
            log(message);
            window.Dispatcher.Post(() => screen.ShowProblem(message));
        }
    }

    /// <summary>DisposeAsync stops the session and the simulator.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync().ConfigureAwait(false);
        if (_simulator is not null) await _simulator.DisposeAsync().ConfigureAwait(false);
    }

    // A few symbols the exchange lists, for the line about a --symbols list naming none; none when the full
    // list does not come in time (it is large on a real exchange) or at all: the line goes without them.
    private static async Task<IReadOnlyList<string>> ExamplesAsync(BinanceRestClient rest)
    {
        using var timeout = new CancellationTokenSource(ExampleWait);
        try
        {
            var all = await rest.GetExchangeInfoAsync(null, timeout.Token).ConfigureAwait(false);
            return [.. all.Select(i => i.Symbol).Take(ExampleSymbols)];
        }
        catch (Exception e) when (e is HttpRequestException or IOException or BinanceApiException or OperationCanceledException or InvalidOperationException or System.Text.Json.JsonException or FormatException)
        {
            return [];
        }
    }

    // The symbols' exchange info; when the exchange refuses the list for an unknown symbol, each is asked alone.
    private async Task<IReadOnlyList<SymbolInfo>> ListedAsync(BinanceRestClient rest)
    {
        try
        {
            return await rest.GetExchangeInfoAsync(symbols).ConfigureAwait(false);
        }
        catch (BinanceApiException e) when (e.Code == InvalidSymbol)
        {
            var listed = new List<SymbolInfo>();
            foreach (var symbol in symbols)
            {
                try
                {
                    listed.AddRange(await rest.GetExchangeInfoAsync([symbol]).ConfigureAwait(false));
                }
                catch (BinanceApiException one) when (one.Code == InvalidSymbol)
                {
                    // Not listed: reported by the caller.
                }
            }
            return listed;
        }
    }
}
