namespace Skia.Toolkit.Core;

/// <summary>Orientation is the direction in which a container lines up its children.</summary>
public enum Orientation
{
    /// <summary>Vertical stacks children top to bottom.</summary>
    Vertical,

    /// <summary>Horizontal lines children up left to right.</summary>
    Horizontal,
}
