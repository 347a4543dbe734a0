using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class PopupHostTests
{
    private static MenuList Menu(params string[] items) => new(Array.ConvertAll(items, s => new MenuItem(s)));

    [Fact]
    public void Escape_closes_the_topmost_popup_first_and_focus_returns_to_the_opener()
    {
        var opener = new Button("Open") { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = PopupScene.Show(opener, out var host);
        Assert.True(opener.Focus());
        var first = new Popup(Menu("a", "b")) { Anchor = new SKRect(10, 40, 10, 40) };
        var second = new Popup(Menu("c")) { Anchor = new SKRect(150, 40, 150, 40) };
        host.Open(first);
        Assert.True(first.Content.IsFocused, "the first focusable widget in a popup takes focus");
        host.Open(second);
        Assert.Same(second, host.TopmostPopup);

        window.KeyPress(Key.Escape);
        Assert.False(second.IsOpen);
        Assert.True(first.IsOpen);
        Assert.Same(first.Content, window.Root.FocusedWidget);

        window.KeyPress(Key.Escape);
        Assert.False(first.IsOpen);
        Assert.Same(opener, window.Root.FocusedWidget);
        Assert.Empty(host.Popups);
    }

    [Fact]
    public void Closing_a_popup_closes_the_popups_opened_above_it()
    {
        using var window = PopupScene.Show(new Stack(), out var host);
        var first = new Popup(Menu("a"));
        var second = new Popup(Menu("b"));
        var closed = new List<string>();
        first.Closed += (_, _) => closed.Add("first");
        second.Closed += (_, _) => closed.Add("second");
        host.Open(first);
        host.Open(second);
        Assert.True(first.Close());
        Assert.Equal(["second", "first"], closed);
        Assert.False(first.Close());
    }

    [Fact]
    public void A_click_outside_a_light_dismiss_popup_closes_it_and_reaches_nothing_below()
    {
        var below = new Button("Below") { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = PopupScene.Show(below, out var host);
        var clicks = 0;
        below.Click += (_, _) => clicks++;
        var popup = new Popup(Menu("a", "b")) { Anchor = new SKRect(200, 100, 200, 100) };
        host.Open(popup);
        window.Click(PopupScene.Centre(below));
        Assert.False(popup.IsOpen);
        Assert.Equal(0, clicks);

        // With the popup gone the same click reaches the button.
        window.Click(PopupScene.Centre(below));
        Assert.Equal(1, clicks);
    }

    [Fact]
    public void A_click_inside_a_popup_does_not_dismiss_it()
    {
        using var window = PopupScene.Show(new Stack(), out var host);
        var list = Menu("a", "b");
        var popup = new Popup(list) { Anchor = new SKRect(20, 20, 20, 20) };
        host.Open(popup);
        window.RenderFrame();
        window.Click(new SKPoint(list.BoundsInWindow.Left + 2, list.BoundsInWindow.Top + 1));
        Assert.True(popup.IsOpen);
    }

    [Fact]
    public void A_modal_popup_blocks_clicks_keys_and_hotkeys_below_it()
    {
        var below = new Button("Below") { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = PopupScene.Show(below, out var host);
        var clicks = 0;
        var hotkeys = 0;
        below.Click += (_, _) => clicks++;
        window.Root.Hotkeys.Register(new Hotkey(Key.B), "buy", () => hotkeys++);
        var dialog = new Dialog("Confirm", "Send the order?");
        dialog.ShowModal(host);

        window.Click(PopupScene.Centre(below));
        window.KeyPress(Key.B);
        Assert.Equal(0, clicks);
        Assert.Equal(0, hotkeys);
        Assert.True(dialog.IsOpen);

        window.KeyPress(Key.Escape);
        window.KeyPress(Key.B);
        Assert.Equal(1, hotkeys);
    }

    [Fact]
    public void A_popup_below_its_anchor_flips_above_it_at_the_window_bottom_and_stays_inside()
    {
        using var window = PopupScene.Show(new Stack(), out var host, 200, 200);
        var low = new Popup(Menu("a", "b", "c")) { Anchor = new SKRect(180, 170, 195, 190) };
        host.Open(low);
        window.RenderFrame();
        var b = low.BoundsInWindow;
        Assert.Equal(170, b.Bottom);
        Assert.True(b.Right <= 200, $"popup at {b} leaves the window");
        Assert.True(b.Left >= 0);
    }

    [Fact]
    public void Closing_popups_repaints_exactly_what_they_covered()
    {
        using var window = PopupScene.Show(PopupScene.Backdrop(), out var host, 240, 160);
        using var before = window.Capture();
        var popup = new Popup(Menu("Buy", "Sell", "Cancel all")) { Anchor = new SKRect(30, 30, 30, 30) };
        host.Open(popup);
        window.RenderFrame();
        var dialog = new Dialog("Confirm", "Send?");
        dialog.ShowModal(host);
        window.RenderFrame();
        dialog.Close(DialogResult.Ok);
        window.RenderFrame();
        popup.Close();
        using var after = window.Capture();
        Assert.True(before.Bytes.AsSpan().SequenceEqual(after.Bytes), "pixels left behind by a closed popup");
        Assert.True(window.LastFrame.PixelsRepainted < 240 * 160, "closing a small popup repaints only its area");
    }

    [Fact]
    public void Markup_shows_the_popup_layer_above_the_content()
    {
        using var window = PopupScene.Show(new Rectangle { Name = "content" }, out var host, 200, 100);
        host.Open(new Popup(Menu("Buy", "Sell")) { Anchor = new SKRect(10, 10, 10, 10) });
        RenderAssert.AssertRendersToMarkup(window, """
            PopupHost (0,0 200x100) popups=1
              Rectangle #content (0,0 200x100)
              Popup (10,10 55x52) lightDismiss=true
                MenuList (0,0 55x52) focused=true items=Buy|Sell
              ToastStack (0,0 200x100)
            """);
    }
}
