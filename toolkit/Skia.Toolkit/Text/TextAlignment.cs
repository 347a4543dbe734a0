namespace Skia.Toolkit.Text;

/// <summary>TextAlignment places each line horizontally within the width text is drawn in.</summary>
public enum TextAlignment
{
    /// <summary>Left starts lines at the left edge.</summary>
    Left,

    /// <summary>Center centres each line.</summary>
    Center,

    /// <summary>Right ends lines at the right edge (numbers in columns).</summary>
    Right,
}
