using HarfBuzzSharp;
using SkiaSharp;

namespace Skia.Toolkit.Text;

public sealed partial class TextShaper
{
    /// <summary>
    /// TryShapeInto shapes a short line of text into <paramref name="label"/>'s reused buffers, exactly as
    /// <see cref="Shape"/> would (same face, features, script and positions), allocating nothing managed. It declines
    /// (false, the label untouched) text it cannot shape that way: longer than <see cref="ShapedLabel.Capacity"/>,
    /// anything but printable ASCII, or a character the font's own face lacks (a fallback face would be needed).
    /// </summary>
    internal bool TryShapeInto(ReadOnlySpan<char> text, FontSpec font, ShapedLabel label)
    {
        if (text.Length > ShapedLabel.Capacity) return false;
        var primary = Fonts.Resolve(font);
        var script = Script.Common;
        foreach (var c in text)
        {
            if (c < 0x20 || c > 0x7E || !primary.HasGlyph(c)) return false;
            // As Shape: ASCII letters make the run Latin, everything else in ASCII is Common (neutral).
            if (char.IsAsciiLetter(c)) script = Script.Latin;
        }
        var features = ParseFeatures(font.Features);
        ShapeCount++;
        _buffer.ClearContents();
        if (text.Length > 0)
        {
            _buffer.AddUtf16(text, 0, text.Length);
            if (script != Script.Common) _buffer.Script = script;
            _buffer.GuessSegmentProperties();
            HarfBuzzShape(primary.HarfBuzzFont, _buffer, features);
        }
        var infos = text.Length > 0 ? _buffer.GetGlyphInfoSpan() : [];
        var positions = text.Length > 0 ? _buffer.GetGlyphPositionSpan() : [];
        if (infos.Length > ShapedLabel.Capacity) return false;
        var (skFont, metrics) = FontAt(primary, font.Size);
        float scale = font.Size / primary.UnitsPerEm;
        float pen = 0;
        var glyphs = label.GlyphBuffer;
        var points = label.PositionBuffer;
        for (int g = 0; g < infos.Length; g++)
        {
            var position = positions[g];
            glyphs[g] = (ushort)infos[g].Codepoint;
            points[g] = new SKPoint(pen + position.XOffset * scale, -position.YOffset * scale);
            pen += position.XAdvance * scale;
        }
        label.Shaped(text, font, infos.Length, pen, metrics, skFont);
        return true;
    }

    // HarfBuzzSharp's Font.Shape(buffer, params Feature[]) copies its arguments into new arrays on every call; hb_shape
    // itself takes the feature array as it is.
    private static unsafe void HarfBuzzShape(HarfBuzzSharp.Font font, HarfBuzzSharp.Buffer buffer, Feature[] features)
    {
        fixed (Feature* f = features)
        {
            hb_shape(font.Handle, buffer.Handle, f, (uint)features.Length);
        }
        GC.KeepAlive(font);
        GC.KeepAlive(buffer);
    }

    [System.Runtime.InteropServices.LibraryImport("libHarfBuzzSharp")]
    private static unsafe partial void hb_shape(nint font, nint buffer, Feature* features, uint count);
}
