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

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }
}
