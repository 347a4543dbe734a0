namespace Skia.Toolkit.Widgets;

/// <summary>GridUnit says how a Grid row or column gets its size.</summary>
public enum GridUnit
{
    /// <summary>Fixed is a size in logical pixels.</summary>
    Fixed,

    /// <summary>Auto sizes to the largest child in the track.</summary>
    Auto,

    /// <summary>Star shares the space left over by fixed and auto tracks, in proportion to the weight.</summary>
    Star,
}
