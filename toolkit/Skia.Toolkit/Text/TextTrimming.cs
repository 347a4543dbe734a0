namespace Skia.Toolkit.Text;

/// <summary>TextTrimming says what happens to text that does not fit in the width or lines it is given.</summary>
public enum TextTrimming
{
    /// <summary>None lets the text overflow (it is clipped by whatever clips it).</summary>
    None,

    /// <summary>CharacterEllipsis cuts the last visible line at a character and ends it with "…".</summary>
    CharacterEllipsis,
}
