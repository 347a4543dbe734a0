namespace Skia.Toolkit.Input;

/// <summary>KeyModifiers are the modifier keys held while an input event happened.</summary>
[Flags]
public enum KeyModifiers
{
    /// <summary>None: no modifier held.</summary>
    None = 0,

    /// <summary>Shift is either Shift key.</summary>
    Shift = 1,

    /// <summary>Control is either Ctrl key.</summary>
    Control = 2,

    /// <summary>Alt is either Alt key.</summary>
    Alt = 4,

    /// <summary>Super is the Windows/Command key.</summary>
    Super = 8,
}
