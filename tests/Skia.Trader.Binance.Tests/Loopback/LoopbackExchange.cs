using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Binance.Tests.Loopback;

/// <summary>LoopbackExchange runs the real simulator on 127.0.0.1 (a free port) for the client to talk to over real sockets.</summary>
internal sealed class LoopbackExchange : IAsyncDisposable
{
    public static readonly ApiCredential Trader = new("trader-key", "trader-secret");
    public static readonly ApiCredential Counterparty = new("counterparty-key", "counterparty-secret");

    private readonly List<IDisposable> _clients = new();

    private LoopbackExchange(ExchangeSimulator simulator, BinanceEndpoint endpoint)
    {
        Simulator = simulator;
        Endpoint = endpoint;
    }

    public ExchangeSimulator Simulator { get; }

    public BinanceEndpoint Endpoint { get; }

    public static async Task<LoopbackExchange> StartAsync(Action<ExchangeOptions>? configure = null)
    {
        var options = new ExchangeOptions { Port = 0, Credentials = [Trader, Counterparty] };
        configure?.Invoke(options);
        var simulator = new ExchangeSimulator(options);
        Uri url = await simulator.StartAsync();
        return new LoopbackExchange(simulator, BinanceEndpoint.Simulator(url));
    }

    public BinanceRestClient Rest(ApiCredential? credential = null)
    {
        var client = new BinanceRestClient(Endpoint, credential is null ? null : new ApiCredentials(credential.ApiKey, credential.Secret));
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (IDisposable c in _clients) c.Dispose();
        await Simulator.DisposeAsync();
    }
}
