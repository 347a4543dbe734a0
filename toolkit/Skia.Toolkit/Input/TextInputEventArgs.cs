namespace Skia.Toolkit.Input;

/// <summary>TextInputEventArgs carries text typed by the user (after keyboard layout and input method), bubbling from the focused widget.</summary>
public sealed class TextInputEventArgs
{
    /// <summary>TextInputEventArgs creates the arguments for one dispatch.</summary>
    public TextInputEventArgs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Text is the typed text (one or more characters).</summary>
    public string Text { get; }

    /// <summary>Handled stops the event bubbling further once a hook sets it.</summary>
    public bool Handled { get; set; }
}
