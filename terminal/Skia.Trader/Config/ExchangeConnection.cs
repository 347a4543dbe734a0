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
/// and a toast, and the others go on), starts the session and attaches the screen. It owns the simulator and the session.
/// </summary>
internal sealed class ExchangeConnection(ExchangeChoice choice, ApiCredentials? credentials, IReadOnlyList<string> symbols, Action<string> log) : IAsyncDisposable
{
    // Binance's answer to an exchangeInfo request naming a symbol it does not list (the whole request fails).
    private const int InvalidSymbol = -1121;

    private IAsyncDisposable? _simulator;
    private TerminalSession? _session;

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
            using (var rest = new BinanceRestClient(endpoint))
            {
                listed = await ListedAsync(rest).ConfigureAwait(false);
            }
            var known = symbols.Where(s => listed.Any(i => i.Symbol == s)).ToList();
            foreach (var missing in symbols.Except(known))
            {
                var message = TerminalStrings.Table.Format("shell.symbol.unknown", where, missing);
                log($"the exchange at {where} does not list {missing} (--symbols): it is left out" + (known.Count > 0 ? "; following " + string.Join(",", known) : ""));
                window.Dispatcher.Post(() => screen.Content.ShowToast(message, Skia.Toolkit.Widgets.ToastKind.Error, TimeSpan.FromSeconds(15)));
            }
            if (!known.Contains(screen.Symbol))
            {
                var message = TerminalStrings.Table.Format("shell.symbol.unknown", where, screen.Symbol);
                window.Dispatcher.Post(() => screen.ShowProblem(message));
                return;
            }

            _session = new TerminalSession(endpoint, keys, known);
            _session.Start();
            SymbolInfo shown = listed.First(i => i.Symbol == screen.Symbol);
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
