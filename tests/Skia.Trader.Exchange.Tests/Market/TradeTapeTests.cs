using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Market;

/// <summary>How trades fold into aggregate trades, how the tape selects them, and that it stays bounded.</summary>
public class TradeTapeTests
{
    // A trade of taker order `taker` against maker order 1000 + id (the taker buys).
    private static TradeRecord Trade(long id, string price, long time, long taker) =>
        new(id, "BTCUSDT", Price.Parse(price), Quantity.Parse("1"), Quantity.Parse(price), taker, 1000 + id, 1000 + id, false,
            Quantity.Zero, Quantity.Zero, time);

    [Fact]
    public void One_taker_order_at_one_price_and_time_is_one_aggregate_anything_else_starts_a_new_one()
    {
        var tape = new TradeTape();
        Assert.Null(tape.Add(Trade(1, "10", 5, taker: 7)));
        Assert.Null(tape.Add(Trade(2, "10", 5, taker: 7)));            // same taker, price, time: folded
        AggregateTrade? first = tape.Add(Trade(3, "11", 5, taker: 7));  // new price: the first aggregate closes
        Assert.NotNull(first);
        Assert.Equal((1L, 1L, 2L, Quantity.Parse("2")), (first.Id, first.FirstTradeId, first.LastTradeId, first.Quantity));
        Assert.NotNull(tape.Add(Trade(4, "11", 5, taker: 8)));          // another taker order
        Assert.NotNull(tape.Add(Trade(5, "11", 6, taker: 8)));          // a later millisecond
        AggregateTrade? open = tape.CloseOpen();
        Assert.Equal((4L, 5L), (open!.Id, open.FirstTradeId));
        Assert.Null(tape.CloseOpen());

        Assert.Equal([1L, 2L, 3L, 4L], tape.Aggregates(null, null, null, 500).Select(a => a.Id));
        Assert.Equal([3L, 4L], tape.Aggregates(null, null, null, 2).Select(a => a.Id));
        Assert.Equal([2L, 3L], tape.Aggregates(2, null, null, 2).Select(a => a.Id));
        Assert.Equal([4L], tape.Aggregates(null, 6, null, 500).Select(a => a.Id));
        Assert.Equal([2L, 3L], tape.Aggregates(null, null, 5, 2).Select(a => a.Id)); // endTime alone: the newest up to it
        Assert.Equal([1L, 2L], tape.Aggregates(null, 5, 6, 2).Select(a => a.Id));    // both: the oldest
        Assert.Empty(tape.Aggregates(null, 7, 5, 500));
        Assert.Equal([4L, 5L], tape.Recent(2).Select(t => t.TradeId));
    }

    [Fact]
    public void The_tape_keeps_the_newest_trades_within_its_capacity()
    {
        var tape = new TradeTape();
        int total = TradeTape.Capacity * 3;
        for (int i = 1; i <= total; i++)
            tape.Add(Trade(i, "10", i, taker: i));
        List<TradeRecord> recent = tape.Recent(int.MaxValue);
        Assert.InRange(recent.Count, TradeTape.Capacity * 3 / 4, TradeTape.Capacity);
        Assert.Equal(total, recent[^1].TradeId);
        Assert.Equal(Enumerable.Range(total - recent.Count + 1, recent.Count).Select(i => (long)i), recent.Select(t => t.TradeId));
        List<AggregateTrade> aggregates = tape.Aggregates(1, null, null, 1000);
        Assert.Equal(total - recent.Count + 1, aggregates[0].Id); // fromId below the oldest kept starts at the oldest kept
    }
}
