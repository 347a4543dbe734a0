namespace Skia.Toolkit.Input;

/// <summary>MemoryClipboard is a clipboard private to one window, for headless windows and tests.</summary>
public sealed class MemoryClipboard : IClipboard
{
    private string _text = "";

    /// <summary>GetText returns the last text set, or "".</summary>
    public string GetText() => _text;

    /// <summary>SetText stores text.</summary>
    public void SetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }
}
