namespace Skia.Toolkit.Widgets;

/// <summary>DialogResult says how a <see cref="Dialog"/> was closed.</summary>
public enum DialogResult
{
    /// <summary>None: the dialog is still open (or was never shown).</summary>
    None,

    /// <summary>Ok: the user confirmed (OK button or Enter).</summary>
    Ok,

    /// <summary>Cancel: the user declined (Cancel button, Escape, or the dialog was closed by code).</summary>
    Cancel,
}
