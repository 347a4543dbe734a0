namespace Skia.Toolkit.Input;

/// <summary>IClipboard is the text clipboard a window offers to its widgets (the system clipboard in a real window, memory when headless).</summary>
public interface IClipboard
{
    /// <summary>GetText returns the clipboard's text, or "" when it holds none.</summary>
    string GetText();

    /// <summary>SetText puts text on the clipboard.</summary>
    void SetText(string text);
}
