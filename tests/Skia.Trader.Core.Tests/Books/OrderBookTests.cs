using CsCheck;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Core.Tests.Books;

public class OrderBookTests
{
    private static BookLevel L(string price, string qty) => new(Price.Parse(price), Quantity.Parse(qty));

    [Fact]
    public void Snapshot_then_diffs_keep_sides_sorted_best_first()
    {
        var book = new OrderBook("NKNUSDT");
        book.ApplySnapshot(160, [L("0.3521", "672"), L("0.3520", "1144")], [L("0.3526", "3199"), L("0.3530", "10")]);
        book.ApplyDiff(161, [L("0.3522", "5"), L("0.3520", "0")], [L("0.3525", "1123"), L("0.3530", "0.00000000")]);

        Assert.Equal(161, book.LastUpdateId);
        Assert.Equal([L("0.3522", "5"), L("0.3521", "672")], Top(book, BookSide.Bid));
        Assert.Equal([L("0.3525", "1123"), L("0.3526", "3199")], Top(book, BookSide.Ask));
        Assert.False(book.IsCrossed);
    }

    [Fact]
    public void Removing_an_absent_level_is_harmless()
    {
        var book = new OrderBook("X");
        book.ApplyDiff(1, [L("1", "0")], [L("2", "0")]);
        Assert.Equal(0, book.BidCount);
        Assert.Equal(0, book.AskCount);
        Assert.False(book.TryGetBest(BookSide.Bid, out _));
    }

    [Fact]
    public void Snapshot_is_immutable_and_independent_of_later_updates()
    {
        var book = new OrderBook("X");
        book.ApplySnapshot(1, [L("10", "1"), L("9", "2"), L("8", "3")], [L("11", "1")]);
        OrderBookSnapshot snap = book.ToSnapshot(2);
        book.ApplyDiff(2, [L("10", "0")], []);
        Assert.Equal(1, snap.LastUpdateId);
        Assert.Equal(2, snap.Bids.Length);
        Assert.Equal(3, snap.TotalBidLevels);
        Assert.Equal(L("10", "1"), snap.BestBid);
        Assert.Equal(Price.Parse("1"), snap.Spread);
    }

    [Fact]
    public void Level_updates_in_steady_state_allocate_nothing()
    {
        var book = new OrderBook("X", capacity: 64);
        for (int i = 0; i < 50; i++)
            book.SetLevel(BookSide.Bid, Price.FromRaw(1000 + i), Quantity.FromRaw(1));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            book.SetLevel(BookSide.Bid, Price.FromRaw(1000 + i % 50), Quantity.FromRaw(i % 3));
            book.SetLevel(BookSide.Ask, Price.FromRaw(2000 + i % 40), Quantity.FromRaw(i % 2));
            book.CompleteUpdate(i);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(book.BidCount <= 50);
    }

    [Fact]
    public void Any_sequence_of_updates_matches_a_sorted_dictionary_model()
    {
        var op = Gen.Select(Gen.Bool, Gen.Long[1, 60], Gen.Long[0, 4]);
        op.Array[0, 400].Sample(ops =>
        {
            var book = new OrderBook("X", capacity: 4);
            var bids = new SortedDictionary<long, long>();
            var asks = new SortedDictionary<long, long>();
            foreach (var (isBid, price, qty) in ops)
            {
                var model = isBid ? bids : asks;
                if (qty == 0) model.Remove(price); else model[price] = qty;
                book.SetLevel(isBid ? BookSide.Bid : BookSide.Ask, Price.FromRaw(price), Quantity.FromRaw(qty));
            }
            Assert.Equal(bids.Reverse().Select(kv => new BookLevel(Price.FromRaw(kv.Key), Quantity.FromRaw(kv.Value))), Top(book, BookSide.Bid));
            Assert.Equal(asks.Select(kv => new BookLevel(Price.FromRaw(kv.Key), Quantity.FromRaw(kv.Value))), Top(book, BookSide.Ask));
            foreach (BookSide side in new[] { BookSide.Bid, BookSide.Ask })
            {
                BookLevel[] levels = Top(book, side);
                Assert.All(levels, l => Assert.True(l.Quantity.Raw > 0));
                for (int i = 1; i < levels.Length; i++)
                    Assert.True(side == BookSide.Bid ? levels[i - 1].Price > levels[i].Price : levels[i - 1].Price < levels[i].Price);
            }
        });
    }

    private static BookLevel[] Top(OrderBook book, BookSide side)
    {
        var levels = new BookLevel[side == BookSide.Bid ? book.BidCount : book.AskCount];
        book.CopyTop(side, levels);
        return levels;
    }
}
