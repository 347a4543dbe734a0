using Skia.Toolkit.Input;

namespace Skia.Toolkit.Core;

/// <summary>UiRoot's keyboard-navigation half: Tab focus order, Escape for popups and the global hotkeys.</summary>
public sealed partial class UiRoot
{
    /// <summary>Hotkeys are the window's global shortcuts; they fire for key presses no focused widget handled.</summary>
    public HotkeyRegistry Hotkeys { get; } = new();

    /// <summary>EscapePressed is raised for an unhandled Escape, after the topmost open popup (if any) was closed by it.</summary>
    public event EventHandler? EscapePressed;

    /// <summary>MoveFocus moves keyboard focus to the next (or previous) focusable widget in tree order, wrapping; returns whether focus moved.</summary>
    public bool MoveFocus(bool backwards = false)
    {
        var next = FocusNavigator.Next(Content, FocusedWidget, backwards);
        return next != null && next.Focus();
    }

    /// <summary>HandleUnhandledKeyDown gives a key press that bubbled unhandled to focus navigation, then to the hotkeys.</summary>
    internal bool HandleUnhandledKeyDown(KeyEventArgs e)
    {
        if (e.Key == Key.Tab && (e.Modifiers & (KeyModifiers.Control | KeyModifiers.Alt | KeyModifiers.Super)) == 0)
        {
            MoveFocus(backwards: (e.Modifiers & KeyModifiers.Shift) != 0);
            return true;
        }
        if (e.Key == Key.Escape && e.Modifiers == KeyModifiers.None)
        {
            EscapePressed?.Invoke(this, EventArgs.Empty);
            return true;
        }
        return Hotkeys.TryInvoke(e.Key, e.Modifiers);
    }
}
