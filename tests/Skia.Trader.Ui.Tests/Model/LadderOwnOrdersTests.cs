using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Session;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Model;

public class LadderOwnOrdersTests
{
    private static OpenOrderView Open(string id, OrderSide side, string price, string quantity, OrderStatus status = OrderStatus.New,
        string executed = "0", string symbol = "BTCUSDT", OrderType type = OrderType.Limit) =>
        new(id, symbol, side, type, P(price), Q(quantity), Q(executed), status, null);

    private static OrderBookSnapshot Book(string bidAt100) => Of([("100.00", bidAt100), ("99.99", "5")], [("100.01", "4")]);

    [Fact]
    public void An_acknowledged_order_is_marked_with_the_size_that_was_at_its_price_as_the_queue_ahead()
    {
        var own = new LadderOwnOrders("BTCUSDT");
        own.ApplyBook(Book("2"));

        own.ApplyOrders([Open("a", OrderSide.Buy, "100.00", "0.5")]);

        OwnOrderMark mark = Assert.Single(own.Marks.ToArray());
        Assert.Equal(("a", OrderSide.Buy, P("100.00"), Q("0.5")), (mark.ClientOrderId, mark.Side, mark.Price, mark.Remaining));
        Assert.Equal(Q("2"), mark.QueueAhead);
    }

    [Fact]
    public void Trades_at_the_price_move_the_order_forward_and_its_own_fill_puts_it_at_the_front()
    {
        var own = new LadderOwnOrders("BTCUSDT");
        own.ApplyBook(Book("2"));
        own.ApplyOrders([Open("a", OrderSide.Buy, "100.00", "0.5")]);
        own.ApplyBook(Book("2.5")); // the book now shows ours behind the 2

        own.ApplyTrades([new TradePrint(1, P("100.00"), Q("1.5"), 0, BuyerIsMaker: true)]); // sold into the bid
        Assert.Equal(Q("0.5"), own.Marks[0].QueueAhead);
        own.ApplyBook(Book("1")); // the level shows the 1.5 gone: not counted again as cancels
        Assert.Equal(Q("0.5"), own.Marks[0].QueueAhead);

        own.ApplyOrders([Open("a", OrderSide.Buy, "100.00", "0.5", OrderStatus.PartiallyFilled, executed: "0.2")]);
        Assert.Equal(Quantity.Zero, own.Marks[0].QueueAhead);
        Assert.Equal(Q("0.3"), own.Marks[0].Remaining);
    }

    [Fact]
    public void Unacknowledged_orders_are_marked_without_an_estimate_and_other_symbols_and_market_orders_not_at_all()
    {
        var own = new LadderOwnOrders("BTCUSDT");
        own.ApplyBook(Book("2"));

        own.ApplyOrders([
            Open("pending", OrderSide.Sell, "100.05", "1", OrderStatus.PendingSend),
            Open("eth", OrderSide.Buy, "100.00", "1", symbol: "ETHUSDT"),
            Open("market", OrderSide.Buy, "0", "1", OrderStatus.PendingSend, type: OrderType.Market),
        ]);

        OwnOrderMark mark = Assert.Single(own.Marks.ToArray());
        Assert.Equal("pending", mark.ClientOrderId);
        Assert.Null(mark.QueueAhead);
        Assert.Equal(0, own.Estimator.Count);
    }

    [Fact]
    public void An_order_that_leaves_the_open_orders_is_forgotten()
    {
        var own = new LadderOwnOrders("BTCUSDT");
        own.ApplyBook(Book("2"));
        own.ApplyOrders([Open("a", OrderSide.Buy, "100.00", "0.5"), Open("b", OrderSide.Buy, "99.99", "1")]);
        Assert.Equal(2, own.Estimator.Count);

        own.ApplyOrders([Open("b", OrderSide.Buy, "99.99", "1")]);

        Assert.Equal(1, own.Estimator.Count);
        Assert.Equal("b", Assert.Single(own.Marks.ToArray()).ClientOrderId);
        Assert.False(own.Estimator.TryGetAhead("a", out _));
    }

    [Fact]
    public void An_order_acknowledged_before_the_first_book_gets_its_estimate_from_that_book()
    {
        var own = new LadderOwnOrders("BTCUSDT");
        own.ApplyOrders([Open("a", OrderSide.Buy, "100.00", "0.5")]);
        Assert.Null(own.Marks[0].QueueAhead);

        own.ApplyBook(Book("3"));

        Assert.NotNull(own.Marks[0].QueueAhead);
    }

    [Fact]
    public void Applying_each_frame_s_trades_and_book_allocates_nothing()
    {
        var own = new LadderOwnOrders("BTCUSDT");
        OrderBookSnapshot[] books = [Book("2"), Book("2.5"), Book("1.75"), Book("3")];
        TradePrint[] trades = [new(1, P("100.00"), Q("0.1"), 0, true), new(2, P("100.01"), Q("0.2"), 0, false)];
        own.ApplyBook(books[0]);
        own.ApplyOrders([Open("a", OrderSide.Buy, "100.00", "0.5"), Open("b", OrderSide.Sell, "100.01", "1")]);
        for (int i = 0; i < 100; i++) { own.ApplyTrades(trades); own.ApplyBook(books[i % 4]); }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            own.ApplyTrades(trades);
            own.ApplyBook(books[i % 4]);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(2, own.Marks.Length);
    }
}
