using System.Buffers;
using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Skia.Toolkit.Text;

/// <summary>NumericFont is a font's table of glyph ids and advances for the characters of prices, sizes and times (digits, '.', ',', ':', '-', '+', '%', space), with tabular figures, built once so numbers lay out without HarfBuzz.</summary>
/// <remarks>Get one from <see cref="FontSet.GetNumericFont"/>, which caches it per font. Immutable after creation.</remarks>
public sealed class NumericFont
{
    /// <summary>Characters lists every character the numeric fast path can draw.</summary>
    public const string Characters = "0123456789.,:-+% ";

    // Every supported character is ASCII, so a 128-entry table indexed by the char is enough.
    private const int TableSize = 128;

    private readonly ushort[] _glyphs = new ushort[TableSize];
    private readonly float[] _advances = new float[TableSize];

    internal NumericFont(FontFace face, float size)
    {
        Face = face;
        Size = size;
        Font = face.CreateFont(size);
        Font.GetFontMetrics(out var metrics);
        Ascent = -metrics.Ascent;
        Descent = metrics.Descent;
        Leading = metrics.Leading;

        // Each character is shaped once between two digits with tabular figures on, so the table
        // holds the glyph a number actually shows (e.g. Inter's colon raised between digits).
        Feature[] features = [new Feature(new Tag('t', 'n', 'u', 'm'))];
        using var buffer = new HbBuffer();
        Span<ushort> glyph = stackalloc ushort[1];
        Span<float> width = stackalloc float[1];
        Span<SKRect> bounds = stackalloc SKRect[1];
        foreach (char c in Characters)
        {
            buffer.ClearContents();
            buffer.AddUtf16(['0', c, '0']);
            buffer.GuessSegmentProperties();
            face.HarfBuzzFont.Shape(buffer, features);
            var infos = buffer.GetGlyphInfoSpan();
            uint id = infos.Length == 3 && infos[1].Cluster == 1 ? infos[1].Codepoint : 0;
            if (id == 0 && !face.HarfBuzzFont.TryGetNominalGlyph(c, out id)) id = 0;
            glyph[0] = (ushort)id;
            Font.GetGlyphWidths(glyph, width, bounds, null);
            _glyphs[c] = glyph[0];
            _advances[c] = width[0];
            InkAbove = Math.Max(InkAbove, -bounds[0].Top);
            InkBelow = Math.Max(InkBelow, bounds[0].Bottom);
        }
    }

    /// <summary>InkAbove is how far the glyphs of <see cref="Characters"/> reach above the baseline (the union of their outlines' bounds; positive), before hinting and anti-aliasing.</summary>
    public float InkAbove { get; }

    /// <summary>InkBelow is how far the glyphs of <see cref="Characters"/> reach below the baseline (positive; the comma's tail), before hinting and anti-aliasing.</summary>
    public float InkBelow { get; }

    /// <summary>Face is the face the glyphs belong to.</summary>
    public FontFace Face { get; }

    /// <summary>Size is the em size in logical pixels.</summary>
    public float Size { get; }

    /// <summary>Ascent is the distance from the baseline to the top of the line (positive).</summary>
    public float Ascent { get; }

    /// <summary>Descent is the distance from the baseline to the bottom of the line (positive).</summary>
    public float Descent { get; }

    /// <summary>Leading is the extra gap the font recommends between lines.</summary>
    public float Leading { get; }

    /// <summary>LineHeight is ascent + descent + leading.</summary>
    public float LineHeight => Ascent + Descent + Leading;

    internal SKFont Font { get; }

    // Checked on every number set (each price, size and time of a frame): one vectorised scan of the text.
    private static readonly SearchValues<char> NumericCharacters = SearchValues.Create(Characters);

    /// <summary>Supports says whether a character is one the numeric fast path draws.</summary>
    public static bool Supports(char c) => NumericCharacters.Contains(c);

    /// <summary>IsNumeric says whether every character of the text is supported (the empty text is numeric).</summary>
    public static bool IsNumeric(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(NumericCharacters);

    /// <summary>Measure returns the advance of numeric text; characters the fast path does not support count as zero.</summary>
    public float Measure(ReadOnlySpan<char> text)
    {
        float width = 0;
        foreach (char c in text) width += AdvanceOf(c);
        return width;
    }

    /// <summary>GlyphOf returns the glyph id of a supported character (0 for others).</summary>
    public ushort GlyphOf(char c) => c < TableSize ? _glyphs[c] : (ushort)0;

    /// <summary>AdvanceOf returns the advance of a supported character (0 for others).</summary>
    public float AdvanceOf(char c) => c < TableSize ? _advances[c] : 0;
}
