using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class TooltipTests
{
    private static (TestWindow Window, PopupHost Host, Button Buy, Button Sell, ManualClock Clock) Scene()
    {
        var clock = new ManualClock();
        var buy = new Button("Buy") { Style = ButtonStyle.Positive, Width = 80 };
        var sell = new Button("Sell") { Style = ButtonStyle.Negative, Width = 80 };
        var row = new Stack { Orientation = Orientation.Horizontal, Spacing = 8, Margin = new Thickness(10), VerticalAlignment = VerticalAlignment.Top };
        row.Add(buy);
        row.Add(sell);
        var window = PopupScene.Show(row, out var host, 260, 120, time: clock);
        host.SetTooltip(buy, "Buy at the ask (F1)");
        host.SetTooltip(sell, "Sell at the bid (F2)");
        return (window, host, buy, sell, clock);
    }

    [Fact]
    public void Tooltip_below_the_hovered_button()
    {
        var (window, host, buy, _, clock) = Scene();
        using (window)
        {
            window.MoveTo(PopupScene.Centre(buy));
            host.Tick();
            clock.Advance(host.TooltipDelay);
            host.Tick();
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void The_tooltip_shows_only_after_the_pointer_rests_for_the_delay()
    {
        var (window, host, buy, _, clock) = Scene();
        using (window)
        {
            window.MoveTo(PopupScene.Centre(buy));
            host.Tick();
            clock.Advance(host.TooltipDelay - TimeSpan.FromMilliseconds(1));
            host.Tick();
            Assert.Null(host.ShownTooltip);
            clock.Advance(TimeSpan.FromMilliseconds(1));
            host.Tick();
            Assert.Equal("Buy at the ask (F1)", host.ShownTooltip);
        }
    }

    [Fact]
    public void Moving_to_another_widget_restarts_the_delay_and_Escape_hides_it()
    {
        var (window, host, buy, sell, clock) = Scene();
        using (window)
        {
            window.MoveTo(PopupScene.Centre(buy));
            host.Tick();
            clock.Advance(host.TooltipDelay);
            host.Tick();
            Assert.NotNull(host.ShownTooltip);

            window.MoveTo(PopupScene.Centre(sell));
            host.Tick();
            Assert.Null(host.ShownTooltip);
            clock.Advance(host.TooltipDelay);
            host.Tick();
            Assert.Equal("Sell at the bid (F2)", host.ShownTooltip);

            window.KeyPress(Key.Escape);
            host.Tick();
            clock.Advance(host.TooltipDelay);
            host.Tick();
            Assert.Null(host.ShownTooltip);

            window.MoveTo(new SKPoint(250, 110));
            host.Tick();
            Assert.Null(host.ShownTooltip);
        }
    }

    [Fact]
    public void A_shown_tooltip_takes_no_clicks()
    {
        var (window, host, buy, _, clock) = Scene();
        using (window)
        {
            window.MoveTo(PopupScene.Centre(buy));
            host.Tick();
            clock.Advance(host.TooltipDelay);
            host.Tick();
            window.RenderFrame();
            var hit = window.Root.HitTest(new SKPoint(buy.BoundsInWindow.Left + 10, buy.BoundsInWindow.Bottom + 10));
            Assert.IsNotType<Popup>(hit);
            Assert.Empty(host.Popups);
        }
    }
}
