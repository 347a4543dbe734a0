namespace Skia.Toolkit.Widgets;

/// <summary>DockSide is the edge of a <see cref="Dock"/> a child is attached to.</summary>
public enum DockSide
{
    /// <summary>Left docks to the left edge, full remaining height.</summary>
    Left,

    /// <summary>Top docks to the top edge, full remaining width.</summary>
    Top,

    /// <summary>Right docks to the right edge, full remaining height.</summary>
    Right,

    /// <summary>Bottom docks to the bottom edge, full remaining width.</summary>
    Bottom,
}
