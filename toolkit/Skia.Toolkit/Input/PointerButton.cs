namespace Skia.Toolkit.Input;

/// <summary>PointerButton names the mouse button an event is about.</summary>
public enum PointerButton
{
    /// <summary>None: no button (plain moves and wheel).</summary>
    None,

    /// <summary>Left is the primary button.</summary>
    Left,

    /// <summary>Right is the secondary (context menu) button.</summary>
    Right,

    /// <summary>Middle is the wheel button.</summary>
    Middle,
}
