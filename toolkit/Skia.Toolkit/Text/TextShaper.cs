using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Skia.Toolkit.Text;

/// <summary>TextShaper turns a string into positioned glyphs with HarfBuzz: kerning, ligatures, OpenType features, one run per script and per face, and a fallback face for characters the requested font lacks.</summary>
/// <remarks>
/// Use it from one thread (the UI thread): it reuses one HarfBuzz buffer and scratch arrays.
/// Runs are laid out left to right in logical order; right-to-left scripts are shaped correctly
/// within a run but mixed-direction paragraphs are not reordered (no bidi yet).
/// </remarks>
public sealed partial class TextShaper
{
    private readonly HbBuffer _buffer = new();
    private readonly Dictionary<string, Feature[]> _featureLists = new(StringComparer.Ordinal);
    private readonly List<ushort> _glyphs = [];
    private readonly List<SKPoint> _positions = [];
    private readonly List<int> _clusters = [];
    private readonly List<float> _advances = [];
    private readonly List<ShapedRun> _runs = [];
    // One Skia font per (face, size) this shaper has met, with its metrics: building them per shape
    // cost about as much as shaping a short label.
    private readonly Dictionary<(FontFace Face, float Size), (SKFont Font, LineMetrics Metrics)> _fonts = [];

    /// <summary>TextShaper creates a shaper over a font set.</summary>
    public TextShaper(FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        Fonts = fonts;
    }

    /// <summary>Fonts is the set faces and fallbacks come from.</summary>
    public FontSet Fonts { get; }

    /// <summary>ShapeCount counts calls that reached HarfBuzz, for cache statistics and tests.</summary>
    public long ShapeCount { get; private set; }

    /// <summary>Shape shapes one line of text (line breaks are not interpreted); invalid UTF-16 is shaped as U+FFFD.</summary>
    /// <exception cref="ArgumentNullException">text is null.</exception>
    /// <exception cref="ArgumentException">the font's feature list cannot be parsed.</exception>
    public ShapedText Shape(string text, FontSpec font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ShapeCount++;
        var features = ParseFeatures(font.Features);
        var primary = Fonts.Resolve(font);
        string clean = ReplaceInvalidSurrogates(text);

        _glyphs.Clear();
        _positions.Clear();
        _clusters.Clear();
        _advances.Clear();
        _runs.Clear();

        float pen = 0;
        var metrics = FontAt(primary, font.Size).Metrics;
        int runStart = 0;
        FontFace? runFace = null;
        var runScript = Script.Common;
        for (int i = 0; i < clean.Length;)
        {
            int codePoint = char.ConvertToUtf32(clean, i);
            int width = char.IsSurrogatePair(clean, i) ? 2 : 1;
            var script = ScriptOf(codePoint);
            bool followsPrevious = runFace != null && ClingsToPrevious(codePoint);
            var face = followsPrevious ? runFace! : ChooseFace(codePoint, primary, runFace, font.Weight);
            bool neutral = followsPrevious || IsNeutral(script);
            if (runFace != null && (face != runFace || (!neutral && !IsNeutral(runScript) && script != runScript)))
            {
                pen = ShapeRun(clean, runStart, i - runStart, runFace, runScript, font.Size, features, pen);
                runStart = i;
                runScript = Script.Common;
            }
            if (face != runFace) metrics = metrics.Union(FontAt(face, font.Size).Metrics);
            runFace = face;
            if (!neutral && IsNeutral(runScript)) runScript = script;
            i += width;
        }
        if (runFace != null) pen = ShapeRun(clean, runStart, clean.Length - runStart, runFace, runScript, font.Size, features, pen);

        var glyphs = _glyphs.ToArray();
        var positions = _positions.ToArray();
        var runs = _runs.ToArray();
        return new ShapedText(text, font, glyphs, positions, _clusters.ToArray(), _advances.ToArray(), runs, pen, metrics, BuildBlob(glyphs, positions, runs, font.Size));
    }

    /// <summary>ReplaceInvalidSurrogates returns text with each lone surrogate replaced by U+FFFD (the same instance when it is valid), so shaping and drawing never see broken UTF-16.</summary>
    internal static string ReplaceInvalidSurrogates(string text)
    {
        int firstBad = FirstInvalidSurrogate(text);
        if (firstBad < 0) return text;
        var chars = text.ToCharArray();
        for (int i = firstBad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = (char)Rune.ReplacementChar.Value;
        }
        return new string(chars);
    }

    private static int FirstInvalidSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return i;
        }
        return -1;
    }

    private FontFace ChooseFace(int codePoint, FontFace primary, FontFace? current, SKFontStyleWeight weight)
    {
        if (primary.HasGlyph(codePoint)) return primary;
        if (current != null && current.HasGlyph(codePoint)) return current;
        // Characters no font has stay with the primary face and show its missing-glyph box.
        return Fonts.FindFallback(codePoint, weight) ?? primary;
    }

    // Spaces, joiners, variation selectors and combining marks stay in the run they follow, so a
    // fallback face is not split around them and clusters keep their base character.
    private static bool ClingsToPrevious(int codePoint)
    {
        if (codePoint is ' ' or '\u00A0' or '\u200D' or '\u200C' || codePoint is >= 0xFE00 and <= 0xFE0F) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    // ASCII letters are Latin and other ASCII is Common; asking HarfBuzz costs a native call per character.
    private static Script ScriptOf(int codePoint) => codePoint < 0x80
        ? (char.IsAsciiLetter((char)codePoint) ? Script.Latin : Script.Common)
        : UnicodeFunctions.Default.GetScript(codePoint);

    private static bool IsNeutral(Script script) => script == Script.Common || script == Script.Inherited || script == Script.Unknown;

    private float ShapeRun(string text, int start, int length, FontFace face, Script script, float size, Feature[] features, float pen)
    {
        _buffer.ClearContents();
        // The whole string goes in as context so shaping at run edges (e.g. contextual alternates) sees its neighbours.
        _buffer.AddUtf16(text.AsSpan(), start, length);
        if (!IsNeutral(script)) _buffer.Script = script;
        _buffer.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(_buffer, features);

        var infos = _buffer.GetGlyphInfoSpan();
        var positions = _buffer.GetGlyphPositionSpan();
        float scale = size / face.UnitsPerEm;
        int glyphStart = _glyphs.Count;
        for (int g = 0; g < infos.Length; g++)
        {
            var position = positions[g];
            _glyphs.Add((ushort)infos[g].Codepoint);
            _clusters.Add((int)infos[g].Cluster);
            _positions.Add(new SKPoint(pen + position.XOffset * scale, -position.YOffset * scale));
            float advance = position.XAdvance * scale;
            _advances.Add(advance);
            pen += advance;
        }
        _runs.Add(new ShapedRun(face, glyphStart, infos.Length, start, length));
        return pen;
    }

    private SKTextBlob? BuildBlob(ushort[] glyphs, SKPoint[] positions, ShapedRun[] runs, float size)
    {
        if (glyphs.Length == 0) return null;
        using var builder = new SKTextBlobBuilder();
        foreach (var run in runs)
        {
            if (run.GlyphCount == 0) continue;
            builder.AddPositionedRun(glyphs.AsSpan(run.GlyphStart, run.GlyphCount), FontAt(run.Face, size).Font, positions.AsSpan(run.GlyphStart, run.GlyphCount));
        }
        return builder.Build();
    }

    private (SKFont Font, LineMetrics Metrics) FontAt(FontFace face, float size)
    {
        if (_fonts.TryGetValue((face, size), out var entry)) return entry;
        var font = face.CreateFont(size);
        font.GetFontMetrics(out var m);
        entry = (font, new LineMetrics(-m.Ascent, m.Descent, m.Leading));
        _fonts[(face, size)] = entry;
        return entry;
    }

    private Feature[] ParseFeatures(string list)
    {
        if (list.Length == 0) return [];
        if (_featureLists.TryGetValue(list, out var parsed)) return parsed;
        var tokens = list.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        parsed = new Feature[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!Feature.TryParse(tokens[i], out parsed[i])) throw new ArgumentException($"'{tokens[i]}' is not an OpenType feature setting (e.g. \"tnum\", \"-liga\", \"ss01=1\").", nameof(list));
        }
        _featureLists[list] = parsed;
        return parsed;
    }
}
