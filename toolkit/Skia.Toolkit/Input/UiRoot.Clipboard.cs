using Skia.Toolkit.Input;

namespace Skia.Toolkit.Core;

/// <summary>UiRoot's clipboard: what text boxes copy to and paste from.</summary>
public sealed partial class UiRoot
{
    private IClipboard _clipboard = new MemoryClipboard();

    /// <summary>Clipboard is the window's text clipboard; a window host replaces the in-memory default with the system clipboard.</summary>
    public IClipboard Clipboard
    {
        get => _clipboard;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _clipboard = value;
        }
    }
}
