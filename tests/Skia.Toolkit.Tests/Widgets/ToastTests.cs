using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class ToastTests
{
    [Fact]
    public void Toasts_stacked_at_the_bottom_right_newest_last()
    {
        using var window = PopupScene.Show(PopupScene.Backdrop(), out var host, 400, 240);
        host.ShowToast("Connected to stream.binance.com");
        host.ShowToast("Order filled: BUY 0.5 BTC @ 43,210.50", ToastKind.Success);
        host.ShowToast("Order rejected: insufficient balance", ToastKind.Error);
        RenderAssert.AssertRendersToImage(window);
    }

    [Fact]
    public void Toasts_leave_when_their_time_on_the_injected_clock_is_up()
    {
        var clock = new ManualClock();
        using var window = PopupScene.Show(PopupScene.Backdrop(), out var host, time: clock);
        var shortLived = host.ShowToast("short", duration: TimeSpan.FromSeconds(2));
        var dismissed = 0;
        shortLived.Dismissed += (_, _) => dismissed++;
        var standard = host.ShowToast("standard");

        clock.Advance(TimeSpan.FromSeconds(1.9));
        host.Tick();
        Assert.Equal(2, host.Toasts.Count);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        host.Tick();
        Assert.Equal([standard], host.Toasts);
        Assert.False(shortLived.IsShown);
        Assert.Equal(1, dismissed);

        clock.Advance(PopupHost.DefaultToastDuration);
        host.Tick();
        window.RenderFrame();
        Assert.Empty(host.Toasts);
    }

    [Fact]
    public void Clicking_a_toast_dismisses_it_and_the_others_close_up()
    {
        using var window = PopupScene.Show(PopupScene.Backdrop(), out var host);
        var older = host.ShowToast("older");
        var newer = host.ShowToast("newer");
        window.RenderFrame();
        var newerBottom = newer.BoundsInWindow.Bottom;
        window.Click(newer);
        Assert.Equal([older], host.Toasts);
        window.RenderFrame();
        Assert.Equal(newerBottom, older.BoundsInWindow.Bottom);
    }

    [Fact]
    public void A_dismissed_toast_leaves_no_pixels_behind()
    {
        using var window = PopupScene.Show(PopupScene.Backdrop(), out var host, 400, 200);
        using var before = window.Capture();
        var toast = host.ShowToast("Order filled", ToastKind.Success);
        window.RenderFrame();
        toast.Dismiss();
        using var after = window.Capture();
        Assert.True(before.Bytes.AsSpan().SequenceEqual(after.Bytes), "pixels left behind by a dismissed toast");
    }

    [Fact]
    public void A_burst_keeps_only_the_newest_five()
    {
        using var window = PopupScene.Show(PopupScene.Backdrop(), out var host);
        for (int i = 0; i < 8; i++) host.ShowToast($"reject {i}", ToastKind.Error);
        Assert.Equal(5, host.Toasts.Count);
        Assert.Equal("reject 3", host.Toasts[0].Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => host.ShowToast("never", duration: TimeSpan.Zero));
    }
}
