using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Tests.Widgets;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Core;

public class UiRootTimeTests
{
    [Fact]
    public void Toasts_expire_and_tooltips_show_with_the_window_frames_alone_wherever_the_popup_host_sits()
    {
        var clock = new ManualClock();
        var button = new Button("Buy") { Width = 80, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        // The host is not the window's content: UiRoot finds it as it joins the tree.
        var host = new PopupHost(button);
        using var window = new TestWindow(new Border { Padding = new Thickness(10), Child = host }, 320, 200);
        window.Root.Damage.Time = clock;
        host.SetTooltip(button, "Market buy");
        host.ShowToast("Order filled", duration: TimeSpan.FromSeconds(2));

        window.MoveTo(StateStrip.Center(button));
        clock.Advance(PopupHost.DefaultTooltipDelay - TimeSpan.FromMilliseconds(1));
        window.RenderFrame();
        Assert.Null(host.ShownTooltip);
        Assert.Single(host.Toasts);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        window.RenderFrame();
        Assert.Equal("Market buy", host.ShownTooltip);

        clock.Advance(TimeSpan.FromSeconds(2));
        window.RenderFrame();
        Assert.Empty(host.Toasts);
    }

    [Fact]
    public void A_popup_host_that_left_the_tree_acts_on_nothing_until_it_returns()
    {
        var clock = new ManualClock();
        var host = new PopupHost(new Stack());
        var frame = new Border { Child = host };
        using var window = new TestWindow(frame, 200, 100);
        window.Root.Damage.Time = clock;
        host.ShowToast("stays", duration: TimeSpan.FromSeconds(1));

        frame.Child = null;
        clock.Advance(TimeSpan.FromSeconds(5));
        window.RenderFrame();
        Assert.Single(host.Toasts);

        frame.Child = host;
        window.RenderFrame();
        Assert.Empty(host.Toasts);
    }
}
