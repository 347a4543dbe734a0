using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

public class DialogTests
{
    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public void Dialog_modal_over_dimmed_content(string themeName)
    {
        var theme = themeName == "dark" ? Theme.Dark : Theme.Light;
        using var window = PopupScene.Show(PopupScene.Backdrop(theme), out var host, 400, 260, theme);
        var dialog = new Dialog("Cancel all orders", "12 open orders on BTCUSDT will be cancelled. This cannot be undone.");
        dialog.OkButton.Text = "Cancel orders";
        dialog.OkButton.Style = ButtonStyle.Danger;
        dialog.CancelButton.Text = "Keep";
        dialog.ShowModal(host);
        RenderAssert.AssertRendersToImage(window, name: $"Dialog_modal_over_dimmed_content_{themeName}");
    }

    [Fact]
    public void Enter_confirms_Escape_cancels_and_focus_returns_to_the_opener()
    {
        var opener = new Button("Close all") { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = PopupScene.Show(opener, out var host);
        opener.Focus();
        var dialog = new Dialog("Confirm", "Close all positions?");
        var closed = 0;
        dialog.Closed += (_, _) => closed++;

        dialog.ShowModal(host);
        Assert.Same(dialog.OkButton, window.Root.FocusedWidget);
        window.KeyPress(Key.Enter);
        Assert.Equal(DialogResult.Ok, dialog.Result);
        Assert.Same(opener, window.Root.FocusedWidget);

        // The same dialog can be shown again.
        dialog.ShowModal(host);
        Assert.Equal(DialogResult.None, dialog.Result);
        window.KeyPress(Key.Escape);
        Assert.Equal(DialogResult.Cancel, dialog.Result);
        Assert.False(dialog.IsOpen);
        Assert.Same(opener, window.Root.FocusedWidget);
        Assert.Equal(2, closed);
    }

    [Fact]
    public void Clicking_Cancel_closes_with_cancel_and_Tab_cycles_inside_the_dialog()
    {
        var below = new Button("Below") { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        using var window = PopupScene.Show(below, out var host);
        var dialog = new Dialog("Confirm", "Send?");
        dialog.ShowModal(host);
        window.KeyPress(Key.Tab);
        Assert.Same(dialog.CancelButton, window.Root.FocusedWidget);
        window.KeyPress(Key.Tab);
        Assert.Same(dialog.OkButton, window.Root.FocusedWidget);
        window.KeyPress(Key.Tab, KeyModifiers.Shift);
        Assert.Same(dialog.CancelButton, window.Root.FocusedWidget);

        window.Click(dialog.CancelButton);
        Assert.Equal(DialogResult.Cancel, dialog.Result);
        Assert.Empty(host.Popups);
    }

    [Fact]
    public void Markup_shows_the_modal_layer_and_the_dialog_parts()
    {
        using var window = PopupScene.Show(new Stack(), out var host, 400, 200);
        new Dialog("Confirm", "Send?").ShowModal(host);
        var markup = window.ToMarkup();
        Assert.Contains("Popup (0,0 400x200) modal=true", markup, StringComparison.Ordinal);
        Assert.Contains("Dialog", markup, StringComparison.Ordinal);
        Assert.Contains("title=Confirm", markup, StringComparison.Ordinal);
        Assert.Contains("Button (", markup, StringComparison.Ordinal);
        Assert.Contains("focused=true text=OK style=Primary", markup, StringComparison.Ordinal);
    }
}
