using Skia.Trader.Binance.Endpoints;
using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Signing;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Http;

namespace Skia.Trader.Tests.Production;

/// <summary>
/// Crash safety for orders: an order the terminal had resting when it stopped (here placed on the account over the
/// simulator's signed REST API, as a previous run that crashed would have left it) stays on the exchange, and the next
/// start of the real terminal process, connected to that exchange, reconciles it into its open orders.
/// </summary>
public class ReconcileAtStartProcessTests
{
    [Fact]
    public async Task An_order_left_resting_by_an_earlier_run_is_in_open_orders_after_the_next_start()
    {
        await using var simulator = new ExchangeSimulator(new ExchangeOptions { Port = 0, Seed = 5 });
        Uri url = await simulator.StartAsync();
        var left = new Order(OrderEntry.NewClientOrderId(), "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, Price.Parse("1000"), Quantity.Parse("0.01"));
        using (var rest = new BinanceRestClient(BinanceEndpoint.Simulator(url), new ApiCredentials(ApiCredential.DefaultLocal.ApiKey, ApiCredential.DefaultLocal.Secret)))
        {
            await rest.SyncClockAsync();
            Assert.Equal(OrderStatus.New, (await rest.PlaceOrderAsync(left)).Status);
        }

        string markup = Path.Combine(Path.GetTempPath(), "skia-trader-reconcile-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            using var terminal = new TerminalProcess(["--headless", "--exit-after", TerminalProcess.SafetyNet, "--exchange", url.ToString(), "--markup", markup], liveMarkup: true);
            await Task.Run(() => terminal.WaitForScreen(s => s.Contains("Open orders (", StringComparison.Ordinal) && !s.Contains("Open orders (0)", StringComparison.Ordinal),
                "the open orders reconciled from the exchange"));
            var (code, _) = await Task.Run(terminal.StopAndWait);
            Assert.True(code == 0, terminal.Stderr);
            string text = File.ReadAllText(markup);
            // The account's only order (a fresh simulator), reconciled from the exchange's open-order list.
            Assert.Contains("Open orders (1)", text, StringComparison.Ordinal);
            Assert.Equal(OrderStatus.New, simulator.Ledger.OrdersOf(ApiCredential.DefaultLocal.ApiKey).Single().Status); // still resting, not touched
        }
        finally
        {
            File.Delete(markup);
        }
    }
}
