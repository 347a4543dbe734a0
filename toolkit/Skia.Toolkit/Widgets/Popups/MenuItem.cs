namespace Skia.Toolkit.Widgets;

/// <summary>MenuItem is one entry of a <see cref="MenuList"/> or <see cref="ContextMenu"/>: its text, whether it can be chosen, and what choosing it does.</summary>
public sealed class MenuItem
{
    /// <summary>MenuItem creates an entry with <paramref name="text"/> that raises <see cref="Click"/>, and runs <paramref name="onClick"/> if given, when chosen.</summary>
    public MenuItem(string text, Action? onClick = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        if (onClick != null) Click += (_, _) => onClick();
    }

    /// <summary>Click is raised when the entry is chosen (by click, Enter or Space).</summary>
    public event EventHandler? Click;

    /// <summary>Text is what the entry shows.</summary>
    public string Text { get; }

    /// <summary>IsEnabled, when false, greys the entry out and makes it impossible to choose or to reach with the keyboard.</summary>
    public bool IsEnabled { get; set; } = true;

    internal void RaiseClick() => Click?.Invoke(this, EventArgs.Empty);
}
