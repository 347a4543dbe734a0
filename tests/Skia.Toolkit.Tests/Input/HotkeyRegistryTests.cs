using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Input;

public class HotkeyRegistryTests
{
    [Theory]
    [InlineData("Ctrl+Shift+B", Key.B, KeyModifiers.Control | KeyModifiers.Shift)]
    [InlineData("F2", Key.F2, KeyModifiers.None)]
    [InlineData("alt+enter", Key.Enter, KeyModifiers.Alt)]
    [InlineData("Ctrl+5", Key.D5, KeyModifiers.Control)]
    public void Parses_and_prints_hotkeys(string text, Key key, KeyModifiers modifiers)
    {
        var hotkey = Hotkey.Parse(text);
        Assert.Equal(new Hotkey(key, modifiers), hotkey);
        Assert.Equal(hotkey, Hotkey.Parse(hotkey.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ctrl+")]
    [InlineData("Ctrl+Ctrl+B")]
    [InlineData("Hyper+B")]
    [InlineData("12")]
    [InlineData("Ctrl+NotAKey")]
    public void Refuses_malformed_hotkeys(string text)
    {
        Assert.False(Hotkey.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Hotkey.Parse(text));
    }

    [Fact]
    public void Unhandled_key_fires_the_hotkey_but_a_handled_one_does_not()
    {
        var button = new Button("Buy");
        using var window = new HeadlessWindow(button, 100, 30);
        window.RenderFrame();
        var buys = 0;
        window.Root.Hotkeys.Register(Hotkey.Parse("Ctrl+B"), "Buy at market", () => buys++);
        var enters = 0;
        window.Root.Hotkeys.Register(new Hotkey(Key.Enter), "Submit", () => enters++);
        button.Focus();
        Assert.True(window.Root.DispatchKeyDown(Key.B, KeyModifiers.Control));
        Assert.Equal(1, buys);
        window.Root.DispatchKeyDown(Key.Enter); // the focused button takes Enter itself
        Assert.Equal(0, enters);
        Assert.False(window.Root.DispatchKeyDown(Key.B)); // modifiers must match exactly
        Assert.Equal(1, buys);
    }

    [Fact]
    public void A_held_chord_fires_a_hotkey_once_unless_it_is_marked_to_repeat()
    {
        using var window = new TestWindow(new Label("ladder"), 200, 60);
        var buys = 0;
        var scrolls = 0;
        window.Root.Hotkeys.Register(Hotkey.Parse("Ctrl+B"), "Buy at market", () => buys++);
        window.Root.Hotkeys.Register(Hotkey.Parse("PageDown"), "Scroll the ladder", () => scrolls++, repeats: true);

        // Held for a second and a half by the user's clock: 30 auto-repeats 50 ms apart.
        window.KeyHold(Key.B, KeyModifiers.Control, repeats: 30, TimeSpan.FromMilliseconds(50));
        Assert.Equal(1, buys);
        window.KeyHold(Key.PageDown, KeyModifiers.None, repeats: 30, TimeSpan.FromMilliseconds(50));
        Assert.Equal(31, scrolls);
        Assert.True(Assert.Single(window.Root.Hotkeys.Bindings, b => b.Hotkey == Hotkey.Parse("PageDown")).Repeats);
        Assert.False(Assert.Single(window.Root.Hotkeys.Bindings, b => b.Hotkey == Hotkey.Parse("Ctrl+B")).Repeats);

        // A new press is a new press: the held key released and pressed again fires again.
        window.KeyPress(Key.B, KeyModifiers.Control);
        Assert.Equal(2, buys);

        // The repeat of a non-repeating chord is still taken, so nothing else acts on it either.
        Assert.True(window.Root.Hotkeys.TryInvoke(Key.B, KeyModifiers.Control, isRepeat: true));
        Assert.Equal(2, buys);
    }

    [Fact]
    public void Duplicate_and_reserved_hotkeys_are_refused_and_dispose_unregisters()
    {
        var registry = new HotkeyRegistry();
        var binding = registry.Register(Hotkey.Parse("F5"), "Refresh", () => { });
        Assert.Throws<InvalidOperationException>(() => registry.Register(Hotkey.Parse("F5"), "Other", () => { }));
        Assert.Throws<ArgumentException>(() => registry.Register(new Hotkey(Key.Tab), "x", () => { }));
        Assert.Throws<ArgumentException>(() => registry.Register(new Hotkey(Key.Escape), "x", () => { }));
        Assert.Single(registry.Bindings);
        binding.Dispose();
        Assert.Empty(registry.Bindings);
        Assert.False(registry.TryInvoke(Key.F5, KeyModifiers.None));
    }

    [Fact]
    public void Escape_raises_escape_pressed_when_nothing_handles_it()
    {
        using var window = new HeadlessWindow(new Label("x"), 100, 30);
        window.RenderFrame();
        var escapes = 0;
        window.Root.EscapePressed += (_, _) => escapes++;
        Assert.True(window.Root.DispatchKeyDown(Key.Escape));
        Assert.Equal(1, escapes);
    }
}
