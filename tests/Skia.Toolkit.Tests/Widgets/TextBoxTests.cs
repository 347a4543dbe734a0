using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class TextBoxTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private static (HeadlessWindow Window, TextBox Box) Focused(string text = "")
    {
        var box = new TextBox { Text = text };
        var window = new HeadlessWindow(box, 200, 28);
        window.RenderFrame();
        Assert.True(box.Focus());
        return (window, box);
    }

    private static void Type(HeadlessWindow window, string text)
    {
        foreach (var c in text) window.Root.DispatchTextInput(c.ToString());
    }

    [Fact]
    public void TextBox_states_render_in_both_themes()
    {
        Func<Widget> empty = () => new TextBox { Placeholder = "Search symbol", Margin = new Thickness(6) };
        Func<Widget> filled = () => new TextBox { Text = "BTCUSDT perpetual", Margin = new Thickness(6) };
        using var strip = StateStrip.Render(170, 40, StateStrip.BothThemes,
            new("placeholder", empty),
            new("text", filled),
            new("hover", filled, StateStrip.Hover),
            new("focused-caret", filled, StateStrip.Focus),
            new("selection", filled, (_, w) => { w.Focus(); ((TextBox)w).Select(0, 7); }),
            new("disabled", filled, StateStrip.Disable));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void Typing_goes_through_text_input_and_keys_that_type_are_consumed()
    {
        var (window, box) = Focused();
        using var _ = window;
        var hotkeyFired = false;
        window.Root.Hotkeys.Register(new Hotkey(Key.B), "buy", () => hotkeyFired = true);
        Assert.True(window.Root.DispatchKeyDown(Key.B));
        Type(window, "btc");
        Assert.Equal("btc", box.Text);
        Assert.False(hotkeyFired);
    }

    [Fact]
    public void A_hotkey_that_moves_the_caret_into_a_box_does_not_type_its_own_character_there()
    {
        // A window sends a printable key as the key, then its character: "S" (sell side, caret to the quantity box)
        // once left "s" in the box, and the quantity typed after it was "s0.5".
        var box = new TextBox();
        var form = new Stack();
        form.Add(new Label("Quantity"));
        form.Add(box);
        var window = new HeadlessWindow(form, 200, 56);
        using var _ = window;
        window.RenderFrame();
        window.Root.Hotkeys.Register(new Hotkey(Key.S), "sell side", () => box.Focus());
        Assert.True(window.Root.DispatchKeyDown(Key.S));
        window.Root.DispatchTextInput("s");
        window.Root.DispatchKeyUp(Key.S);
        Assert.Same(box, window.Root.FocusedWidget);
        Assert.Equal("", box.Text);
        // The next keys type as usual, the same letter included.
        foreach (var (key, text) in new[] { (Key.D0, "0"), (Key.Period, "."), (Key.D5, "5"), (Key.S, "s") })
        {
            window.Root.DispatchKeyDown(key);
            window.Root.DispatchTextInput(text);
            window.Root.DispatchKeyUp(key);
        }
        Assert.Equal("0.5s", box.Text);
    }

    [Fact]
    public void Shift_arrows_home_end_and_word_jumps_select_through_keys()
    {
        var (window, box) = Focused("limit buy 0.5");
        using var _ = window;
        window.Root.DispatchKeyDown(Key.Home);
        window.Root.DispatchKeyDown(Key.Right, KeyModifiers.Control | KeyModifiers.Shift);
        Assert.Equal("limit ", box.SelectedText);
        window.Root.DispatchKeyDown(Key.End, KeyModifiers.Shift);
        Assert.Equal("limit buy 0.5", box.SelectedText);
        window.Root.DispatchKeyDown(Key.Left);
        Assert.Equal(0, box.CaretIndex);
        window.Root.DispatchKeyDown(Key.Right, KeyModifiers.Shift);
        window.Root.DispatchKeyDown(Key.Right, KeyModifiers.Shift);
        Assert.Equal("li", box.SelectedText);
        Assert.Contains("caret=2 selection=0..2", window.Root.ToMarkup());
    }

    [Fact]
    public void Clipboard_copy_cut_paste_and_select_all_use_the_window_clipboard()
    {
        var (window, box) = Focused("27123.45");
        using var _ = window;
        window.Root.DispatchKeyDown(Key.A, KeyModifiers.Control);
        window.Root.DispatchKeyDown(Key.C, KeyModifiers.Control);
        Assert.Equal("27123.45", window.Root.Clipboard.GetText());
        window.Root.DispatchKeyDown(Key.X, KeyModifiers.Control);
        Assert.Equal("", box.Text);
        window.Root.Clipboard.SetText("100\n");
        window.Root.DispatchKeyDown(Key.V, KeyModifiers.Control);
        window.Root.DispatchKeyDown(Key.V, KeyModifiers.Control);
        Assert.Equal("100100", box.Text);
    }

    [Fact]
    public void Undo_and_redo_through_keys()
    {
        var (window, box) = Focused();
        using var _ = window;
        Type(window, "abc");
        window.Root.DispatchKeyDown(Key.Backspace);
        Assert.Equal("ab", box.Text);
        window.Root.DispatchKeyDown(Key.Z, KeyModifiers.Control);
        Assert.Equal("abc", box.Text);
        window.Root.DispatchKeyDown(Key.Z, KeyModifiers.Control);
        Assert.Equal("", box.Text);
        window.Root.DispatchKeyDown(Key.Y, KeyModifiers.Control);
        Assert.Equal("abc", box.Text);
        window.Root.DispatchKeyDown(Key.Z, KeyModifiers.Control | KeyModifiers.Shift);
        Assert.Equal("ab", box.Text);
    }

    [Fact]
    public void Pointer_drag_selects_and_click_places_the_caret()
    {
        var (window, box) = Focused("0123456789");
        using var _ = window;
        window.Root.DispatchPointerDown(new SKPoint(2, 14));
        Assert.Equal(0, box.CaretIndex);
        window.Root.DispatchPointerMove(new SKPoint(199, 14), PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(199, 14));
        Assert.Equal("0123456789", box.SelectedText);
        window.Root.DispatchPointerDown(new SKPoint(199, 14));
        window.Root.DispatchPointerUp(new SKPoint(199, 14));
        Assert.Equal(10, box.CaretIndex);
        Assert.Equal(0, box.SelectionLength);
    }

    [Fact]
    public void Long_text_scrolls_to_keep_the_caret_inside_the_box()
    {
        var (window, box) = Focused();
        using var _ = window;
        Type(window, new string('W', 60));
        using var bitmap = window.Capture();
        var caret = Skia.Toolkit.Theming.Theme.Dark.Text;
        var found = false;
        for (var x = 150; x < 200 && !found; x++) found = bitmap.GetPixel(x, 14) == caret;
        Assert.True(found, "caret not drawn near the right edge after typing past the width");
    }

    [Fact]
    public void Tab_and_enter_are_left_to_the_form()
    {
        var (window, _) = Focused("x");
        using var __ = window;
        var submitted = 0;
        window.Root.Hotkeys.Register(new Hotkey(Key.Enter), "submit", () => submitted++);
        window.Root.DispatchKeyDown(Key.Enter);
        Assert.Equal(1, submitted);
    }
}
