namespace Skia.Toolkit.Input;

/// <summary>HotkeyMapProblem is one entry of a hotkey configuration that could not be applied as written, with what was done instead.</summary>
/// <param name="Action">Action is the action name the entry is about.</param>
/// <param name="Message">Message says what was wrong and what was done, in one sentence for the UI.</param>
public sealed record HotkeyMapProblem(string Action, string Message)
{
    /// <summary>ToString is <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
