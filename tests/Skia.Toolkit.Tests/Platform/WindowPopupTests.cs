using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Widgets;
using Skia.Toolkit.Widgets;
using static Skia.Toolkit.Tests.Platform.X11Input;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// Popups in a real window, with nothing wired by the app: the X server's Escape reaches the PopupHost, and
/// the window's own loop (RunOnce) advances tooltip delays and toast lifetimes on the window's clock.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowPopupTests
{
    private static Window Open(Widget content) =>
        new(content, new WindowOptions { Title = "popups", Width = 400, Height = 240, Scale = 1, Backend = RenderBackendKind.Gl, Vsync = false, Log = _ => { } });

    [Fact]
    public void Escape_closes_the_dialog_on_top_then_the_popup_under_it_and_focus_returns()
    {
        var opener = new Button("Menu") { Width = 100, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top, Margin = new Thickness(20) };
        var host = new PopupHost(opener);
        using var window = Open(host);
        window.RenderIfNeeded();
        ClickAt(window, opener);
        PumpUntil(window, () => opener.IsFocused, "the button to take focus");

        var menu = new Popup(new Button("Inside")) { Anchor = opener.BoundsInWindow };
        host.Open(menu);
        var dialog = new Dialog("Cancel all orders?", "Every open order is cancelled.");
        dialog.ShowModal(host);
        PumpUntil(window, () => host.Popups.Count == 2, "both popups to show");

        Xdotool("key", "Escape");
        PumpUntil(window, () => !dialog.IsOpen, "Escape to close the dialog");
        Assert.True(menu.IsOpen);
        Assert.Equal(DialogResult.Cancel, dialog.Result);

        Xdotool("key", "Escape");
        PumpUntil(window, () => !menu.IsOpen, "Escape to close the popup");
        Assert.Empty(host.Popups);
        Assert.True(opener.IsFocused);
    }

    [Fact]
    public void Tooltip_delay_and_toast_lifetime_advance_in_the_window_loop()
    {
        var clock = new ManualClock();
        var buy = new Button("Buy") { Width = 100, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top, Margin = new Thickness(20) };
        var host = new PopupHost(buy);
        host.SetTooltip(buy, "Market buy at the best ask");
        using var window = Open(host);
        window.Root.Damage.Time = clock;
        window.RenderIfNeeded();

        MoveTo(window, buy);
        PumpUntil(window, () => buy.IsPointerOver, "the pointer to reach the button");
        window.RunOnce(TimeSpan.Zero);
        Assert.Null(host.ShownTooltip);
        clock.Advance(PopupHost.DefaultTooltipDelay);
        PumpUntil(window, () => host.ShownTooltip != null, "the tooltip after its delay");
        Assert.Equal("Market buy at the best ask", host.ShownTooltip);

        host.ShowToast("Order filled", duration: TimeSpan.FromSeconds(3));
        window.RunOnce(TimeSpan.Zero);
        Assert.Single(host.Toasts);
        clock.Advance(TimeSpan.FromSeconds(3));
        PumpUntil(window, () => host.Toasts.Count == 0, "the toast to expire");
    }
}
