using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Symbols;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Tests.Shell;

/// <summary>
/// LoopbackShell is a <see cref="ShellFixture"/> whose screen is attached to a started <see cref="TerminalSession"/> for
/// BTCUSDT on the real <see cref="ExchangeSimulator"/> on loopback (seed 11), signed with <see cref="Account"/>. Disposing it
/// disposes the screen, then the session, then the simulator, then the fixture.
/// </summary>
internal sealed class LoopbackShell : IDisposable
{
    /// <summary>Account is the local credential the session signs with (the simulator's ledger keys its orders by it).</summary>
    public static readonly ApiCredential Account = ApiCredential.DefaultLocal;

    private readonly ShellFixture? _fixture;
    private readonly TerminalSession? _session;
    private readonly SymbolInfo? _info;

    /// <summary>Starts the simulator (with or without its synthetic market: without, the books stay empty), then the session, and attaches the screen.</summary>
    public LoopbackShell(bool syntheticMarket = true)
    {
        Simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 11, SyntheticMarket = syntheticMarket });
        try
        {
            Uri rest = Block(Simulator.StartAsync());
            _fixture = new ShellFixture();
            _session = new TerminalSession(BinanceEndpoint.Simulator(rest), new ApiCredentials(Account.ApiKey, Account.Secret), ["BTCUSDT"]);
            _session.Start();
            _info = Block(_session.Rest.GetExchangeInfoAsync(["BTCUSDT"])).Single();
            _fixture.Screen.Attach(_fixture.Window.Window, _session, _info);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public ExchangeSimulator Simulator { get; }

    public ShellFixture Fixture => _fixture!;

    public TerminalSession Session => _session!;

    /// <summary>Info is BTCUSDT as the simulator's exchange info lists it.</summary>
    public SymbolInfo Info => _info!;

    // Waits on the test's own thread, which is the window's UI thread (a network wait never touches a widget).
    public static T Block<T>(Task<T> task) => task.GetAwaiter().GetResult();

    public static void Block(Task task) => task.GetAwaiter().GetResult();

    public void Dispose()
    {
        _fixture?.Screen.Dispose(); // before the session: the pump reads the session's slots
        if (_session is not null) Block(_session.DisposeAsync().AsTask());
        Block(Simulator.DisposeAsync().AsTask());
        _fixture?.Dispose();
    }
}
