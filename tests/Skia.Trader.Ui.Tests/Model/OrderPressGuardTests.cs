using Skia.Trader.Ui.Model;

namespace Skia.Trader.Ui.Tests.Model;

public sealed class OrderPressGuardTests
{
    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void An_activation_within_the_window_of_the_last_order_by_event_time_is_the_same_press()
    {
        var guard = new OrderPressGuard();
        Assert.False(guard.IsRepeat(Ms(10_000))); // nothing sent yet: any press is new
        guard.Sent(Ms(10_000));
        Assert.True(guard.IsRepeat(Ms(10_100))); // the second click of a double click
        Assert.True(guard.IsRepeat(Ms(10_499)));
        Assert.False(guard.IsRepeat(Ms(10_000) + OrderPressGuard.Window)); // a deliberate new press
        Assert.True(guard.IsRepeat(Ms(9_990))); // a time before the last order's (events out of order): not a new press
    }

    [Fact]
    public void The_window_runs_from_the_last_order_sent_not_from_the_last_activation()
    {
        var guard = new OrderPressGuard();
        guard.Sent(Ms(0));
        for (var t = 100; t < 500; t += 100) Assert.True(guard.IsRepeat(Ms(t))); // repeated activations send nothing...
        Assert.False(guard.IsRepeat(Ms(500))); // ...and do not stretch the window: it ends 500 ms after the order
    }

    [Fact]
    public void A_time_far_before_the_last_order_is_another_clock_and_a_new_press_not_a_block_on_every_order()
    {
        var guard = new OrderPressGuard();
        guard.Sent(Ms(36_000_000)); // an X server event time: ten hours after the server started
        Assert.False(guard.IsRepeat(Ms(2_000))); // a press stamped by the window clock (2 s after the window opened)
        guard.Sent(Ms(2_000));
        Assert.True(guard.IsRepeat(Ms(2_080))); // and the guard goes on from there: its double click is one press
    }
}
