using System.Diagnostics;
using System.Globalization;
using Skia.Trader.Binance.Connection;
using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;

// Measures place -> ack (the exchange's answer to a new LIMIT order) and cancel -> ack round trips over REST
// and over the WebSocket API, against the simulator on loopback: in this process (default) or a running one
// (--url). Transports alternate in blocks of 50 so drift in machine load hits both alike. One JSON line per
// transport and operation: n, median, p90, p99, max in microseconds.
const string Usage = "usage: Skia.Trader.OrderLatency [--orders N (default 2000)] [--warmup N (default 200)] [--url http://127.0.0.1:PORT]";
int orders = 2000, warmup = 200;
string? url = null;
for (int i = 0; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--orders" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out orders) && orders > 0:
        case "--warmup" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out warmup):
        case "--url" when Uri.TryCreate(value, UriKind.Absolute, out _) && (url = value) is not null:
            i++;
            break;
        default:
            Console.Error.WriteLine($"error: bad option '{args[i]}'{(value is null ? "" : $" '{value}'")}. {Usage}");
            return 64;
    }
}

ExchangeSimulator? simulator = null;
Uri baseUri;
if (url is null)
{
    simulator = new ExchangeSimulator(new ExchangeOptions { SyntheticMarket = false });
    baseUri = await simulator.StartAsync();
}
else
{
    baseUri = new Uri(url);
}
try
{
    BinanceEndpoint endpoint = BinanceEndpoint.Simulator(baseUri);
    // The simulator's documented local key (loopback only, not a secret).
    var credentials = new ApiCredentials("skia-sim-key", "skia-sim-secret");
    using var rest = new BinanceRestClient(endpoint, credentials);
    await rest.SyncClockAsync();
    await using var ws = new WebSocketApiClient(endpoint, rest);
    ws.Start();
    if (!await ws.WaitUntilConnectedAsync(TimeSpan.FromSeconds(10)))
    {
        Console.Error.WriteLine($"error: WebSocket API at {endpoint.WebSocketApi} not reachable: {ws.Status.Reason}");
        return 1;
    }

    var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    foreach (string key in new[] { "rest place", "ws-api place", "rest cancel", "ws-api cancel" })
        samples[key] = new List<double>(orders);
    const int Block = 50;
    for (int done = -warmup; done < orders;)
    {
        int block = done < 0 ? Math.Min(Block, -done) : Math.Min(Block, orders - done); // warm-up blocks never mix with measured ones
        bool measured = done >= 0;
        foreach (bool overWebSocketApi in new[] { false, true })
        {
            string name = overWebSocketApi ? "ws-api" : "rest";
            for (int k = 0; k < block; k++)
            {
                var order = new Order(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc,
                    Price.Parse("60000"), Quantity.Parse("0.001"));
                long start = Stopwatch.GetTimestamp();
                OrderReport placed = overWebSocketApi ? await ws.PlaceOrderAsync(order) : await rest.PlaceOrderAsync(order);
                double placeUs = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                if (placed.Status != OrderStatus.New) throw new InvalidOperationException($"order {order.ClientOrderId} came back {placed.Status}");
                start = Stopwatch.GetTimestamp();
                OrderReport canceled = overWebSocketApi
                    ? await ws.CancelOrderAsync(order.Symbol, order.ClientOrderId)
                    : await rest.CancelOrderAsync(order.Symbol, order.ClientOrderId);
                double cancelUs = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                if (canceled.Status != OrderStatus.Canceled) throw new InvalidOperationException($"cancel of {order.ClientOrderId} came back {canceled.Status}");
                if (measured)
                {
                    samples[name + " place"].Add(placeUs);
                    samples[name + " cancel"].Add(cancelUs);
                }
            }
        }
        done += block;
    }

    string where = simulator is null ? baseUri.ToString() : "in-process simulator on " + baseUri;
    foreach (var (key, list) in samples)
    {
        list.Sort();
        string[] parts = key.Split(' ');
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"transport\":\"{parts[0]}\",\"operation\":\"{parts[1]}\",\"n\":{list.Count},\"median_us\":{Percentile(list, 0.5):0},\"p90_us\":{Percentile(list, 0.9):0},\"p99_us\":{Percentile(list, 0.99):0},\"max_us\":{list[^1]:0},\"target\":\"{where}\"}}"));
    }
    return 0;
}
catch (Exception e) when (e is BinanceApiException or InvalidOperationException or HttpRequestException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
finally
{
    if (simulator is not null)
        await simulator.DisposeAsync();
}

// Nearest-rank percentile of sorted samples.
static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
