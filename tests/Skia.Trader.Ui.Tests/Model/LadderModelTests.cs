using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Model;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Model;

public class LadderModelTests
{
    private static readonly Price Tick = P("0.01");

    private static OrderBookSnapshot Spread100() => Of(
        [("100.00", "1"), ("99.99", "2"), ("99.97", "3")],
        [("100.01", "4"), ("100.02", "5"), ("100.05", "6")]);

    private static LadderRow RowAt(LadderModel ladder, string price) => ladder.Rows.ToArray().Single(r => r.Price == P(price));

    [Fact]
    public void Rows_show_bid_and_ask_sizes_on_one_price_column_with_the_spread_in_the_middle()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Spread100());

        Assert.Equal(P("100.00"), ladder.PriceAt(5)); // best bid on the centre row
        Assert.Equal(P("100.01"), ladder.PriceAt(4)); // best ask just above
        for (int i = 1; i < 10; i++) Assert.Equal(ladder.PriceAt(i - 1) - Tick, ladder.PriceAt(i));
        Assert.Equal(Q("1"), RowAt(ladder, "100.00").BidSize);
        Assert.Equal(Q("4"), RowAt(ladder, "100.01").AskSize);
        Assert.True(RowAt(ladder, "100.00").IsBestBid);
        Assert.True(RowAt(ladder, "100.01").IsBestAsk);
        Assert.Equal(Quantity.Zero, RowAt(ladder, "99.98").BidSize); // a gap in the book is an empty row, not skipped
        Assert.Equal(P("0.01"), ladder.Spread);
        Assert.Equal(P("100.005"), ladder.Mid);
    }

    [Fact]
    public void Levels_given_as_spans_build_the_same_rows_as_the_snapshot_and_are_kept_for_recentre()
    {
        var book = Spread100();
        var fromSnapshot = new LadderModel(Tick, 10);
        fromSnapshot.Update(book);
        var fromSpans = new LadderModel(Tick, 10);
        var bids = book.Bids.ToArray();
        var asks = book.Asks.ToArray();
        fromSpans.Update(bids, asks);
        bids[0] = new BookLevel(P("50.00"), Q("9")); // the caller's buffer is reused for the next book: the model kept a copy

        Assert.Equal(fromSnapshot.Rows.ToArray(), fromSpans.Rows.ToArray());
        fromSpans.Recenter();
        Assert.Equal(fromSnapshot.Rows.ToArray(), fromSpans.Rows.ToArray());
        Assert.Equal(P("100.00"), fromSpans.BestBid!.Value.Price);

        // A snapshot after spans (and spans after a snapshot) replaces what the model rebuilds from.
        fromSpans.Update(Of([("99.00", "1")], [("99.01", "1")]));
        fromSpans.Recenter();
        Assert.Equal(P("99.00"), fromSpans.BestBid!.Value.Price);
    }

    [Fact]
    public void UpdateRecentred_leaves_the_rows_as_Update_then_Recenter_with_no_row_marked_changed()
    {
        var pair = new LadderModel(Tick, 12);
        var once = new LadderModel(Tick, 12);
        // Books that move the spread inside and out of the window, and change sizes on rows that stay.
        BookLevel[][] bids =
        [
            [new(P("100.00"), Q("1")), new(P("99.99"), Q("2")), new(P("99.97"), Q("3"))],
            [new(P("100.01"), Q("1.5")), new(P("100.00"), Q("2")), new(P("99.97"), Q("3"))],
            [new(P("100.01"), Q("1.5")), new(P("100.00"), Q("2.5")), new(P("99.98"), Q("4"))],
            [new(P("103.00"), Q("1")), new(P("102.90"), Q("7"))],
        ];
        BookLevel[][] asks =
        [
            [new(P("100.01"), Q("4")), new(P("100.02"), Q("5"))],
            [new(P("100.03"), Q("4")), new(P("100.04"), Q("5"))],
            [new(P("100.02"), Q("9")), new(P("100.04"), Q("5"))],
            [new(P("103.02"), Q("1"))],
        ];
        pair.SetLastTrade(P("100.01"), Q("0.2"), buyerIsMaker: true);
        once.SetLastTrade(P("100.01"), Q("0.2"), buyerIsMaker: true);
        for (int k = 0; k < bids.Length; k++)
        {
            pair.Update(bids[k], asks[k]);
            pair.Recenter();
            once.UpdateRecentred(bids[k], asks[k]);

            Assert.Equal(pair.Rows.ToArray(), once.Rows.ToArray());
            Assert.Equal(pair.PriceAt(0), once.PriceAt(0));
            Assert.Equal(pair.MaxCumulative, once.MaxCumulative);
            Assert.DoesNotContain(once.Rows.ToArray(), r => r.BidChanged || r.AskChanged);
            if (k == 0) Assert.Contains(once.Rows.ToArray(), r => r.IsLastTrade); // marked on the rows of the one rebuild
        }
    }

    [Fact]
    public void Cumulative_size_grows_away_from_the_spread_on_each_side()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Spread100());

        Assert.Equal(Q("1"), RowAt(ladder, "100.00").BidCumulative);
        Assert.Equal(Q("3"), RowAt(ladder, "99.99").BidCumulative);
        Assert.Equal(Q("3"), RowAt(ladder, "99.98").BidCumulative);
        Assert.Equal(Q("6"), RowAt(ladder, "99.97").BidCumulative);
        Assert.Equal(Q("4"), RowAt(ladder, "100.01").AskCumulative);
        Assert.Equal(Q("9"), RowAt(ladder, "100.02").AskCumulative);
        Assert.Equal(Q("15"), RowAt(ladder, "100.05").AskCumulative);
        Assert.Equal(Quantity.Zero, RowAt(ladder, "100.01").BidCumulative);
        Assert.Equal(Quantity.Zero, RowAt(ladder, "100.00").AskCumulative);
        Assert.Equal(Q("15"), ladder.MaxCumulative);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Grouping_sums_levels_bids_down_asks_up_as_a_naive_model_does(int grouping)
    {
        var random = new Random(1234 + grouping);
        for (int round = 0; round < 300; round++)
        {
            // Random books around a random mid, spreads of 1 to 19 ticks, some levels exactly on group edges.
            long mid = 10_000 + random.Next(0, 1000);
            int spreadTicks = random.Next(1, 20);
            long bestBid = mid, bestAsk = mid + spreadTicks;
            var bids = new List<BookLevel>();
            var asks = new List<BookLevel>();
            for (long t = bestBid, i = 0; i < 40; i++, t -= random.Next(1, 4))
                bids.Add(new BookLevel(Price.FromRaw(t * Tick.Raw), Quantity.FromRaw(random.Next(1, 1_000_000))));
            for (long t = bestAsk, i = 0; i < 40; i++, t += random.Next(1, 4))
                asks.Add(new BookLevel(Price.FromRaw(t * Tick.Raw), Quantity.FromRaw(random.Next(1, 1_000_000))));
            var book = new OrderBookSnapshot("X", 1, 0, bids.ToArray(), asks.ToArray());

            var ladder = new LadderModel(Tick, 24);
            ladder.SetGrouping(grouping);
            ladder.Update(book);

            long step = Tick.Raw * grouping;
            var naiveBid = new Dictionary<long, long>();
            var naiveAsk = new Dictionary<long, long>();
            foreach (BookLevel l in bids)
            {
                long g = l.Price.Raw / step * step;
                naiveBid[g] = naiveBid.GetValueOrDefault(g) + l.Quantity.Raw;
            }
            foreach (BookLevel l in asks)
            {
                long g = (l.Price.Raw + step - 1) / step * step;
                naiveAsk[g] = naiveAsk.GetValueOrDefault(g) + l.Quantity.Raw;
            }
            long bestBidGroup = naiveBid.Keys.Max(), bestAskGroup = naiveAsk.Keys.Min();
            Assert.True(bestBidGroup < bestAskGroup, "bid and ask groups never share a row");
            foreach (LadderRow row in ladder.Rows)
            {
                long p = row.Price.Raw;
                Assert.Equal(0, p % step);
                Assert.Equal(naiveBid.GetValueOrDefault(p), row.BidSize.Raw);
                Assert.Equal(naiveAsk.GetValueOrDefault(p), row.AskSize.Raw);
                long cumBid = p > bestBidGroup ? 0 : naiveBid.Where(kv => kv.Key >= p).Sum(kv => kv.Value);
                long cumAsk = p < bestAskGroup ? 0 : naiveAsk.Where(kv => kv.Key <= p).Sum(kv => kv.Value);
                Assert.Equal(cumBid, row.BidCumulative.Raw);
                Assert.Equal(cumAsk, row.AskCumulative.Raw);
                Assert.Equal(p == bestBidGroup, row.IsBestBid);
                Assert.Equal(p == bestAskGroup, row.IsBestAsk);
            }
            Assert.Contains(ladder.Rows.ToArray(), r => r.IsBestBid);
            Assert.Contains(ladder.Rows.ToArray(), r => r.IsBestAsk);
        }
    }

    [Fact]
    public void A_one_tick_spread_inside_one_group_puts_bid_and_ask_on_adjacent_rows()
    {
        // 100.03 / 100.04 with x5 grouping: the bid floors to 100.00, the ask ceils to 100.05.
        var ladder = new LadderModel(Tick, 10);
        ladder.SetGrouping(5);
        ladder.Update(Of([("100.03", "1"), ("100.02", "2"), ("99.99", "4")], [("100.04", "3"), ("100.05", "5"), ("100.06", "7")]));

        Assert.Equal(Q("3"), RowAt(ladder, "100.00").BidSize);
        Assert.Equal(Q("8"), RowAt(ladder, "100.05").AskSize);
        Assert.Equal(Q("4"), RowAt(ladder, "99.95").BidSize);
        Assert.Equal(Q("7"), RowAt(ladder, "100.10").AskSize);
        Assert.Equal(Quantity.Zero, RowAt(ladder, "100.00").AskSize);
        Assert.Equal(P("0.01"), ladder.Spread); // the spread is the book's, not the grouped rows'
    }

    [Fact]
    public void The_window_stays_while_the_best_prices_move_inside_it_and_recentres_when_one_leaves()
    {
        var ladder = new LadderModel(Tick, 10); // rows 100.05 .. 99.96
        ladder.Update(Spread100());
        Price top = ladder.PriceAt(0);

        ladder.Update(Of([("100.03", "1")], [("100.04", "1")])); // moved 3 ticks, still inside
        Assert.Equal(top, ladder.PriceAt(0));

        ladder.Update(Of([("100.06", "1")], [("100.07", "1")])); // ask left the top
        Assert.NotEqual(top, ladder.PriceAt(0));
        Assert.Equal(P("100.06"), ladder.PriceAt(5));
        Assert.Equal(2, ladder.WindowMoves);
    }

    [Fact]
    public void Held_freezes_the_rows_so_a_press_acts_on_the_price_that_was_under_the_pointer()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Spread100());
        ladder.Held = true; // pointer over the ladder
        Price pressed = ladder.PriceAt(6);

        ladder.Update(Of([("101.00", "1")], [("101.01", "1")])); // the market jumps out of view
        Assert.Equal(pressed, ladder.PriceAt(6));
        Assert.Equal(-1, ladder.RowOf(P("101.00"), BookSide.Bid));

        ladder.Held = false;
        ladder.Update(Of([("101.00", "1")], [("101.01", "1")]));
        Assert.Equal(P("101.00"), ladder.PriceAt(5));
    }

    [Fact]
    public void A_scrolled_window_stays_where_it_was_put_until_recenter_even_when_the_best_prices_leave_it()
    {
        var ladder = new LadderModel(Tick, 10); // rows 100.05 .. 99.96
        ladder.Update(Spread100());
        Assert.True(ladder.Scroll(3)); // towards higher prices
        Assert.True(ladder.Scrolled);
        Assert.Equal(P("100.08"), ladder.PriceAt(0));
        Assert.Equal(P("100.00"), ladder.PriceAt(8)); // the rows hold the book at their new prices
        Assert.Equal(8, ladder.RowOf(P("100.00"), BookSide.Bid));

        ladder.Update(Of([("98.00", "1")], [("98.01", "1")])); // the market leaves the view: no re-centre, not even unheld
        Assert.Equal(P("100.08"), ladder.PriceAt(0));
        Assert.Equal(-1, ladder.RowOf(P("98.00"), BookSide.Bid));

        Assert.True(ladder.Scroll(-6));
        Assert.Equal(P("100.02"), ladder.PriceAt(0));
        ladder.Recenter(); // Space / the button: centred, and the automatic re-centring is back
        Assert.False(ladder.Scrolled);
        Assert.Equal(P("98.00"), ladder.PriceAt(5));
        ladder.Update(Of([("99.00", "1")], [("99.01", "1")]));
        Assert.Equal(P("99.00"), ladder.PriceAt(5));
    }

    [Fact]
    public void Scrolling_never_shows_prices_below_zero_and_needs_a_window()
    {
        var ladder = new LadderModel(Tick, 10);
        Assert.False(ladder.Scroll(1)); // no book yet: nothing to scroll
        ladder.Update(Of([("0.04", "1")], [("0.05", "1")]));
        Assert.Equal(P("0.09"), ladder.PriceAt(0)); // already at the bottom: the last row is 0.00
        Assert.False(ladder.Scroll(-5));
        Assert.Equal(P("0.00"), ladder.PriceAt(9));
        Assert.True(ladder.Scroll(int.MaxValue)); // far up, without overflowing
        Assert.True(ladder.PriceAt(9).Raw > 0);
    }

    [Fact]
    public void A_scrolled_window_knows_how_far_it_is_from_the_centre_and_on_which_side_the_market_left_it()
    {
        var ladder = new LadderModel(Tick, 10); // rows 100.05 .. 99.96, best bid 100.00 on row 5, best ask 100.01 on row 4
        Assert.Equal(0, ladder.RowsFromCentre); // no book yet
        Assert.Equal(0, ladder.RowsToMarket);
        ladder.Update(Spread100());
        Assert.Equal(0, ladder.RowsFromCentre);
        Assert.Equal(0, ladder.RowsToMarket);

        ladder.Scroll(-3); // rows 100.02 .. 99.93: lower prices, the market still in view
        Assert.Equal(3, ladder.RowsFromCentre); // the centred window is 3 rows up
        Assert.Equal(0, ladder.RowsToMarket);
        ladder.Scroll(-5); // rows 99.97 .. 99.88
        Assert.Equal(8, ladder.RowsFromCentre);
        Assert.Equal(3, ladder.RowsToMarket); // the best bid, 100.00, is 3 rows above the top row

        ladder.Update(Of([("100.20", "1")], [("100.25", "1")])); // the market moves further up: the window stays
        Assert.Equal(P("99.97"), ladder.PriceAt(0));
        Assert.Equal(23, ladder.RowsToMarket);
        Assert.True(ladder.RowsFromCentre > 0);

        ladder.Update(Of([("99.50", "1")], [("99.80", "1")])); // and then under it: the best ask is 8 rows below 99.88
        Assert.Equal(-8, ladder.RowsToMarket);
        Assert.True(ladder.RowsFromCentre < 0); // Recenter would move the rows down

        ladder.Update(Of([("99.50", "1")], [])); // one side only: that side is the market
        Assert.Equal(-38, ladder.RowsToMarket);
        ladder.Update(Of([], [("100.10", "1")]));
        Assert.Equal(13, ladder.RowsToMarket);
        ladder.Update(Of([("99.90", "1")], [("100.10", "1")])); // a best price in view: the market is not off the view
        Assert.Equal(0, ladder.RowsToMarket);

        ladder.Recenter();
        Assert.Equal(0, ladder.RowsFromCentre);
        Assert.Equal(0, ladder.RowsToMarket);
        ladder.Scroll(30);
        Assert.Equal(-30, ladder.RowsFromCentre);
        Assert.True(ladder.RowsToMarket < 0);
        ladder.SetGrouping(2); // a grouping change re-centres too
        Assert.False(ladder.Scrolled);
        Assert.Equal(0, ladder.RowsFromCentre);
        Assert.Equal(0, ladder.RowsToMarket);
    }

    [Fact]
    public void Recenter_moves_even_a_held_window()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Spread100());
        ladder.Held = true;
        ladder.Update(Of([("100.03", "1")], [("100.04", "1")]));
        Assert.Equal(P("100.00"), ladder.PriceAt(5));

        ladder.Recenter();

        Assert.Equal(P("100.03"), ladder.PriceAt(5));
    }

    [Fact]
    public void Own_orders_and_the_last_trade_are_marked_on_their_rows()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Spread100());
        ladder.SetOwnOrders([
            new OwnOrderMark(OrderSide.Buy, P("99.99"), Q("0.5"), Q("1.5")),
            new OwnOrderMark(OrderSide.Buy, P("99.99"), Q("0.25"), Q("2")),
            new OwnOrderMark(OrderSide.Sell, P("100.02"), Q("0.3")),
        ]);
        ladder.SetLastTrade(P("100.01"), Q("0.7"), buyerIsMaker: false);

        LadderRow bid = RowAt(ladder, "99.99");
        Assert.Equal(Q("0.75"), bid.OwnBuyQuantity);
        Assert.True(bid.HasQueueAhead);
        Assert.Equal(Q("1.5"), bid.QueueAhead); // the front-most of our orders there
        Assert.Equal(Q("0.3"), RowAt(ladder, "100.02").OwnSellQuantity);
        Assert.False(RowAt(ladder, "100.02").HasQueueAhead);
        Assert.True(RowAt(ladder, "100.01").IsLastTrade);
        Assert.Equal(Q("0.7"), RowAt(ladder, "100.01").LastTradeSize);
        Assert.Single(ladder.Rows.ToArray(), r => r.IsLastTrade);

        ladder.Update(Of([("100.00", "9")], [("100.01", "4")])); // marks survive a book update
        Assert.Equal(Q("0.75"), RowAt(ladder, "99.99").OwnBuyQuantity);
        Assert.True(RowAt(ladder, "100.01").IsLastTrade);
    }

    [Fact]
    public void A_size_change_is_flagged_for_one_update()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Spread100());
        ladder.Update(Of([("100.00", "1"), ("99.99", "2.5"), ("99.97", "3")], [("100.01", "4"), ("100.02", "5"), ("100.05", "6")]));
        Assert.True(RowAt(ladder, "99.99").BidChanged);
        Assert.False(RowAt(ladder, "100.00").BidChanged);

        ladder.Update(Of([("100.00", "1"), ("99.99", "2.5"), ("99.97", "3")], [("100.01", "4"), ("100.02", "5"), ("100.05", "6")]));
        Assert.False(RowAt(ladder, "99.99").BidChanged);
    }

    [Fact]
    public void Grouping_must_be_one_of_the_offered_values()
    {
        var ladder = new LadderModel(Tick, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => ladder.SetGrouping(3));
        Assert.Equal(1, ladder.Grouping);
    }

    [Fact]
    public void Updating_the_ladder_allocates_nothing()
    {
        var ladder = new LadderModel(Tick, 40);
        ladder.SetGrouping(2);
        OrderBookSnapshot[] books = new OrderBookSnapshot[8];
        for (int k = 0; k < books.Length; k++)
        {
            var bids = new BookLevel[20];
            var asks = new BookLevel[20];
            for (int i = 0; i < 20; i++)
            {
                bids[i] = new BookLevel(Price.FromRaw((10_000 + k - i) * Tick.Raw), Quantity.FromRaw(100 + i * k));
                asks[i] = new BookLevel(Price.FromRaw((10_001 + k + i) * Tick.Raw), Quantity.FromRaw(200 + i * k));
            }
            books[k] = new OrderBookSnapshot("X", k, 0, bids, asks);
        }
        OwnOrderMark[] own = [new(OrderSide.Buy, P("99.95"), Q("1"), Q("2")), new(OrderSide.Sell, P("100.10"), Q("1"))];
        for (int i = 0; i < 100; i++) { ladder.Update(books[i % 8]); ladder.SetOwnOrders(own); ladder.SetLastTrade(P("100.01"), Q("1"), false); }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            ladder.Update(books[i % 8]);
            ladder.SetOwnOrders(own);
            ladder.SetLastTrade(P("100.01"), Q("1"), i % 2 == 0);
            if (i % 1000 == 0) ladder.Recenter();
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Grouping_adds_up_every_level_of_a_group_bids_down_and_asks_up()
    {
        // x5 on a 0.01 tick: bid groups 100.00 (100.00..100.04) and 99.95; ask groups 100.05 (100.01..100.05) and 100.10.
        var ladder = new LadderModel(Tick, 10);
        ladder.SetGrouping(5);
        ladder.Update(Of(
            [("100.00", "1"), ("99.99", "2"), ("99.96", "0.5"), ("99.95", "0.25"), ("99.94", "4")],
            [("100.01", "3"), ("100.03", "0.75"), ("100.05", "1.5"), ("100.06", "2"), ("100.10", "8")]));

        Assert.Equal(Q("1"), RowAt(ladder, "100.00").BidSize); // 100.00 only: 99.99 floors to 99.95
        Assert.Equal(Q("2.75"), RowAt(ladder, "99.95").BidSize); // 99.99 + 99.96 + 99.95
        Assert.Equal(Q("4"), RowAt(ladder, "99.90").BidSize); // 99.94
        Assert.Equal(Q("5.25"), RowAt(ladder, "100.05").AskSize); // 100.01 + 100.03 + 100.05
        Assert.Equal(Q("10"), RowAt(ladder, "100.10").AskSize); // 100.06 + 100.10
        Assert.Equal(Q("7.75"), RowAt(ladder, "99.90").BidCumulative); // every bid
        Assert.Equal(Q("15.25"), RowAt(ladder, "100.10").AskCumulative); // every ask
        Assert.Equal(Quantity.Zero, RowAt(ladder, "100.05").BidSize);
        Assert.Equal(Quantity.Zero, RowAt(ladder, "100.00").AskSize);

        ladder.SetGrouping(10); // 100.00 holds 100.00 only; 99.90 the rest of the bids; 100.10 every ask
        Assert.Equal(Q("1"), RowAt(ladder, "100.00").BidSize);
        Assert.Equal(Q("6.75"), RowAt(ladder, "99.90").BidSize);
        Assert.Equal(Q("15.25"), RowAt(ladder, "100.10").AskSize);
    }

    [Fact]
    public void A_wide_spread_is_centred_with_as_many_rows_above_the_ask_as_below_the_bid()
    {
        var ladder = new LadderModel(Tick, 13);
        ladder.Update(Of([("100.00", "1")], [("100.06", "1")])); // six ticks: five empty rows between

        int ask = ladder.RowOf(P("100.06"), BookSide.Ask);
        int bid = ladder.RowOf(P("100.00"), BookSide.Bid);
        Assert.Equal(6, bid - ask);
        Assert.Equal(ask, ladder.RowCount - 1 - bid); // the same number of rows on each side
    }

    [Fact]
    public void The_grouping_suggested_for_a_sparse_book_shows_five_levels_a_side()
    {
        var dense = Of(
            [("100.00", "1"), ("99.99", "1"), ("99.98", "1"), ("99.97", "1"), ("99.96", "1")],
            [("100.01", "1"), ("100.02", "1"), ("100.03", "1"), ("100.04", "1"), ("100.05", "1")]);
        Assert.Equal(1, LadderModel.SuggestGrouping(dense, Tick, 40));

        // Levels 0.05 apart: at x1 the fifth level is 20 rows from the spread, more than a side of 40 rows holds.
        var sparse = Of(
            [("100.00", "1"), ("99.95", "1"), ("99.90", "1"), ("99.85", "1"), ("99.80", "1")],
            [("100.05", "1"), ("100.10", "1"), ("100.15", "1"), ("100.20", "1"), ("100.25", "1")]);
        Assert.Equal(2, LadderModel.SuggestGrouping(sparse, Tick, 40));

        // The simulator's book: levels 0.65 apart; even x10 cannot show five, so the coarsest is the best there is.
        var simulator = Of(
            [("64998.69", "1"), ("64998.04", "1"), ("64997.39", "1"), ("64996.74", "1"), ("64996.09", "1")],
            [("64998.70", "1"), ("64999.35", "1"), ("65000.00", "1"), ("65000.65", "1"), ("65001.30", "1")]);
        Assert.Equal(10, LadderModel.SuggestGrouping(simulator, Tick, 40));
    }

    [Fact]
    public void A_grouping_change_re_centres_even_while_held_and_keeps_the_best_prices_in_view()
    {
        var ladder = new LadderModel(Tick, 10);
        ladder.Update(Of([("100.00", "1")], [("100.01", "1")]));
        ladder.Held = true;
        ladder.Update(Of([("100.04", "1")], [("100.05", "1")])); // held: the window stays
        long moves = ladder.WindowMoves;

        ladder.SetGrouping(10);

        Assert.True(ladder.WindowMoves > moves);
        Assert.NotEqual(-1, ladder.RowOf(P("100.04"), BookSide.Bid));
        Assert.NotEqual(-1, ladder.RowOf(P("100.05"), BookSide.Ask));
    }
}
