namespace Skia.Toolkit.Platform;

/// <summary>
/// DisplayUnavailableException says a real window cannot be opened here (no DISPLAY, a display that
/// does not answer, or no GLFW library), so the program can say so plainly or fall back to headless. Its
/// message names the way out (run under xvfb-run, or <c>--headless</c>, which <see cref="Hosting.Application"/>
/// accepts); <see cref="Hosting.Application"/> prints it as one line and exits
/// <see cref="Hosting.Application.NoDisplayExitCode"/>.
/// </summary>
public sealed class DisplayUnavailableException : Exception
{
    /// <summary>DisplayUnavailableException carries the message shown to the user.</summary>
    public DisplayUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}
