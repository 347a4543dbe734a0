namespace Skia.Toolkit.Core;

/// <summary>HorizontalAlignment says where a widget sits in the horizontal space its parent gives it.</summary>
public enum HorizontalAlignment
{
    /// <summary>Stretch fills the whole width (unless Width or MaxWidth limit it, then it is centred).</summary>
    Stretch,

    /// <summary>Left aligns to the left edge at the desired width.</summary>
    Left,

    /// <summary>Center centres at the desired width.</summary>
    Center,

    /// <summary>Right aligns to the right edge at the desired width.</summary>
    Right,
}
