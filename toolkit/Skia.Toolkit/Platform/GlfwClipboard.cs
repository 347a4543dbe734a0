using Skia.Toolkit.Input;

namespace Skia.Toolkit.Platform;

/// <summary>GlfwClipboard is the system clipboard, through GLFW, as the <see cref="IClipboard"/> a window gives its widgets.</summary>
internal sealed class GlfwClipboard(GlfwWindow window) : IClipboard
{
    /// <inheritdoc/>
    public string GetText() => window.ClipboardText;

    /// <inheritdoc/>
    public void SetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        window.ClipboardText = text;
    }
}
