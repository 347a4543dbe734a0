using Skia.Trader.Ui.Model;
using static Skia.Trader.Ui.Tests.Model.Books;

namespace Skia.Trader.Ui.Tests.Model;

public class TapeModelTests
{
    [Fact]
    public void Newest_trade_comes_first_and_the_oldest_drops_out_when_full()
    {
        var tape = new TapeModel(3, Q("10"));
        for (int i = 1; i <= 5; i++) tape.Add(1000 + i, P("100.0" + i), Q("1"), false);

        Assert.Equal(3, tape.Count);
        Assert.Equal(P("100.05"), tape[0].Price);
        Assert.Equal(P("100.04"), tape[1].Price);
        Assert.Equal(P("100.03"), tape[2].Price);
        Assert.Throws<ArgumentOutOfRangeException>(() => tape[3]);
    }

    [Fact]
    public void Lines_started_counts_new_lines_not_merges_and_survives_a_clear()
    {
        var tape = new TapeModel(2, Q("10"));
        tape.Add(1000, P("100.00"), Q("1"), buyerIsMaker: true);
        tape.Add(1000, P("100.00"), Q("2"), buyerIsMaker: true);   // merged: no new line
        tape.Add(1001, P("100.00"), Q("3"), buyerIsMaker: true);
        tape.Add(1002, P("100.00"), Q("3"), buyerIsMaker: true);   // the ring is full: the oldest drops, a line still starts
        Assert.Equal(3, tape.LinesStarted);

        tape.Clear();
        tape.Add(1003, P("100.00"), Q("1"), buyerIsMaker: false);
        Assert.Equal(4, tape.LinesStarted); // a panel comparing before and after a batch never sees it go back
    }

    [Fact]
    public void Trades_in_the_same_millisecond_side_and_price_merge_and_nothing_else_does()
    {
        var tape = new TapeModel(10, Q("10"));
        tape.Add(1000, P("100.00"), Q("1"), buyerIsMaker: true);
        tape.Add(1000, P("100.00"), Q("2"), buyerIsMaker: true);   // merged
        tape.Add(1000, P("100.00"), Q("3"), buyerIsMaker: false);  // other side
        tape.Add(1000, P("100.01"), Q("4"), buyerIsMaker: false);  // other price
        tape.Add(1001, P("100.01"), Q("5"), buyerIsMaker: false);  // next millisecond

        Assert.Equal(4, tape.Count);
        Assert.Equal(new TapeEntry(1000, P("100.00"), Q("3"), true, 2, false), tape[3]);
        Assert.Equal(Q("3"), tape[2].Quantity);
        Assert.Equal(Q("5"), tape[0].Quantity);
    }

    [Fact]
    public void Large_trades_are_flagged_including_when_merging_makes_them_large()
    {
        var tape = new TapeModel(10, Q("10"));
        tape.Add(1, P("1"), Q("9.99999999"), false);
        Assert.False(tape[0].IsLarge);
        tape.Add(1, P("1"), Q("0.00000001"), false);
        Assert.True(tape[0].IsLarge);
        tape.Add(2, P("1"), Q("25"), true);
        Assert.True(tape[0].IsLarge);
    }

    [Fact]
    public void Adding_trades_allocates_nothing()
    {
        var tape = new TapeModel(500, Q("10"));
        for (int i = 0; i < 1000; i++) tape.Add(i / 3, P("100"), Q("1"), i % 2 == 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100_000; i++) tape.Add(i / 3, P("100"), Q("1"), i % 2 == 0);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("65000", "50000", "0.77")]   // 0.769.. BTC rounded up to two significant digits
    [InlineData("3401.22", "50000", "15")]   // 14.7 ETH
    [InlineData("0.0452", "50000", "1200000")] // 1,106,194 units of a cheap coin
    [InlineData("0", "50000", "0")]          // no price yet: no flagging
    public void The_large_trade_threshold_is_a_notional_at_the_current_price(string price, string notional, string expected)
    {
        Assert.Equal(Q(expected), TapeModel.ThresholdForNotional(P(price), decimal.Parse(notional, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_new_threshold_applies_to_lines_from_then_on()
    {
        var tape = new TapeModel(10, Q("0"));
        tape.Add(1, P("1"), Q("5"), false);
        Assert.False(tape[0].IsLarge);
        tape.LargeThreshold = Q("5");
        tape.Add(2, P("1"), Q("5"), false);
        Assert.True(tape[0].IsLarge);
        Assert.False(tape[1].IsLarge);
        Assert.Throws<ArgumentOutOfRangeException>(() => tape.LargeThreshold = Q("-1"));
    }
}
