namespace Skia.Toolkit.Core;

/// <summary>VerticalAlignment says where a widget sits in the vertical space its parent gives it.</summary>
public enum VerticalAlignment
{
    /// <summary>Stretch fills the whole height (unless Height or MaxHeight limit it, then it is centred).</summary>
    Stretch,

    /// <summary>Top aligns to the top edge at the desired height.</summary>
    Top,

    /// <summary>Center centres at the desired height.</summary>
    Center,

    /// <summary>Bottom aligns to the bottom edge at the desired height.</summary>
    Bottom,
}
