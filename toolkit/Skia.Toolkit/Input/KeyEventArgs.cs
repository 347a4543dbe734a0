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

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }

    // The router's reuse: the object describes a new event, not handled yet.
    internal void Reset(Key key, KeyModifiers modifiers, TimeSpan timestamp)
    {
        _key = key;
        _modifiers = modifiers;
        _timestamp = timestamp;
        Handled = false;
    }
}
