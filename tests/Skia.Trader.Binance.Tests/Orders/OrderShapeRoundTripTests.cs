using Skia.Trader.Binance.Orders;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.UserData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Exchange.Matching;
using AccountTrade = Skia.Trader.Binance.Rest.AccountTrade;

namespace Skia.Trader.Binance.Tests.Orders;

/// <summary>
/// Every order type with every time in force it takes, placed through the client (requests built from
/// <see cref="OrderShapes"/>) against the simulator over loopback; and the second-round calls end to end.
/// </summary>
public class OrderShapeRoundTripTests
{
    private static Task<LoopbackExchange> QuietExchange() => LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);

    private static Order Make(OrderType type, OrderSide side, TimeInForce tif, string price, string qty, string? stop = null, long trailing = 0, string? iceberg = null) =>
        new(OrderEntry.NewClientOrderId(), "BTCUSDT", side, type, tif, price.Length == 0 ? Price.Zero : Price.Parse(price), Quantity.Parse(qty))
        {
            StopPrice = stop is null ? Price.Zero : Price.Parse(stop),
            TrailingDelta = trailing,
            IcebergQuantity = iceberg is null ? Quantity.Zero : Quantity.Parse(iceberg),
        };

    /// <summary>SetMarket makes a last price of 65000 and leaves a bid at 64000 and an ask at 66000 from the counterparty.</summary>
    private static async Task SetMarket(Trading other, Trading trader)
    {
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "65000", "0.01"));
        await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Ioc, "65000", "0.01"));
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "64000", "1"));
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "66000", "1"));
    }

    [Fact]
    public async Task Every_order_type_with_every_time_in_force_it_takes_is_accepted_as_sent()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        await SetMarket(other, trader);

        var placed = new List<(Order Order, OrderStatus Expected)>();
        foreach (OrderShape shape in OrderShapes.All)
        {
            TimeInForce[] tifs = shape.TimesInForce.Count > 0 ? [.. shape.TimesInForce] : [TimeInForce.Gtc];
            foreach (TimeInForce tif in tifs)
            {
                (Order order, OrderStatus expected) = shape.Type switch
                {
                    // A buy limit under the market: GTC rests, IOC and FOK find nothing and expire.
                    OrderType.Limit => (Make(OrderType.Limit, OrderSide.Buy, tif, "63000", "0.01"), tif == TimeInForce.Gtc ? OrderStatus.New : OrderStatus.Expired),
                    OrderType.Market => (Make(OrderType.Market, OrderSide.Buy, tif, "", "0.001"), OrderStatus.Filled),
                    OrderType.LimitMaker => (Make(OrderType.LimitMaker, OrderSide.Buy, tif, "63000", "0.01"), OrderStatus.New),
                    // Stops wait for their trigger: STOP_LOSS BUY above the market, TAKE_PROFIT BUY below.
                    OrderType.StopLoss => (Make(OrderType.StopLoss, OrderSide.Buy, tif, "", "0.01", stop: "70000"), OrderStatus.New),
                    OrderType.StopLossLimit => (Make(OrderType.StopLossLimit, OrderSide.Buy, tif, "70100", "0.01", stop: "70000"), OrderStatus.New),
                    OrderType.TakeProfit => (Make(OrderType.TakeProfit, OrderSide.Buy, tif, "", "0.01", stop: "60000"), OrderStatus.New),
                    OrderType.TakeProfitLimit => (Make(OrderType.TakeProfitLimit, OrderSide.Buy, tif, "60100", "0.01", stop: "60000"), OrderStatus.New),
                    _ => throw new InvalidOperationException(shape.Type.ToString()),
                };
                placed.Add((await trader.Entry.PlaceAsync(order), expected));
            }
        }
        placed.Add((await trader.Entry.PlaceAsync(Make(OrderType.StopLoss, OrderSide.Sell, TimeInForce.Gtc, "", "0.01", trailing: 100)), OrderStatus.New));
        placed.Add((await trader.Entry.PlaceAsync(Make(OrderType.Limit, OrderSide.Buy, TimeInForce.Gtc, "63000", "0.01", iceberg: "0.002")), OrderStatus.New));
        Assert.Equal(15, placed.Count); // 3 + 1 + 1 + 3 + 1 + 3 + 1 + trailing + iceberg

        foreach (var (order, expected) in placed)
        {
            Assert.True(order.Status == expected, $"{order.Type} {order.TimeInForce}: {order.Status} ({order.RejectReason})");
            OrderRecord record = Assert.Single(exchange.Simulator.Ledger.Orders(), o => o.ClientOrderId == order.ClientOrderId);
            Assert.Equal(order.Type, record.Type);
            Assert.Equal(order.StopPrice, record.StopPrice);
            Assert.Equal(order.TrailingDelta, record.TrailingDelta);
            Assert.Equal(order.IcebergQuantity, record.IcebergQuantity);
            if (order.Shape.TimesInForce.Count > 0) Assert.Equal(order.TimeInForce, record.TimeInForce);
        }
    }

    [Fact]
    public async Task An_order_that_does_not_fit_its_shape_is_rejected_before_sending_and_never_reaches_the_exchange()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        Order noStop = await trader.Entry.PlaceAsync(Make(OrderType.StopLoss, OrderSide.Sell, TimeInForce.Gtc, "", "0.01"));
        Assert.Equal(OrderStatus.Rejected, noStop.Status);
        Assert.Equal("not sent: A STOP_LOSS order needs stopPrice or trailingDelta. (Parameter 'order')", noStop.RejectReason);
        Order icebergIoc = await trader.Entry.PlaceAsync(Make(OrderType.Limit, OrderSide.Buy, TimeInForce.Ioc, "63000", "0.01", iceberg: "0.002"));
        Assert.Equal(OrderStatus.Rejected, icebergIoc.Status);
        Order up = Make(OrderType.LimitMaker, OrderSide.Sell, TimeInForce.Gtc, "67000", "0.01");
        Order down = Make(OrderType.StopLoss, OrderSide.Sell, TimeInForce.Gtc, "", "0.01"); // no stopPrice nor trailingDelta
        Assert.Null(await trader.Entry.PlaceOcoAsync(up, down));
        Assert.Equal((OrderStatus.Rejected, OrderStatus.Rejected), (up.Status, down.Status));
        Assert.Empty(exchange.Simulator.Ledger.OrdersOf(LoopbackExchange.Trader.ApiKey));
    }

    [Fact]
    public async Task An_oco_through_the_client_reports_list_status_and_one_leg_trading_ends_the_other()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: true);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);
        var lists = new List<OrderListStatus>();
        trader.Stream!.ListStatusReceived += l => { lock (lists) lists.Add(l); };
        await SetMarket(other, trader);

        // Between the last price (65000) and the counterparty's own ask (66000), so the counterparty's buy meets it first.
        Order above = Make(OrderType.LimitMaker, OrderSide.Sell, TimeInForce.Gtc, "65500", "0.01");
        Order below = Make(OrderType.StopLossLimit, OrderSide.Sell, TimeInForce.Gtc, "62900", "0.01", stop: "63000");
        OrderListReport? list = await trader.Entry.PlaceOcoAsync(above, below);
        Assert.NotNull(list);
        Assert.All(list.Orders, o => Assert.Equal(list.OrderListId, o.OrderListId));
        Assert.Equal(OrderStatus.New, above.Status);
        Assert.Equal(OrderStatus.New, below.Status);
        await Eventually.True(() => { lock (lists) return lists.Any(l => l.ListStatusType == "EXEC_STARTED"); }, () => $"{lists.Count} list events");

        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "65500", "0.01")); // takes the LIMIT_MAKER leg
        await Eventually.True(() => above.Status == OrderStatus.Filled && below.Status == OrderStatus.Expired, () => $"{above.Status} {below.Status}");
        await Eventually.True(() => { lock (lists) return lists.Any(l => l.OrderListId == list.OrderListId && l.ListOrderStatus == "ALL_DONE"); }, () => "no ALL_DONE");
    }

    [Fact]
    public async Task Cancel_all_cancel_replace_amend_and_histories_through_the_client()
    {
        await using var exchange = await QuietExchange();
        await using var trader = await Trading.StartAsync(exchange, LoopbackExchange.Trader, userStream: false);
        await using var other = await Trading.StartAsync(exchange, LoopbackExchange.Counterparty, userStream: false);

        // Amend keeps priority: the trader's order, placed first and then shrunk, still fills before the later order.
        Order first = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.5"));
        Order later = await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Sell, TimeInForce.Gtc, "70000", "0.5"));
        await trader.Entry.AmendAsync(first, Quantity.Parse("0.2"));
        Assert.Equal(Quantity.Parse("0.2"), first.Quantity);
        Assert.Equal(OrderStatus.New, first.Status);
        await other.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Ioc, "70000", "0.2"));
        OrderReport? filled = await trader.Rest.QueryOrderAsync("BTCUSDT", first.ClientOrderId);
        Assert.Equal(OrderStatus.Filled, filled!.Status);
        Assert.Equal(OrderStatus.New, (await other.Rest.QueryOrderAsync("BTCUSDT", later.ClientOrderId))!.Status);

        // Cancel-replace: the old order is cancelled and the new one tracked.
        Order bid = await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));
        Order replacement = Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60500", "0.02");
        await trader.Entry.CancelReplaceAsync(bid, replacement);
        Assert.Equal(OrderStatus.Canceled, bid.Status);
        Assert.Equal(OrderStatus.New, replacement.Status);
        // A replacement the exchange refuses after the cancel (-2021) is REJECTED, and the old order shows CANCELED.
        Order crossing = Make(OrderType.LimitMaker, OrderSide.Buy, TimeInForce.Gtc, "70000", "0.01");
        await trader.Entry.CancelReplaceAsync(replacement, crossing);
        Assert.Equal(OrderStatus.Canceled, replacement.Status);
        Assert.Equal(OrderStatus.Rejected, crossing.Status);
        Assert.StartsWith("-2021", crossing.RejectReason);

        // Cancel all of a symbol.
        await trader.Entry.PlaceAsync(Trading.Limit(OrderSide.Buy, TimeInForce.Gtc, "60000", "0.01"));
        await trader.Entry.PlaceAsync(Make(OrderType.TakeProfit, OrderSide.Buy, TimeInForce.Gtc, "", "0.01", stop: "60000"));
        IReadOnlyList<OrderReport> canceled = await trader.Entry.CancelAllAsync("BTCUSDT");
        Assert.Equal(2, canceled.Count);
        Assert.Empty(await trader.Rest.GetOpenOrdersAsync("BTCUSDT"));

        // Histories.
        IReadOnlyList<OrderReport> all = await trader.Rest.GetAllOrdersAsync("BTCUSDT");
        Assert.Equal(trader.Tracker.Orders.Count(o => o.Status != OrderStatus.Rejected || o.ExchangeOrderId >= 0), all.Count);
        IReadOnlyList<AccountTrade> trades = await trader.Rest.GetMyTradesAsync("BTCUSDT");
        AccountTrade trade = Assert.Single(trades);
        Assert.Equal(filled.ExchangeOrderId, trade.ExchangeOrderId);
        Assert.True(trade.IsMaker);
        Assert.False(trade.IsBuyer);
        Assert.Equal(Quantity.Parse("14"), trade.Commission); // 0.1% of 14000 USDT
        Assert.Equal("USDT", trade.CommissionAsset);
    }
}
