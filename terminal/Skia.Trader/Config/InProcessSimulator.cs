using System.Diagnostics.CodeAnalysis;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// InProcessSimulator is the exchange simulator the terminal starts on a free loopback port when no <c>--exchange</c>
/// is given (the default, issue 13). It is a trimming feature switch: a build published with
/// <c>-p:SkiaTraderInProcessSimulator=false</c> (<c>terminal/publish.sh --no-simulator</c>) has no simulator, no Kestrel
/// and no ASP.NET Core in its executable, and asks for <c>--exchange</c> instead. Nothing outside this class names a
/// type of the simulator's library (terminal/Skia.Trader.Exchange): a single reference elsewhere would keep the
/// simulator and Kestrel in the build without it. (The standalone program, with its <c>Main</c>, is a project of its own,
/// terminal/Skia.Trader.Exchange.Host: NativeAOT keeps an assembly's entry point as soon as any one of its types is
/// reflectable, so the program's command line would otherwise ride along in every terminal.)
/// </summary>
internal static class InProcessSimulator
{
    /// <summary>SwitchName is the AppContext switch (runtimeconfig.json <c>configProperties</c>) that turns the simulator off.</summary>
    public const string SwitchName = "Skia.Trader.InProcessSimulator.IsSupported";

    /// <summary>The simulator's documented local key pair (loopback only, not a secret), the one it accepts unless told
    /// otherwise (Skia.Trader.Exchange's <c>ApiCredential.DefaultLocal</c>; a test checks they are the same).</summary>
    public const string LocalApiKey = "skia-sim-key";

    /// <inheritdoc cref="LocalApiKey"/>
    public const string LocalApiSecret = "skia-sim-secret";

    /// <summary>IsSupported tells whether this build can start the simulator in-process (true unless published without it).</summary>
    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsSupported => !AppContext.TryGetSwitch(SwitchName, out bool enabled) || enabled;

    /// <summary>Missing is the one line a run without <c>--exchange</c> gets from a build without the simulator.</summary>
    public const string Missing =
        "this build has no in-process simulator (published with --no-simulator): add --exchange URL of a running simulator, or --exchange binance|binance-testnet";

    /// <summary>StartAsync starts a simulator on a free loopback port; returns it (to dispose) and its base address.</summary>
    /// <exception cref="InvalidOperationException">This build has no simulator (<see cref="IsSupported"/> is false).</exception>
    public static async Task<(IAsyncDisposable Simulator, Uri Address)> StartAsync()
    {
        if (!IsSupported) throw new InvalidOperationException(Missing);
        var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0 });
        try
        {
            return (simulator, await simulator.StartAsync().ConfigureAwait(false));
        }
        catch
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
