using Skia.Trader.Scene.Feed;

namespace Skia.Trader.Scene.Tests.Feed;

public class SceneFeedTests
{
    [Fact]
    public void Full_run_ends_in_the_state_every_implementation_must_print()
    {
        var feed = new SceneFeed();
        for (int k = 0; k <= SceneFeed.LastUpdate; k++) feed.ApplyNext(k * 5.0);

        Assert.Equal("mid=29983.424431 last=29983.42 orders=10041", feed.StateLine());
    }

    [Fact]
    public void Xorshift32_from_42_follows_the_13_17_5_recurrence()
    {
        var random = new XorShift32(42);
        // Reference values computed by hand from x ^= x << 13; x ^= x >> 17; x ^= x << 5 on uint32.
        uint x = 42;
        for (int i = 0; i < 1000; i++)
        {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            Assert.Equal(x, random.Next());
        }
        Assert.Equal(11355432u, new XorShift32(42).Next());
    }

    [Fact]
    public void Prefilled_history_is_shown_after_live_orders_with_times_a_second_apart_before_midnight()
    {
        var feed = new SceneFeed();
        Assert.Equal(10_000, feed.OrderCount);
        var first = feed.OrderAt(0);
        Assert.Equal(1, first.Id);
        Assert.Equal(-1000, first.TimeMs);
        Assert.Equal(first.Quantity, first.Filled);
        Assert.Equal(10_000, feed.OrderAt(9_999).Id);

        feed.ApplyNext(0);
        var live = feed.OrderAt(0);
        Assert.Equal(10_001, live.Id);
        Assert.Equal(0, live.TimeMs);
        Assert.Equal(feed.LastTrade.PriceTicks, live.PriceTicks);
        Assert.Equal(1, feed.OrderAt(1).Id);
    }

    [Fact]
    public void Book_is_symmetric_around_the_mid_with_totals_growing_outward()
    {
        var feed = new SceneFeed();
        feed.ApplyNext(0);

        for (int i = 1; i < SceneFeed.Levels; i++)
        {
            Assert.Equal(feed.AskPrices[i - 1] + 1, feed.AskPrices[i]);
            Assert.Equal(feed.BidPrices[i - 1] - 1, feed.BidPrices[i]);
            Assert.Equal(feed.AskTotals[i - 1] + feed.AskQuantities[i], feed.AskTotals[i]);
            Assert.Equal(feed.BidTotals[i - 1] + feed.BidQuantities[i], feed.BidTotals[i]);
        }
        Assert.True(feed.AskPrices[0] > feed.BidPrices[0]);
        Assert.Equal(Math.Max(feed.AskTotals[^1], feed.BidTotals[^1]), feed.DepthScale);
        Assert.All(feed.AskQuantities.ToArray(), q => Assert.InRange(q, 0, 50_000));
    }

    [Fact]
    public void Tape_keeps_the_newest_forty_trades_newest_first()
    {
        var feed = new SceneFeed();
        for (int k = 0; k < 100; k++) feed.ApplyNext(k * 5.0);

        Assert.Equal(SceneFeed.TapeLength, feed.TradeCount);
        Assert.Equal(99 * 5, feed.TradeAt(0).TimeMs);
        Assert.Equal(60 * 5, feed.TradeAt(39).TimeMs);
        Assert.Equal(feed.LastTrade, feed.TradeAt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => feed.TradeAt(40));
    }

    [Fact]
    public void Updates_per_second_counts_the_updates_applied_in_the_last_second()
    {
        var feed = new SceneFeed();
        for (int k = 0; k < 400; k++) feed.ApplyNext(k * 5.0);

        Assert.Equal(200, feed.UpdatesPerSecond(399 * 5.0));
        Assert.Equal(0, feed.UpdatesPerSecond(10_000));
    }

    [Fact]
    public void Steady_state_updates_allocate_nothing()
    {
        var feed = new SceneFeed();
        for (int k = 0; k < 100; k++) feed.ApplyNext(k * 5.0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 100; k <= SceneFeed.LastUpdate; k++)
        {
            feed.ApplyNext(k * 5.0);
            feed.UpdatesPerSecond(k * 5.0);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
