namespace Skia.Trader.Binance.Endpoints;

/// <summary>
/// BinanceEndpoint names where one exchange lives: its REST base, its market-stream base and its
/// WebSocket API. <see cref="Parse"/> takes the command-line choice <c>binance</c>,
/// <c>binance-testnet</c>, or the http(s)/ws(s) URL of a Binance-compatible server that serves all
/// three on one port (our simulator, which prints its URL when it starts). A program that starts the
/// simulator itself (the terminal's <c>sim</c> choice) uses <see cref="Simulator"/> with its address.
/// </summary>
public sealed record BinanceEndpoint(string Name, Uri RestBase, Uri StreamBase, Uri WebSocketApi)
{
    /// <summary>Binance is production Binance Spot.</summary>
    public static BinanceEndpoint Binance { get; } = new("binance",
        new Uri("https://api.binance.com"), new Uri("wss://stream.binance.com:9443"), new Uri("wss://ws-api.binance.com:443/ws-api/v3"));

    /// <summary>Testnet is the Binance Spot test network (fake funds).</summary>
    public static BinanceEndpoint Testnet { get; } = new("binance-testnet",
        new Uri("https://testnet.binance.vision"), new Uri("wss://stream.testnet.binance.vision:9443"), new Uri("wss://ws-api.testnet.binance.vision/ws-api/v3"));

    /// <summary>IsProduction is true for real-money Binance, where the terminal should ask before trading.</summary>
    public bool IsProduction => Name == "binance";

    /// <summary>Simulator returns the endpoint of a Binance-compatible server on one port (REST, <c>/ws</c>, <c>/stream</c>, <c>/ws-api/v3</c>).</summary>
    public static BinanceEndpoint Simulator(Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        string scheme = baseUri.Scheme;
        bool secure = scheme is "https" or "wss";
        if (scheme is not ("http" or "https" or "ws" or "wss")) throw new ArgumentException($"'{baseUri}' is not an http(s) or ws(s) URL.", nameof(baseUri));
        string authority = baseUri.GetLeftPart(UriPartial.Authority)[(scheme.Length + 3)..];
        return new BinanceEndpoint("sim",
            new Uri((secure ? "https://" : "http://") + authority),
            new Uri((secure ? "wss://" : "ws://") + authority),
            new Uri((secure ? "wss://" : "ws://") + authority + "/ws-api/v3"));
    }

    /// <summary>Parse reads an endpoint choice; it throws <see cref="ArgumentException"/> listing the valid ones.</summary>
    public static BinanceEndpoint Parse(string choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        switch (choice.Trim().ToLowerInvariant())
        {
            case "binance": return Binance;
            case "binance-testnet": case "testnet": return Testnet;
            case "sim":
                throw new ArgumentException(
                    "The simulator listens on the port it prints when it starts: pass that URL (e.g. http://127.0.0.1:54321), " +
                    "or let the terminal start one with --exchange sim.", nameof(choice));
        }
        if (Uri.TryCreate(choice.Trim(), UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" or "ws" or "wss")
        {
            return Simulator(uri);
        }
        throw new ArgumentException($"Unknown endpoint '{choice}': use binance, binance-testnet, or the simulator's URL such as http://127.0.0.1:54321.", nameof(choice));
    }
}
