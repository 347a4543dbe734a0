namespace Skia.Toolkit.Input;

/// <summary>KeyEventArgs describes a key press or release as it bubbles from the focused widget up to the root.</summary>
public sealed class KeyEventArgs
{
    /// <summary>KeyEventArgs creates the arguments for one dispatch.</summary>
    public KeyEventArgs(Key key, KeyModifiers modifiers)
    {
        Key = key;
        Modifiers = modifiers;
    }

    /// <summary>Key is the physical key.</summary>
    public Key Key { get; }

    /// <summary>Modifiers are the modifier keys held.</summary>
    public KeyModifiers Modifiers { get; }

    /// <summary>
    /// Timestamp is when the user pressed or released the key (a repeat: when the repeat was generated), on the same
    /// clock as <see cref="PointerEventArgs.Timestamp"/>: the X server's event time in a window on X11, the window
    /// clock's time for headless and test-kit input, the receive time where the platform gives none.
    /// </summary>
    public TimeSpan Timestamp { get; init; }

    /// <summary>
    /// IsRepeat tells whether this key-down is the platform's auto-repeat of a key held down (GLFW_REPEAT) rather than a
    /// new press. Widgets may treat it as a press (a caret moving, a list scrolling); a hotkey not marked
    /// <see cref="HotkeyBinding.Repeats"/> ignores it, so a held key does not fire an order-placing action again and again.
    /// </summary>
    public bool IsRepeat { get; init; }

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }
}
