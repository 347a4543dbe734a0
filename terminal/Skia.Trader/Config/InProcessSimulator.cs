using System.Diagnostics.CodeAnalysis;
using Skia.Trader.Exchange.Hosting;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// InProcessSimulator is the exchange simulator the terminal starts in its own process when <c>--exchange</c> names
/// none (the default). Behind a trimming feature switch: a build published with
/// <c>-p:InProcessSimulator=false</c> (terminal/publish.sh <c>--without-simulator</c>, a size experiment, not the
/// release) leaves the simulator and ASP.NET Core/Kestrel out of the executable and needs <c>--exchange</c>.
/// </summary>
internal sealed class InProcessSimulator : IAsyncDisposable
{
    /// <summary>SwitchName is the AppContext switch (and trimming feature) that says whether the build carries the simulator.</summary>
    public const string SwitchName = "Skia.Trader.InProcessSimulator.IsSupported";

    /// <summary>Missing is the message of a build without the simulator, when no <c>--exchange</c> was given.</summary>
    public const string Missing = "this build has no in-process simulator: start one (Skia.Trader.Exchange) and pass --exchange URL";

    private readonly ExchangeSimulator _simulator = new(new ExchangeOptions { Port = 0 });

    /// <summary>IsSupported is true unless the build was published without the simulator (then a constant false the compiler trims by).</summary>
    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsSupported => !AppContext.TryGetSwitch(SwitchName, out bool on) || on;

    /// <summary>StartAsync starts listening on a free loopback port and returns the REST base address.</summary>
    public Task<Uri> StartAsync() => _simulator.StartAsync();

    /// <summary>DisposeAsync stops the simulator.</summary>
    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
