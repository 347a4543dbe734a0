namespace Skia.Toolkit.Platform;

/// <summary>
/// DisplayUnavailableException says a real window cannot be opened here (no DISPLAY, a display that
/// does not answer, or no GLFW library), so the program can say so plainly or fall back to headless.
/// </summary>
public sealed class DisplayUnavailableException : Exception
{
    /// <summary>DisplayUnavailableException carries the message shown to the user.</summary>
    public DisplayUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}
