namespace Skia.Toolkit.Input;

/// <summary>KeyEventArgs describes a key press or release as it bubbles from the focused widget up to the root.</summary>
/// <remarks>
/// The window's input router reuses one arguments object per dispatch depth for every key event it routes, so a key
/// press allocates nothing: an object a hook receives describes that event only until the hook returns, and a later
/// event rewrites it. A hook that needs a value afterwards copies that value, not the object. A dispatch started from
/// inside a hook gets an object of its own and leaves the outer one as it was.
/// </remarks>
public sealed class KeyEventArgs
{
    private Key _key;
    private KeyModifiers _modifiers;
    private TimeSpan _timestamp;
    private bool _isRepeat;

    /// <summary>KeyEventArgs creates the arguments for one dispatch.</summary>
    public KeyEventArgs(Key key, KeyModifiers modifiers)
    {
        _key = key;
        _modifiers = modifiers;
    }

    /// <summary>Key is the physical key.</summary>
    public Key Key => _key;

    /// <summary>Modifiers are the modifier keys held.</summary>
    public KeyModifiers Modifiers => _modifiers;

    /// <summary>
    /// Timestamp is when the user pressed or released the key (a repeat: when the repeat was generated), on the same
    /// clock as <see cref="PointerEventArgs.Timestamp"/>: the X server's event time in a window on X11, the window
    /// clock's time for headless and test-kit input, the receive time where the platform gives none.
    /// </summary>
    public TimeSpan Timestamp
    {
        get => _timestamp;
        init => _timestamp = value;
    }

    /// <summary>
    /// IsRepeat tells whether this key-down is the platform's auto-repeat of a key held down (GLFW_REPEAT) rather than a
    /// new press. Widgets may treat it as a press (a caret moving, a list scrolling); a hotkey not marked
    /// <see cref="HotkeyBinding.Repeats"/> ignores it, so a held key does not fire an order-placing action again and again.
    /// </summary>
    public bool IsRepeat
    {
        get => _isRepeat;
        init => _isRepeat = value;
    }

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }

    // The router's reuse: the object describes a new event, not handled yet.
    internal void Reset(Key key, KeyModifiers modifiers, TimeSpan timestamp, bool isRepeat)
    {
        _key = key;
        _modifiers = modifiers;
        _timestamp = timestamp;
        _isRepeat = isRepeat;
        Handled = false;
    }
}
