using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// TestExchange is the simulator in the test process on a free loopback port (fixed seed), which the terminal process
/// connects to with <c>--exchange</c>, and "another client" on the same account: a signed REST client with the
/// simulator's documented local keys, as a second program of the same trader would be.
/// </summary>
internal sealed class TestExchange : IDisposable
{
    /// <summary>Account is the API key of the account both the terminal and the other client trade on.</summary>
    public static readonly string Account = ApiCredential.DefaultLocal.ApiKey;

    /// <summary>Starts the simulator with <paramref name="seed"/>, the account funded with <paramref name="balances"/> (asset -> amount) or the simulator's default funding.</summary>
    public TestExchange(int seed = 7, IDictionary<string, Quantity>? balances = null)
    {
        var options = new ExchangeOptions { Port = 0, Seed = seed };
        if (balances is not null) options.InitialBalances = balances;
        Simulator = new ExchangeSimulator(options);
        Rest = Simulator.StartAsync().GetAwaiter().GetResult();
        OtherClient = new BinanceRestClient(BinanceEndpoint.Simulator(Rest), new ApiCredentials(ApiCredential.DefaultLocal.ApiKey, ApiCredential.DefaultLocal.Secret));
    }

    /// <summary>Simulator is the exchange: its ledger is the truth the tests compare the screen with.</summary>
    public ExchangeSimulator Simulator { get; }

    /// <summary>Rest is the address the terminal is given with --exchange.</summary>
    public Uri Rest { get; }

    /// <summary>OtherClient trades on the terminal's account from outside the terminal.</summary>
    public BinanceRestClient OtherClient { get; }

    /// <summary>Orders are the account's orders in the simulator's ledger.</summary>
    public IReadOnlyList<OrderRecord> Orders => Simulator.Ledger.OrdersOf(Account);

    /// <summary>OpenClientIds are the client order ids of the account's open orders in the ledger, sorted.</summary>
    public IReadOnlyList<string> OpenClientIds =>
        [.. Orders.Where(o => o.Status is OrderStatus.New or OrderStatus.PartiallyFilled).Select(o => o.ClientOrderId).Order(StringComparer.Ordinal)];

    /// <summary>Place places a GTC limit order of 0.001 BTCUSDT through the other client and returns the exchange's answer.</summary>
    public OrderReport Place(string clientOrderId, OrderSide side, Price price) =>
        OtherClient.PlaceOrderAsync(new Order(clientOrderId, "BTCUSDT", side, OrderType.Limit, TimeInForce.Gtc, price, Quantity.Parse("0.001"))).GetAwaiter().GetResult();

    /// <summary>Cancel cancels an order through the other client.</summary>
    public OrderReport Cancel(string clientOrderId) => OtherClient.CancelOrderAsync("BTCUSDT", clientOrderId).GetAwaiter().GetResult();

    /// <summary>BestBid is the exchange's best bid for BTCUSDT now.</summary>
    public Price BestBid() => OtherClient.GetDepthAsync("BTCUSDT", 5).GetAwaiter().GetResult().Bids[0].Price;

    public void Dispose()
    {
        OtherClient.Dispose();
        Simulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
