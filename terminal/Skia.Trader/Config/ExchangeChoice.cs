using Skia.Trader.Binance.Endpoints;

namespace Skia.Trader.Terminal.Config;

/// <summary>
/// ExchangeChoice is what <c>--exchange</c> selects: nothing (a simulator started in-process), a simulator's URL, or a
/// real Binance service (<c>binance</c>, <c>binance-testnet</c>), which is LIVE: shown in red in the header.
/// </summary>
/// <param name="Endpoint">The endpoint, or null for the in-process simulator (its address is known once it listens).</param>
internal sealed record ExchangeChoice(BinanceEndpoint? Endpoint)
{
    /// <summary>InProcess is the default: a simulator started here.</summary>
    public static ExchangeChoice InProcess { get; } = new((BinanceEndpoint?)null);

    /// <summary>IsLive tells whether a real Binance service (production or testnet) is in use.</summary>
    public bool IsLive => Endpoint is { Name: "binance" or "binance-testnet" };

    /// <summary>Name is the exchange's short name for the header: "SIM" for a simulator, else the service's name.</summary>
    public string Name => IsLive ? Endpoint!.Name : "SIM";

    /// <summary>Parse reads the value of <c>--exchange</c> (null: in-process), or returns null with <paramref name="error"/> saying what is accepted.</summary>
    /// <param name="text">The option's value, or null.</param>
    /// <param name="error">One line when the value is not understood.</param>
    public static ExchangeChoice? Parse(string? text, out string? error)
    {
        error = null;
        if (text is null) return InProcess;
        switch (text.Trim().ToLowerInvariant())
        {
            case "binance": return new ExchangeChoice(BinanceEndpoint.Binance);
            case "binance-testnet": return new ExchangeChoice(BinanceEndpoint.Testnet);
        }
        if (TerminalOptions.ParseExchange(text) is { } uri) return new ExchangeChoice(BinanceEndpoint.Simulator(uri));
        error = $"--exchange needs binance, binance-testnet, or a simulator's http:// or https:// URL such as http://127.0.0.1:8080/, not '{text}'";
        return null;
    }
}
