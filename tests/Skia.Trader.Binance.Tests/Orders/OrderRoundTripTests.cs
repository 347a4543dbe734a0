using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Binance.Tests.Orders;

/// <summary>Client to simulator round trips on a quiet exchange (no synthetic market), so every fill is one the test made.</summary>
public class OrderRoundTripTests
{
    private static Task<LoopbackExchange> QuietExchange() => LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);

    private static OrderRecord Ledger(LoopbackExchange exchange, Order order) =>
        Assert.Single(exchange.Simulator.Ledger.Orders(), o => o.ClientOrderId == order.ClientOrderId);

    [Fact]
    public async Task A_limit_order_rests_then_fills_partly_then_fully_as_the_user_stream_reports()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: true);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        var changes = new List<OrderStatus>();
        trader.Tracker.OrderChanged += c => { if (c.Transition.WasApplied) lock (changes) changes.Add(c.Transition.To); };

        Order bid = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.1"));
        Assert.Equal(OrderStatus.New, bid.Status);
        Assert.Equal(OrderStatus.New, Ledger(exchange, bid).Status);

        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.04"));
        await Eventually.True(() => bid.Status == OrderStatus.PartiallyFilled, () => bid.Status.ToString());
        Assert.Equal(Quantity.Parse("0.04"), bid.ExecutedQuantity);

        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.06"));
        await Eventually.True(() => bid.Status == OrderStatus.Filled, () => bid.Status.ToString());

        OrderRecord record = Ledger(exchange, bid);
        Assert.Equal(OrderStatus.Filled, record.Status);
        Assert.Equal(record.Executed, bid.ExecutedQuantity);
        Assert.Equal(Quantity.Parse("6000"), bid.CumulativeQuote);
        Assert.Equal(Price.Parse("60000"), bid.AveragePrice);
        lock (changes) Assert.Equal([OrderStatus.New, OrderStatus.PartiallyFilled, OrderStatus.Filled], changes);
        // Balances from outboundAccountPosition agree with the exchange's ledger.
        await Eventually.True(
            () => trader.Tracker.TryGetBalance("BTC", out var btc) && btc.Free == exchange.Simulator.Ledger.Balance(trader.Account, "BTC").Free,
            () => "BTC balance never matched the ledger");
    }

    [Fact]
    public async Task A_cancelled_order_is_cancelled_on_both_sides()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        Order ask = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.01"));
        Assert.Equal(OrderStatus.New, ask.Status);

        await trader.Entry.CancelAsync(ask);

        Assert.Equal(OrderStatus.Canceled, ask.Status);
        Assert.Equal(OrderStatus.Canceled, Ledger(exchange, ask).Status);
        Assert.Empty(await trader.Rest.GetOpenOrdersAsync("BTCUSDT"));
    }

    [Fact]
    public async Task Cancelling_an_order_that_filled_meanwhile_shows_it_filled()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        Order ask = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "61000", "0.01"));
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "61000", "0.01"));

        await trader.Entry.CancelAsync(ask); // -2011 Unknown order sent: the query tells the truth

        Assert.Equal(OrderStatus.Filled, ask.Status);
        Assert.Equal(Quantity.Parse("0.01"), ask.ExecutedQuantity);
    }

    [Fact]
    public async Task IOC_and_FOK_remainders_expire()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        Order resting = await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "60000", "0.03"));

        Order fok = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Fok, "60000", "0.1"));
        Assert.Equal(OrderStatus.Expired, fok.Status);
        Assert.True(fok.ExecutedQuantity.IsZero);
        Assert.True(Ledger(exchange, resting).Executed.IsZero, "FOK must not trade at all");

        Order ioc = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Ioc, "60000", "0.1"));
        Assert.Equal(OrderStatus.Expired, ioc.Status);
        Assert.Equal(Quantity.Parse("0.03"), ioc.ExecutedQuantity);
        Assert.Equal(OrderStatus.Expired, Ledger(exchange, ioc).Status);
        Assert.Equal(OrderStatus.Filled, Ledger(exchange, resting).Status);
    }

    [Fact]
    public async Task A_market_order_by_quote_amount_spends_that_amount()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "50000", "0.1"));

        Order market = await trader.Entry.PlaceAsync(Trading.MarketByQuote(OrderSide.Buy, "1000"));

        Assert.Equal(OrderStatus.Filled, market.Status);
        Assert.Equal(Quantity.Parse("0.02"), market.ExecutedQuantity);
        Assert.Equal(Quantity.Parse("1000"), market.CumulativeQuote);
        Assert.Equal(Quantity.Parse("1000"), Ledger(exchange, market).CumulativeQuote);
    }

    [Theory]
    [InlineData("60000.005", "0.01", "Filter failure: PRICE_FILTER")]
    [InlineData("60000", "0.000001", "Filter failure: LOT_SIZE")]
    [InlineData("60000", "0.00001", "Filter failure: NOTIONAL")]
    public async Task A_filter_failure_rejects_the_order_with_the_exchanges_code_and_message(string price, string quantity, string message)
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);

        Order order = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, price, quantity));

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal("-1013: " + message, order.RejectReason);
        Assert.DoesNotContain(exchange.Simulator.Ledger.Orders(), o => o.ClientOrderId == order.ClientOrderId && o.Status != OrderStatus.Rejected);
    }
}
