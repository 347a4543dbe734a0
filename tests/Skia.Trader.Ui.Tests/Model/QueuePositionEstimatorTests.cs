using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Model;

public class QueuePositionEstimatorTests
{
    private static Quantity Ahead(QueuePositionEstimator q, string id = "a") => q.TryGetAhead(id, out Quantity ahead) ? ahead : throw new InvalidOperationException("not tracked");

    [Fact]
    public void The_queue_ahead_starts_at_the_level_size_when_the_order_is_acknowledged()
    {
        var q = new QueuePositionEstimator();
        q.OnAcknowledged("a", OrderSide.Buy, P("100.00"), Q("1"), Q("7"));
        Assert.Equal(Q("7"), Ahead(q));

        var fromBook = new QueuePositionEstimator();
        var order = new Order("b", "BTCUSDT", OrderSide.Sell, OrderType.Limit, TimeInForce.Gtc, P("100.02"), Q("1"));
        fromBook.OnAcknowledged(order, Of([("100.00", "1")], [("100.01", "2"), ("100.02", "5")]));
        Assert.Equal(Q("5"), Ahead(fromBook, "b"));
    }

    [Fact]
    public void A_book_newer_than_the_acknowledgement_already_holds_the_order_and_its_size_is_not_counted_ahead_of_it()
    {
        // 0.3 rests at 60000; ours (0.1) is acknowledged at exchange time 1,000; the book the UI holds when the ack comes
        // may be from before that (0.3) or after it (0.4, ours included): either way 0.3 is ahead.
        static OrderBookSnapshot Book(long eventTime, string size) =>
            new("BTCUSDT", eventTime, eventTime, [new BookLevel(P("60000"), Q(size))], [new BookLevel(P("60001"), Q("1"))]);
        Order Acked()
        {
            var order = new Order("o" + Guid.NewGuid().ToString("N"), "BTCUSDT", OrderSide.Buy, OrderType.Limit, TimeInForce.Gtc, P("60000"), Q("0.1"));
            order.Apply(new OrderUpdate(OrderStatus.New, 7, Quantity.Zero, Quantity.Zero, 1_000));
            return order;
        }

        foreach (var (book, why) in new[] { (Book(999, "0.3"), "an older book"), (Book(1_000, "0.3"), "a book of the same millisecond"), (Book(1_001, "0.4"), "a newer book holding ours") })
        {
            var q = new QueuePositionEstimator();
            Order order = Acked();
            q.OnAcknowledged(order, book);
            Assert.True(Ahead(q, order.ClientOrderId) == Q("0.3"), why + ": " + Ahead(q, order.ClientOrderId));
        }
        // No exchange time on the order: the level as it is (the next book corrects a figure too high).
        Assert.Equal(Q("0.4"), QueuePositionEstimator.LevelAhead(Book(1_001, "0.4"), OrderSide.Buy, P("60000"), Q("0.1"), orderUpdateTime: 0));
        // Never below zero, whatever the book says.
        Assert.Equal(Quantity.Zero, QueuePositionEstimator.LevelAhead(Book(1_001, "0.05"), OrderSide.Buy, P("60000"), Q("0.1"), 1_000));
    }

    [Fact]
    public void Trades_at_our_price_on_our_side_consume_the_queue_ahead_and_never_go_below_zero()
    {
        var q = new QueuePositionEstimator();
        q.OnAcknowledged("a", OrderSide.Buy, P("100.00"), Q("1"), Q("7"));

        q.OnTrade(P("100.00"), Q("2"), buyerIsMaker: true);   // a seller hit our bid level
        Assert.Equal(Q("5"), Ahead(q));
        q.OnTrade(P("100.00"), Q("3"), buyerIsMaker: false);  // a buy aggressor at that price: not our queue
        Assert.Equal(Q("5"), Ahead(q));
        q.OnTrade(P("100.01"), Q("3"), buyerIsMaker: true);   // another price
        Assert.Equal(Q("5"), Ahead(q));
        q.OnTrade(P("100.00"), Q("9"), buyerIsMaker: true);
        Assert.Equal(Quantity.Zero, Ahead(q));
    }

    [Fact]
    public void A_trade_through_our_price_clears_the_queue_ahead()
    {
        var q = new QueuePositionEstimator();
        q.OnAcknowledged("s", OrderSide.Sell, P("100.05"), Q("1"), Q("4"));
        q.OnTrade(P("100.06"), Q("0.1"), buyerIsMaker: false);
        Assert.Equal(Quantity.Zero, Ahead(q, "s"));
    }

    [Fact]
    public void Level_decreases_beyond_the_trades_are_cancels_taken_from_behind_first()
    {
        var q = new QueuePositionEstimator(QueueCancelRule.BehindFirst);
        q.OnAcknowledged("a", OrderSide.Buy, P("100.00"), Q("1"), Q("4"));
        // The book now shows us too, and 3 more joined behind: level 4 + 1 + 3 = 8.
        q.OnBook(Of([("100.00", "8")], [("100.01", "1")]));
        Assert.Equal(Q("4"), Ahead(q));

        q.OnBook(Of([("100.00", "6")], [("100.01", "1")])); // 2 cancelled: from the 3 behind
        Assert.Equal(Q("4"), Ahead(q));

        q.OnBook(Of([("100.00", "3")], [("100.01", "1")])); // 3 more: 1 behind left, so 2 from ahead
        Assert.Equal(Q("2"), Ahead(q));
    }

    [Fact]
    public void Trades_are_not_counted_again_as_cancels_when_the_book_shows_them()
    {
        var q = new QueuePositionEstimator(QueueCancelRule.Proportional);
        q.OnAcknowledged("a", OrderSide.Buy, P("100.00"), Q("1"), Q("4"));
        q.OnBook(Of([("100.00", "9")], [("100.01", "1")])); // others 8: 4 ahead, 4 behind
        q.OnTrade(P("100.00"), Q("2"), buyerIsMaker: true);
        Assert.Equal(Q("2"), Ahead(q));

        q.OnBook(Of([("100.00", "7")], [("100.01", "1")])); // the 2 traded, nothing cancelled
        Assert.Equal(Q("2"), Ahead(q));

        q.OnBook(Of([("100.00", "4")], [("100.01", "1")])); // others 6 -> 3: 3 cancelled, a third of them (2 of 6) from ahead
        Assert.Equal(Q("1"), Ahead(q));
    }

    [Fact]
    public void The_queue_ahead_never_exceeds_the_others_at_the_level()
    {
        var q = new QueuePositionEstimator();
        q.OnAcknowledged("a", OrderSide.Buy, P("100.00"), Q("1"), Q("5"));
        q.OnBook(Of([("100.00", "1.5")], [("100.01", "1")])); // level emptied except 0.5 beside us
        Assert.Equal(Q("0.5"), Ahead(q));
        q.OnBook(Of([("99.99", "3")], [("100.01", "1")])); // our level gone from a complete book: nothing ahead
        Assert.Equal(Quantity.Zero, Ahead(q));
    }

    [Fact]
    public void Our_own_fill_means_nothing_is_ahead_and_shrinks_our_quantity()
    {
        var q = new QueuePositionEstimator();
        q.OnAcknowledged("a", OrderSide.Buy, P("100.00"), Q("1"), Q("5"));
        q.OnOwnFill("a", Q("0.4"));
        Assert.Equal(Quantity.Zero, Ahead(q));
        Assert.True(q.TryGetRemaining("a", out Quantity remaining));
        Assert.Equal(Q("0.4"), remaining);
        q.OnOwnFill("a", Quantity.Zero);
        Assert.False(q.TryGetAhead("a", out _));
    }

    [Fact]
    public void Applying_books_and_trades_allocates_nothing()
    {
        var q = new QueuePositionEstimator();
        for (int i = 0; i < 5; i++) q.OnAcknowledged("o" + i, OrderSide.Buy, P("100.00") - Price.FromRaw(i * 1_000_000), Q("1"), Q("50"));
        var books = new[] { Of([("100.00", "40"), ("99.99", "30")], [("100.01", "1")]), Of([("100.00", "45"), ("99.99", "20")], [("100.01", "1")]) };
        for (int i = 0; i < 100; i++) { q.OnBook(books[i % 2]); q.OnTrade(P("100.00"), Q("0.1"), true); }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) { q.OnBook(books[i % 2]); q.OnTrade(P("100.00"), Q("0.1"), true); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
