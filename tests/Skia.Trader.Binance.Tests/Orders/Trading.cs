using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Binance.Tests.Orders;

/// <summary>Trading is one account's client side in a round-trip test: REST, order entry, tracker, and optionally the user-data stream.</summary>
internal sealed class Trading : IAsyncDisposable
{
    private Trading(LoopbackExchange exchange, ApiCredential credential)
    {
        Account = credential.ApiKey;
        Rest = exchange.Rest(credential);
        Tracker = new OrderTracker();
        Entry = new OrderEntry(Rest, Tracker) { ResolveDelay = TimeSpan.FromMilliseconds(50) };
    }

    public string Account { get; }

    public BinanceRestClient Rest { get; }

    public OrderTracker Tracker { get; }

    public OrderEntry Entry { get; }

    public UserDataStream? Stream { get; private set; }

    public static async Task<Trading> StartAsync(LoopbackExchange exchange, ApiCredential credential, bool userStream, TimeSpan? reconnectBackoff = null)
    {
        var trading = new Trading(exchange, credential);
        await trading.Rest.SyncClockAsync();
        if (userStream)
        {
            trading.Stream = new UserDataStream(exchange.Endpoint, trading.Rest, trading.Tracker,
                new Binance.Connection.ConnectionOptions { SilenceTimeout = TimeSpan.FromHours(1), InitialBackoff = reconnectBackoff ?? TimeSpan.FromMilliseconds(100) });
            trading.Stream.Start();
            await Eventually.True(() => trading.Stream.State == UserDataState.Live, () => "user stream: " + trading.Stream.State);
        }
        return trading;
    }

    public static Order Limit(OrderSide side, TimeInForce tif, string price, string quantity, string symbol = "BTCUSDT") =>
        new(OrderEntry.NewClientOrderId(), symbol, side, OrderType.Limit, tif, Price.Parse(price), Quantity.Parse(quantity));

    public static Order MarketByQuote(OrderSide side, string quote, string symbol = "BTCUSDT") =>
        new(OrderEntry.NewClientOrderId(), symbol, side, OrderType.Market, TimeInForce.Gtc, Price.Zero, Quantity.Zero, Quantity.Parse(quote));

    public async ValueTask DisposeAsync()
    {
        if (Stream != null) await Stream.DisposeAsync();
    }
}
