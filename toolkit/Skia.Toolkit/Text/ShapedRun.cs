namespace Skia.Toolkit.Text;

/// <summary>ShapedRun is a stretch of shaped glyphs drawn with one face: a script run, or the characters a fallback font supplies.</summary>
public readonly struct ShapedRun
{
    internal ShapedRun(FontFace face, int glyphStart, int glyphCount, int textStart, int textLength)
    {
        Face = face;
        GlyphStart = glyphStart;
        GlyphCount = glyphCount;
        TextStart = textStart;
        TextLength = textLength;
    }

    /// <summary>Face is the font face that draws the run's glyphs.</summary>
    public FontFace Face { get; }

    /// <summary>GlyphStart is the index of the run's first glyph in <see cref="ShapedText.Glyphs"/>.</summary>
    public int GlyphStart { get; }

    /// <summary>GlyphCount is the number of glyphs in the run.</summary>
    public int GlyphCount { get; }

    /// <summary>TextStart is the UTF-16 index of the run's first character in the shaped text.</summary>
    public int TextStart { get; }

    /// <summary>TextLength is the number of UTF-16 code units the run covers.</summary>
    public int TextLength { get; }
}
